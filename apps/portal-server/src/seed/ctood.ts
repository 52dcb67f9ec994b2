import type { AssessmentResult } from '@shnro/core';
import { ctoodResults2019, ctoodSchools } from '@shnro/core/examples';
import type { Queryable } from '../db/database.js';
import { insertMunicipality, insertSchools } from './places.js';

// Seed 002 (МКУ «ЦООД», Ленинградская область, 2019): a municipality whose справка rests on the
// dynamics of five low-results schools' ВПР over two years. The seed names neither the district nor
// the schools: the municipality's name says it is the ЦООД's demo, the schools and their results are
// the core's illustrative records (`@shnro/core/examples`), loaded here as an import of results, so
// the dynamics, the findings and the справка are computed from what the database stores.

/** The demo municipality of seed 002. */
export const ctoodMunicipality = {
  id: 'ctood',
  name: 'Муниципальный район Ленинградской области (МКУ «ЦООД»)',
};

/** The file name the seed's results are stored under, as an import of the region's results. */
export const ctoodResultsFile = 'ВПР 2018–2019, 5 класс (иллюстративные данные справки МКУ «ЦООД»).csv';

/**
 * The municipality, its five schools and their ВПР of 2018 and 2019, once per database (marked
 * in seed_marks): a database seeded before gets them at its next start, and never again after
 * someone deletes them.
 */
export async function seedCtood(tx: Queryable): Promise<void> {
  const [done] = await tx.query("select 1 from seed_marks where name = 'ctood-demo'");
  if (done) return;
  await insertMunicipality(tx, ctoodMunicipality);
  await insertSchools(
    tx,
    ctoodSchools.map((school) => ({ ...school, municipalityId: ctoodMunicipality.id })),
  );
  const results: AssessmentResult[] = [...ctoodResults2019];
  await tx.query('insert into result_imports (file_name, results, problems) values ($1, $2, $3)', [
    ctoodResultsFile,
    JSON.stringify(results),
    '[]',
  ]);
  await tx.query("insert into seed_marks (name) values ('ctood-demo')");
}
