import { readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import { registrationSideEffects } from './vite.side-effects.js';

const src = fileURLToPath(new URL('./src', import.meta.url));

/** Every module but tests, stories and test helpers is an entry: one file out per file in. */
function entries(dir: string): Record<string, string> {
  const found: Record<string, string> = {};
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) {
      // test-support is for tests; cdn/ is built by vite.cdn.config.ts with Lit inlined.
      if (name !== 'test-support' && name !== 'cdn') Object.assign(found, entries(path));
    } else if (name.endsWith('.ts') && !/\.(test|stories)\.ts$/.test(name) && !name.endsWith('.d.ts')) {
      found[relative(src, path).replace(/\.ts$/, '')] = path;
    }
  }
  return found;
}

// npm build: ESM, Lit and the core stay dependencies, module structure preserved so that
// importing a class registers nothing and each define module is its own file.
export default defineConfig({
  plugins: [registrationSideEffects()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    sourcemap: true,
    minify: false,
    target: 'es2022',
    lib: { entry: entries(src), formats: ['es'] },
    rollupOptions: {
      external: [/^lit($|\/)/, /^@lit\//, /^@shnro\/core($|\/)/, /^idb($|\/)/, /^d3-/],
      output: { preserveModules: true, preserveModulesRoot: 'src', entryFileNames: '[name].js' },
    },
  },
});
