import type { Queryable } from '../db/database.js';

/** A school as the seeds insert it: its municipality and its categories (ШНОР, ШНСУ, …). */
export interface SeedSchool {
  readonly id: string;
  readonly municipalityId: string;
  readonly name: string;
  readonly categories?: readonly string[];
}

/** A municipality, unless one with its id is there already (a seed may run on a seeded database). */
export async function insertMunicipality(
  tx: Queryable,
  municipality: { readonly id: string; readonly name: string },
): Promise<void> {
  await tx.query('insert into municipalities (id, name) values ($1, $2) on conflict do nothing', [
    municipality.id,
    municipality.name,
  ]);
}

/** Schools, each unless one with its id is there already. */
export async function insertSchools(tx: Queryable, schools: readonly SeedSchool[]): Promise<void> {
  for (const school of schools) {
    await tx.query(
      'insert into schools (id, municipality_id, name, categories) values ($1, $2, $3, $4) on conflict do nothing',
      [school.id, school.municipalityId, school.name, JSON.stringify(school.categories ?? [])],
    );
  }
}
