import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vite';

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));

/** The portal's pages: one HTML file each, as a server-rendered regional portal has. */
const pages = {
  monitoring: here('index.html'),
  roadmap: here('roadmap.html'),
  dynamics: here('dynamics.html'),
  report: here('report.html'),
  cabinet: here('cabinet.html'),
  registry: here('registry.html'),
  board: here('board.html'),
  cycles: here('cycles.html'),
  support: here('support.html'),
  results: here('results.html'),
};

/** The partials every page shares, by the comment that stands for each. */
const partials = {
  // charset, viewport, colour scheme, icon, stylesheet
  '<!--portal-head-->': 'src/partials/head.html',
  // the <main> the page's script fills, with its <noscript>
  '<!--portal-main-->': 'src/partials/main.html',
};

/**
 * Puts the shared <head> lines and the <main> into every page where their comments stand; before Vite
 * reads the page, so the stylesheet is bundled. A page that writes them out itself works the same.
 */
function portalPartials(): Plugin {
  return {
    name: 'portal-partials',
    transformIndexHtml: {
      order: 'pre',
      handler: (html) =>
        Object.entries(partials).reduce(
          (page, [marker, file]) => page.replace(marker, readFileSync(here(file), 'utf8')),
          html,
        ),
    },
  };
}

/** Puts the shared header into every page, where it says `<!--portal-header-->`. */
function portalHeader(): Plugin {
  return {
    name: 'portal-header',
    transformIndexHtml: (html) =>
      html.replace('<!--portal-header-->', readFileSync(here('src/partials/header.html'), 'utf8')),
  };
}

// The demo portal consumes the built packages (their `exports`), as a regional portal would.
export default defineConfig({
  plugins: [portalPartials(), portalHeader()],
  build: { outDir: 'dist', target: 'es2022', sourcemap: true, rollupOptions: { input: pages } },
  preview: { host: '127.0.0.1', port: 4173, strictPort: true },
  server: { host: '127.0.0.1', port: 5173 },
});
