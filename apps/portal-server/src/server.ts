import { serve, type ServerType } from '@hono/node-server';
import { serveStatic } from '@hono/node-server/serve-static';
import { Hono } from 'hono';
import { relative } from 'node:path';
import type { AppEnv } from './app-env.js';
import { createApi } from './app.js';
import { openDatabase, type Database } from './db/database.js';
import { migrate } from './db/migrate.js';
import { seedDemo } from './seed/demo.js';

export interface StartOptions {
  port?: number;
  host?: string;
  /** postgres://… ; without it the embedded PGlite is used. */
  databaseUrl?: string;
  /** PGlite's data folder; undefined keeps the database in memory (tests). */
  dataDir?: string;
  /** The built demo portal (apps/portal/dist) to serve beside the API. */
  staticRoot?: string;
  secureCookies?: boolean;
  /** Load the demo region and accounts into an empty database. */
  seed?: boolean;
  /** An already open database (tests restart the server over one). */
  db?: Database;
}

export interface RunningServer {
  url: string;
  port: number;
  db: Database;
  /** Stops listening; closes the database only when this server opened it. */
  close(): Promise<void>;
}

/** Opens (or takes) the database, migrates it, seeds it, and listens. */
export async function startServer(options: StartOptions = {}): Promise<RunningServer> {
  const ownDb = !options.db;
  const db =
    options.db ??
    (await openDatabase({
      ...(options.databaseUrl ? { url: options.databaseUrl } : {}),
      ...(options.dataDir ? { dataDir: options.dataDir } : {}),
    }));
  await migrate(db);
  if (options.seed ?? true) await seedDemo(db);
  const app = new Hono<AppEnv>();
  app.route(
    '/',
    createApi({
      db,
      ...(options.secureCookies === undefined ? {} : { secureCookies: options.secureCookies }),
    }),
  );
  if (options.staticRoot) {
    // serveStatic takes a root relative to the working directory.
    const root = relative(process.cwd(), options.staticRoot) || '.';
    app.use('/*', serveStatic({ root }));
  }
  const server: ServerType = await new Promise((resolve) => {
    const s = serve(
      { fetch: app.fetch, port: options.port ?? 0, hostname: options.host ?? '127.0.0.1' },
      () => resolve(s),
    );
  });
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : (options.port ?? 0);
  return {
    url: `http://${options.host ?? '127.0.0.1'}:${port}`,
    port,
    db,
    async close() {
      await new Promise<void>((resolve) => {
        // Keep-alive sockets would hold `close` open: end them.
        (server as unknown as { closeAllConnections?: () => void }).closeAllConnections?.();
        server.close(() => resolve());
      });
      if (ownDb) await db.close();
    },
  };
}
