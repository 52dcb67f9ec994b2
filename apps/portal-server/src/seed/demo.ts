import { hashPassword } from '../auth/password.js';
import type { Database } from '../db/database.js';

/**
 * The demo region, built from the seed reports' places: Канск (seed 001, СОШ № 7 of seed 000's
 * roadmap), Тукаевский район (seed 003, Малошильнинская СОШ) and Ленинградский район (seed 004).
 */
export const demoMunicipalities = [
  { id: 'kansk', name: 'г. Канск' },
  { id: 'tukaevsky', name: 'Тукаевский муниципальный район' },
  { id: 'leningradsky', name: 'Ленинградский район' },
];

export const demoSchools = [
  { id: 'kansk-school-7', municipalityId: 'kansk', name: 'МБОУ «СОШ № 7»', categories: ['low-results'] },
  {
    id: 'kansk-school-5',
    municipalityId: 'kansk',
    name: 'МБОУ «СОШ № 5»',
    categories: ['unfavourable-conditions'],
  },
  {
    id: 'tukaevsky-maloshilna',
    municipalityId: 'tukaevsky',
    name: 'МБОУ «Малошильнинская СОШ»',
    categories: ['low-results'],
  },
  {
    id: 'leningradsky-school-1',
    municipalityId: 'leningradsky',
    name: 'МБОУ СОШ № 1',
    categories: ['low-results'],
  },
];

/** A demo account: who it is and the password `npm start` prints. */
export interface DemoAccount {
  login: string;
  password: string;
  role: 'school' | 'methodologist' | 'operator';
  displayName: string;
  schoolId?: string;
  municipalityId?: string;
}

export const demoAccounts: DemoAccount[] = [
  {
    login: 'school7',
    password: 'shnor-school-7',
    role: 'school',
    displayName: 'Команда МБОУ «СОШ № 7»',
    schoolId: 'kansk-school-7',
    municipalityId: 'kansk',
  },
  {
    login: 'school5',
    password: 'shnor-school-5',
    role: 'school',
    displayName: 'Команда МБОУ «СОШ № 5»',
    schoolId: 'kansk-school-5',
    municipalityId: 'kansk',
  },
  {
    login: 'maloshilna',
    password: 'shnor-maloshilna',
    role: 'school',
    displayName: 'Команда МБОУ «Малошильнинская СОШ»',
    schoolId: 'tukaevsky-maloshilna',
    municipalityId: 'tukaevsky',
  },
  {
    login: 'metodist.kansk',
    password: 'shnor-metodist-kansk',
    role: 'methodologist',
    displayName: 'О. Г. Викульева, методист г. Канска',
    municipalityId: 'kansk',
  },
  {
    login: 'metodist.tukaevsky',
    password: 'shnor-metodist-tukaevsky',
    role: 'methodologist',
    displayName: 'Методист Тукаевского района',
    municipalityId: 'tukaevsky',
  },
  { login: 'operator', password: 'shnor-operator', role: 'operator', displayName: 'Региональный оператор' },
];

/** The cycle every demo school can answer at once: Канск, 2021–2022 (seed 001). */
export const demoCycle = {
  id: 'kansk-2021-2022-municipal-monitoring',
  municipalityId: 'kansk',
  schoolYear: '2021-2022',
};

/**
 * Loads the demo region into an empty database (nothing when users exist): the registry, the
 * accounts, the Канск cycle. Idempotent, so every start may call it.
 */
export async function seedDemo(db: Database): Promise<boolean> {
  const [existing] = await db.query<{ n: number }>('select count(*)::int as n from users');
  if ((existing?.n ?? 0) > 0) return false;
  const hashes = await Promise.all(demoAccounts.map((account) => hashPassword(account.password)));
  await db.transaction(async (tx) => {
    for (const m of demoMunicipalities) {
      await tx.query('insert into municipalities (id, name) values ($1, $2) on conflict do nothing', [
        m.id,
        m.name,
      ]);
    }
    for (const s of demoSchools) {
      await tx.query(
        'insert into schools (id, municipality_id, name, categories) values ($1, $2, $3, $4) on conflict do nothing',
        [s.id, s.municipalityId, s.name, JSON.stringify(s.categories)],
      );
    }
    for (const [index, a] of demoAccounts.entries()) {
      await tx.query(
        `insert into users (id, login, password_hash, role, school_id, municipality_id, display_name)
         values ($1, $2, $3, $4, $5, $6, $7)`,
        [
          a.login,
          a.login,
          hashes[index],
          a.role,
          a.schoolId ?? null,
          a.municipalityId ?? null,
          a.displayName,
        ],
      );
    }
    await tx.query(
      `insert into monitoring_cycles (id, municipality_id, school_year, indicator_set_id, status)
       values ($1, $2, $3, 'municipal-monitoring', 'collecting') on conflict do nothing`,
      [demoCycle.id, demoCycle.municipalityId, demoCycle.schoolYear],
    );
  });
  return true;
}
