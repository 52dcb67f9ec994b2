import { defineConfig } from 'vite';

// The demo portal consumes the built packages (their `exports`), as a regional portal would.
export default defineConfig({
  build: { outDir: 'dist', target: 'es2022', sourcemap: true },
  preview: { host: '127.0.0.1', port: 4173, strictPort: true },
  server: { host: '127.0.0.1', port: 5173 },
});
