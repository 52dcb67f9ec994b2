import { readdir, readFile } from 'node:fs/promises';
import type { Database } from './database.js';

/** The versioned SQL files: `migrations/0001_init.sql`, `0002_…`; applied once each, in order. */
export const migrationsFolder = new URL('../../migrations/', import.meta.url);

/**
 * Applies the migrations not yet recorded in `schema_migrations`, each in its own transaction
 * with its record, so a failed migration leaves neither half a schema nor a false record. An
 * advisory lock keeps two servers on one PostgreSQL from migrating at once.
 */
export async function migrate(db: Database, folder: URL = migrationsFolder): Promise<string[]> {
  await db.exec(
    'create table if not exists schema_migrations (version text primary key, applied_at timestamptz not null default now())',
  );
  const files = (await readdir(folder)).filter((name) => /^\d{4}_[\w-]+\.sql$/.test(name)).sort();
  const applied: string[] = [];
  for (const file of files) {
    const version = file.slice(0, -'.sql'.length);
    const sql = await readFile(new URL(file, folder), 'utf8');
    const done = await db.transaction(async (tx) => {
      await tx.query('select pg_advisory_xact_lock(20260001)');
      const seen = await tx.query('select 1 from schema_migrations where version = $1', [version]);
      if (seen.length > 0) return false;
      await tx.exec(sql);
      await tx.query('insert into schema_migrations (version) values ($1)', [version]);
      return true;
    });
    if (done) applied.push(version);
  }
  return applied;
}
