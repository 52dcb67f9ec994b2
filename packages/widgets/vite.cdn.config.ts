import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import { registrationSideEffects } from './vite.side-effects.js';

const source = (path: string) => fileURLToPath(new URL(`./src/${path}`, import.meta.url));

// The CDN build, for pages without a bundler: Lit and the core inlined, one file per element
// plus an autoloader; shared code in hashed chunks next to them.
export default defineConfig({
  plugins: [registrationSideEffects()],
  build: {
    outDir: 'dist/cdn',
    emptyOutDir: true,
    target: 'es2022',
    minify: true,
    sourcemap: true,
    lib: {
      // One file per element: the entries scripts/element-api.mjs generates from the manifest.
      entry: Object.fromEntries([
        ['autoloader', source('cdn/autoloader.ts')],
        ...readdirSync(source('cdn'))
          .filter((name) => /^shnro-.*\.ts$/.test(name))
          .map((name) => [name.replace(/\.ts$/, ''), source(`cdn/${name}`)]),
      ]),
      formats: ['es'],
    },
    rollupOptions: {
      output: {
        entryFileNames: '[name].js',
        chunkFileNames: 'chunks/[name]-[hash].js',
        // Library mode keeps whitespace and comments in ES output (for a bundler that would
        // minify again); these files go to browsers as they are, so they are minified whole.
        minify: { codegen: true },
        comments: { legal: true, annotation: false, jsdoc: false },
      },
    },
  },
});
