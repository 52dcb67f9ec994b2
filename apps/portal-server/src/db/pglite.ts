import { PGlite } from '@electric-sql/pglite';
import type { Database, Queryable } from './database.js';

/**
 * PGlite has one connection: a statement sent while another request's transaction is open would
 * run inside that transaction. One lane for everything keeps requests apart.
 */
class Lane {
  #tail: Promise<unknown> = Promise.resolve();

  run<T>(work: () => Promise<T>): Promise<T> {
    const result = this.#tail.then(work, work);
    this.#tail = result.catch(() => undefined);
    return result;
  }
}

interface PgliteLike {
  query<Row>(sql: string, params?: unknown[]): Promise<{ rows: Row[] }>;
  exec(sql: string): Promise<unknown>;
}

function queryable(pg: PgliteLike): Queryable {
  return {
    async query<Row>(sql: string, params: readonly unknown[] = []) {
      return (await pg.query<Row>(sql, params as unknown[])).rows;
    },
    async exec(sql: string) {
      await pg.exec(sql);
    },
  };
}

/** The embedded PostgreSQL (WASM), persisted in `dataDir` or held in memory. */
export async function openPglite(dataDir?: string): Promise<Database> {
  const pg = dataDir ? new PGlite(dataDir) : new PGlite();
  await pg.waitReady;
  const lane = new Lane();
  const direct = queryable(pg);
  return {
    kind: 'pglite',
    query: (sql, params) => lane.run(() => direct.query(sql, params)),
    exec: (sql) => lane.run(() => direct.exec(sql)),
    transaction: (work) => lane.run(() => pg.transaction((tx) => work(queryable(tx)))),
    close: () => lane.run(() => pg.close()),
  };
}
