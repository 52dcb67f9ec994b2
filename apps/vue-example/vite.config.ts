import vue from '@vitejs/plugin-vue';
import { defineConfig } from 'vite';

// A Vue app that consumes the built packages (their `exports`), as a regional portal would.
export default defineConfig({
  plugins: [
    vue({
      // The SDK's tags are custom elements, not Vue components: Vue renders them as they are.
      template: { compilerOptions: { isCustomElement: (tag) => tag.startsWith('shnro-') } },
    }),
  ],
  build: { outDir: 'dist', target: 'es2022', sourcemap: true },
  preview: { host: '127.0.0.1', port: 4176, strictPort: true },
  server: { host: '127.0.0.1', port: 5176 },
});
