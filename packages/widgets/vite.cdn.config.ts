import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const source = (path: string) => fileURLToPath(new URL(`./src/${path}`, import.meta.url));

// The CDN build, for pages without a bundler: Lit and the core inlined, one file per element
// plus an autoloader; shared code in hashed chunks next to them.
export default defineConfig({
  build: {
    outDir: 'dist/cdn',
    emptyOutDir: true,
    target: 'es2022',
    minify: true,
    sourcemap: true,
    lib: {
      entry: {
        autoloader: source('cdn/autoloader.ts'),
        'shnro-indicator-table': source('cdn/shnro-indicator-table.ts'),
        'shnro-indicator-form': source('cdn/shnro-indicator-form.ts'),
        'shnro-dynamics-chart': source('cdn/shnro-dynamics-chart.ts'),
        'shnro-roadmap-editor': source('cdn/shnro-roadmap-editor.ts'),
        'shnro-draft-list': source('cdn/shnro-draft-list.ts'),
      },
      formats: ['es'],
    },
    rollupOptions: {
      output: { entryFileNames: '[name].js', chunkFileNames: 'chunks/[name]-[hash].js' },
    },
  },
});
