/**
 * The one door to the database (база данных): PostgreSQL's dialect, whether the embedded PGlite
 * or an external server. Route handlers see only this interface, so every query they write runs
 * on both and every change happens inside a transaction (all or nothing).
 */
export interface Queryable {
  /** Runs one parameterised statement ($1, $2, …) and returns its rows. */
  query<Row = Record<string, unknown>>(sql: string, params?: readonly unknown[]): Promise<Row[]>;
  /** Runs a script of several statements without parameters (migrations). */
  exec(sql: string): Promise<void>;
}

export interface Database extends Queryable {
  /** Runs `work` in one transaction: committed when it resolves, rolled back when it throws. */
  transaction<T>(work: (tx: Queryable) => Promise<T>): Promise<T>;
  close(): Promise<void>;
  /** `pglite` (embedded, in a data folder or in memory) or `postgres` (DATABASE_URL). */
  readonly kind: 'pglite' | 'postgres';
}

export interface OpenDatabaseOptions {
  /** postgres://… : an external PostgreSQL through node-postgres. */
  url?: string;
  /** The PGlite data folder; without it (and without `url`) the database lives in memory. */
  dataDir?: string;
}

/** Opens PGlite or PostgreSQL; each driver is imported only when chosen. */
export async function openDatabase(options: OpenDatabaseOptions): Promise<Database> {
  if (options.url) {
    const { openPostgres } = await import('./postgres.js');
    return openPostgres(options.url);
  }
  const { openPglite } = await import('./pglite.js');
  return openPglite(options.dataDir);
}
