// Bundle-size budgets: what a portal actually downloads, minified and gzipped.
// - each element's standalone entry (its define module with Lit and the core inlined), as a
//   page without a bundler gets it;
// - the calculator's import from @shnro/core, as a developer's bundler tree-shakes it: with Vite
//   (rolldown) and, in rows marked `"bundler": "esbuild"`, with esbuild, which tree-shakes
//   differently (`import { z } from 'zod'` is kept whole there).
// `node scripts/size.mjs` prints the figures and fails when one is over its budget.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
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

const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;

const results = [];
for (const budget of budgets) {
  const cwd = join(root, budget.cwd);
  const size =
    budget.bundler === 'esbuild'
      ? await measureWithEsbuild(budget.source, cwd)
      : await measure(budget.name, budget.source, cwd);
  results.push({ ...budget, ...size, over: size.gzip > budget.maxGzipBytes });
}

const width = Math.max(...results.map((result) => result.name.length));
console.log(`${'bundle'.padEnd(width)}  minified   gzip      budget (gzip)`);
for (const result of results) {
  console.log(
    `${result.name.padEnd(width)}  ${kb(result.raw).padStart(9)}  ${kb(result.gzip).padStart(8)}  ${kb(result.maxGzipBytes).padStart(9)}${result.over ? '  ✗ OVER BUDGET' : ''}`,
  );
}
const over = results.filter((result) => result.over);
if (over.length) {
  console.error(`\n✗ Over budget: ${over.map((result) => result.name).join(', ')}`);
  process.exit(1);
}
