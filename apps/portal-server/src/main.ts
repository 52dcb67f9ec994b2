// `node dist/main.js`: the demo regional portal with its API and embedded database.
//   PORT (4173), HOST (127.0.0.1), DATABASE_URL (external PostgreSQL; else PGlite in SHNRO_DATA_DIR,
//   default apps/portal-server/data), PORTAL_DIST (the built portal, default apps/portal/dist),
//   SECURE_COOKIES=1 behind an https proxy.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { demoAccounts } from './seed/demo.js';
import { startServer } from './server.js';

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));
const dataDir = process.env['SHNRO_DATA_DIR'] ?? here('../data');
const staticRoot = process.env['PORTAL_DIST'] ?? here('../../portal/dist');
const databaseUrl = process.env['DATABASE_URL'];

const server = await startServer({
  port: Number(process.env['PORT'] ?? 4173),
  host: process.env['HOST'] ?? '127.0.0.1',
  ...(databaseUrl ? { databaseUrl } : { dataDir }),
  ...(existsSync(staticRoot) ? { staticRoot } : {}),
  ...(process.env['SECURE_COOKIES'] ? { secureCookies: process.env['SECURE_COOKIES'] === '1' } : {}),
});

console.log(`\nДемонстрационный региональный портал: ${server.url}/`);
console.log(`API: ${server.url}/api/openapi.json`);
console.log(`База данных: ${databaseUrl ? 'PostgreSQL (DATABASE_URL)' : `PGlite, папка ${dataDir}`}`);
console.log('\nДемонстрационные учётные записи (логин / пароль — роль):');
for (const account of demoAccounts) {
  console.log(`  ${account.login.padEnd(20)} / ${account.password.padEnd(26)} — ${account.displayName}`);
}
console.log('\nCtrl+C останавливает сервер.');

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    void server.close().then(() => process.exit(0));
  });
}
