// Serves this folder and the widgets' CDN build the way a PHP/CMS site would: static files and
// a strict Content-Security-Policy header (no inline script, no eval, no foreign origins).
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { basename, extname, join, normalize, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = fileURLToPath(new URL('.', import.meta.url));
const cdn = fileURLToPath(new URL('../../packages/widgets/dist/cdn/', import.meta.url));

/** The policy the example must work under. */
export const contentSecurityPolicy = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

/**
 * A stricter policy for the pages in `strictPages`: also Trusted Types, so that no string ever
 * reaches an HTML sink (`innerHTML` and friends) unchecked. The widgets' test page runs under it.
 */
export const strictContentSecurityPolicy = `${contentSecurityPolicy}; require-trusted-types-for 'script'`;

/** Pages served with `strictContentSecurityPolicy`. */
const strictPages = new Set(['every-element.html']);

const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
};

/** Maps a URL path to a file: `/cdn/…` and `/cdn-copy/…` to the CDN build, the rest to this folder. */
function resolveFile(pathname) {
  const [root, rest] = pathname.startsWith('/cdn/')
    ? [cdn, pathname.slice('/cdn/'.length)]
    : pathname.startsWith('/cdn-copy/')
      ? [cdn, pathname.slice('/cdn-copy/'.length)]
      : [here, pathname === '/' ? 'index.html' : pathname.slice(1)];
  const file = normalize(join(root, decodeURIComponent(rest)));
  if (!file.startsWith(root.endsWith(sep) ? root : root + sep)) return undefined;
  return existsSync(file) && statSync(file).isFile() ? file : undefined;
}

/** Starts the server; resolves with its URL and a stop function. */
export function serve(port = 0) {
  const server = createServer((request, response) => {
    const file = resolveFile(new URL(request.url ?? '/', 'http://localhost').pathname);
    if (!file) {
      response.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('Not found');
      return;
    }
    response.writeHead(200, {
      'Content-Type': types[extname(file)] ?? 'application/octet-stream',
      'Content-Security-Policy': strictPages.has(basename(file))
        ? strictContentSecurityPolicy
        : contentSecurityPolicy,
      'X-Content-Type-Options': 'nosniff',
    });
    createReadStream(file).pipe(response);
  });
  return new Promise((resolve) => {
    server.listen(port, '127.0.0.1', () => {
      const address = server.address();
      resolve({
        url: `http://127.0.0.1:${typeof address === 'object' && address ? address.port : port}/`,
        stop: () => new Promise((done) => server.close(() => done())),
      });
    });
  });
}

if (import.meta.url === `file://${process.argv[1]}`) {
  if (!existsSync(join(cdn, 'autoloader.js'))) {
    console.error('The CDN build is missing: run `npm start` or `pnpm -r run build` first.');
    process.exit(1);
  }
  const { url } = await serve(Number(process.env.PORT ?? 4174));
  console.log(`Plain HTML example at ${url} (Ctrl+C stops it)`);
}
