// Bundle-size budgets: what a portal actually downloads, minified and gzipped.
// - each element's standalone entry (its define module with Lit and the core inlined), as a
//   page without a bundler gets it;
// - the calculator's import from @shnro/core, as a developer's bundler tree-shakes it: with Vite
//   (rolldown) and, in rows marked `"bundler": "esbuild"`, with esbuild, which tree-shakes
//   differently (it keeps more of a module's top level; the core's schemas use zod/mini, whose
//   functions both bundlers drop when unused);
// - the CDN build (rows with `"cdn": [entry, …]`): what a page without a bundler downloads for
//   those entries, each file once — the entries and every chunk they import statically, each file
//   gzipped on its own as a server sends it. Measured on the package's own CDN build
//   (packages/widgets/vite.cdn.config.ts) and, with `"bundler": "esbuild"`, on the same entries
//   split by esbuild, for comparison.
// `node scripts/size.mjs` prints the figures and fails when one is over its budget.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build as esbuild } from 'esbuild';
import { build } from 'vite';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const budgets = JSON.parse(readFileSync(join(root, 'size-budgets.json'), 'utf8'));

/** Bundles one virtual entry into a single minified ES module and returns its sizes. */
async function measure(name, source, cwd) {
  const id = `\0size-entry:${name}`;
  const output = await build({
    configFile: false,
    root: cwd,
    logLevel: 'silent',
    plugins: [
      {
        name: 'size-entry',
        resolveId: (request) => (request === id ? id : null),
        load: (request) => (request === id ? source : null),
      },
    ],
    build: {
      write: false,
      minify: true,
      target: 'es2022',
      modulePreload: false,
      rollupOptions: {
        input: id,
        preserveEntrySignatures: 'strict',
        output: { format: 'es', codeSplitting: false },
      },
    },
  });
  const outputs = Array.isArray(output) ? output : [output];
  const code = outputs
    .flatMap((result) => result.output)
    .filter((chunk) => chunk.type === 'chunk')
    .map((chunk) => chunk.code)
    .join('\n');
  return { raw: Buffer.byteLength(code), gzip: gzipSync(code, { level: 9 }).length };
}

/** The same with esbuild: one minified ES module, tree-shaken, for browsers. */
async function measureWithEsbuild(source, cwd) {
  const output = await esbuild({
    stdin: { contents: source, resolveDir: cwd, loader: 'js' },
    bundle: true,
    minify: true,
    format: 'esm',
    target: 'es2022',
    platform: 'browser',
    write: false,
    logLevel: 'silent',
  });
  const code = output.outputFiles.map((file) => file.text).join('\n');
  return { raw: Buffer.byteLength(code), gzip: gzipSync(code, { level: 9 }).length };
}

const widgets = join(root, 'packages/widgets');
const cdnBuilds = new Map();

/** The CDN build in memory: file name → { code, imports (static, file names) }. */
async function cdnBuildWithVite() {
  const output = await build({
    configFile: join(widgets, 'vite.cdn.config.ts'),
    root: widgets,
    logLevel: 'silent',
    build: { write: false, sourcemap: false },
  });
  const files = new Map();
  for (const result of Array.isArray(output) ? output : [output])
    for (const chunk of result.output)
      if (chunk.type === 'chunk')
        files.set(chunk.fileName, { code: chunk.code, imports: chunk.imports, lazy: chunk.dynamicImports });
  return files;
}

// The package's `sideEffects` field names its built files (`dist/**/define.js`, `dist/cdn/**`), so
// esbuild, like Vite, would drop the sources' `import '../x/define.js'` and leave every CDN entry
// empty (that is how an esbuild split once measured 102.9 kB for three elements that weigh 180).
// The same modules as packages/widgets/vite.side-effects.ts keep their side effect here.
const registers = /[\\/]src[\\/](?:cdn[\\/][^\\/]+|.+[\\/]define)\.ts$/;
const registrationSideEffects = {
  name: 'shnro-registration-side-effects',
  setup(build) {
    build.onResolve({ filter: /^\./ }, async (args) => {
      if (args.pluginData?.resolving) return undefined;
      const resolved = await build.resolve(args.path, {
        kind: args.kind,
        importer: args.importer,
        resolveDir: args.resolveDir,
        pluginData: { resolving: true },
      });
      return registers.test(resolved.path) ? { ...resolved, sideEffects: true } : resolved;
    });
  },
};

/** The same entries split by esbuild (`--bundle --splitting --minify`). */
async function cdnBuildWithEsbuild() {
  const source = join(widgets, 'src/cdn');
  const entryPoints = Object.fromEntries(
    readdirSync(source)
      .filter((name) => name === 'autoloader.ts' || /^shnro-.*\.ts$/.test(name))
      .map((name) => [name.replace(/\.ts$/, ''), join(source, name)]),
  );
  const outdir = join(widgets, 'dist/cdn-esbuild');
  const output = await esbuild({
    entryPoints,
    absWorkingDir: widgets,
    outdir,
    chunkNames: 'chunks/[name]-[hash]',
    bundle: true,
    splitting: true,
    minify: true,
    format: 'esm',
    target: 'es2022',
    platform: 'browser',
    define: { 'process.env.NODE_ENV': '"production"' },
    metafile: true,
    write: false,
    logLevel: 'silent',
    plugins: [registrationSideEffects],
    // As the Vite build writes them: Cyrillic as UTF-8, not esbuild's default \uXXXX escapes, which
    // triple the bytes of every Russian message (CDN files are served as UTF-8 JavaScript).
    charset: 'utf8',
  });
  const files = new Map();
  for (const file of output.outputFiles) {
    const name = relative(outdir, file.path);
    const meta = output.metafile.outputs[relative(widgets, file.path)];
    if (!meta) continue; // a source map
    const imports = meta.imports
      .filter((entry) => entry.kind === 'import-statement')
      .map((entry) => relative(outdir, join(widgets, entry.path)));
    const lazy = meta.imports
      .filter((entry) => entry.kind === 'dynamic-import' && !entry.external)
      .map((entry) => relative(outdir, join(widgets, entry.path)));
    files.set(name, { code: file.text, imports, lazy });
  }
  return files;
}

/** Gzip of every file a page fetches for these CDN entries, each file counted once. */
async function measureCdn(entries, bundler) {
  const key = bundler ?? 'vite';
  if (!cdnBuilds.has(key)) cdnBuilds.set(key, key === 'esbuild' ? cdnBuildWithEsbuild() : cdnBuildWithVite());
  const files = await cdnBuilds.get(key);
  const fetched = new Set();
  const visit = (name) => {
    if (fetched.has(name)) return;
    const file = files.get(name);
    if (!file) throw new Error(`CDN build (${key}) has no ${name}`);
    fetched.add(name);
    for (const imported of file.imports) visit(imported);
  };
  for (const entry of entries) {
    // An empty entry means its registration was tree-shaken away: a figure, but a false one.
    if (!files.get(`${entry}.js`)?.code.trim()) throw new Error(`CDN build (${key}): ${entry}.js is empty`);
    visit(`${entry}.js`);
  }
  // What these entries may fetch later, on demand (`import()`): a file import, print, an error's
  // wording. Printed beside the figure, not counted against the budget, which is the first load.
  const onDemand = new Set();
  const visitLazy = (name) => {
    const file = files.get(name);
    for (const imported of [...file.imports, ...(file.lazy ?? [])]) {
      if (fetched.has(imported) || onDemand.has(imported) || !files.has(imported)) continue;
      onDemand.add(imported);
      visitLazy(imported);
    }
  };
  for (const name of fetched) visitLazy(name);
  const gzipOf = (names) =>
    [...names].reduce((sum, name) => sum + gzipSync(files.get(name).code, { level: 9 }).length, 0);
  const raw = [...fetched].reduce((sum, name) => sum + Buffer.byteLength(files.get(name).code), 0);
  return { raw, gzip: gzipOf(fetched), files: fetched.size, onDemand: gzipOf(onDemand) };
}

const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;

// `node scripts/size.mjs CDN` measures only the rows whose name contains «CDN».
const only = process.argv[2];
const results = [];
for (const budget of budgets) {
  if (only && !budget.name.includes(only)) continue;
  const cwd = join(root, budget.cwd ?? '.');
  const size = budget.cdn
    ? await measureCdn(budget.cdn, budget.bundler)
    : budget.bundler === 'esbuild'
      ? await measureWithEsbuild(budget.source, cwd)
      : await measure(budget.name, budget.source, cwd);
  results.push({ ...budget, ...size, over: size.gzip > budget.maxGzipBytes });
}

const width = Math.max(...results.map((result) => result.name.length));
console.log(`${'bundle'.padEnd(width)}  minified   gzip      budget (gzip)  on demand (gzip, CDN rows)`);
for (const result of results) {
  const later = result.onDemand === undefined ? '' : `  +${kb(result.onDemand)}`;
  console.log(
    `${result.name.padEnd(width)}  ${kb(result.raw).padStart(9)}  ${kb(result.gzip).padStart(8)}  ${kb(result.maxGzipBytes).padStart(9)}${later.padStart(later ? 15 : 0)}${result.over ? '  ✗ OVER BUDGET' : ''}`,
  );
}
const over = results.filter((result) => result.over);
if (over.length) {
  console.error(`\n✗ Over budget: ${over.map((result) => result.name).join(', ')}`);
  process.exit(1);
}
