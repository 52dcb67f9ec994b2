import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// A React app that consumes the built packages (their `exports`), as a regional portal would.
export default defineConfig({
  plugins: [react()],
  // React, Lit, zod and the core land in one chunk of about 510 kB: a demo, not worth splitting.
  build: { outDir: 'dist', target: 'es2022', sourcemap: true, chunkSizeWarningLimit: 600 },
  preview: { host: '127.0.0.1', port: 4175, strictPort: true },
  server: { host: '127.0.0.1', port: 5175 },
});
