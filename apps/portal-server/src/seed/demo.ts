import {
  assignmentSchema,
  decisionRecordSchema,
  iomSchema,
  type Assignment,
  type DecisionRecord,
  type Iom,
} from '@shnro/core';
import { exampleIom } from '@shnro/core/examples';
import { hashPassword } from '../auth/password.js';
import type { Database, Queryable } from '../db/database.js';
import { seedCtood } from './ctood.js';
import { insertMunicipality, insertSchools } from './places.js';

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
  {
    login: 'metodist.leningradsky',
    password: 'shnor-metodist-leningradsky',
    role: 'methodologist',
    displayName: 'Методист Ленинградского района',
    municipalityId: 'leningradsky',
  },
  {
    login: 'metodist.ctood',
    password: 'shnor-metodist-ctood',
    role: 'methodologist',
    displayName: 'И. А. Васильева, методист МКУ «ЦООД»',
    municipalityId: 'ctood',
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
 * Seed 001's recommendations to the methodological service of Канск and one management decision
 * addressed to СОШ № 7, recorded for the 2021–2022 cycle: what the справка's recommendations and
 * the decisions page read.
 */
export const demoDecisions: DecisionRecord[] = [
  {
    id: 'kansk-2022-r1',
    kind: 'recommendation',
    text: 'Продолжить работу по преодолению профессиональных дефицитов педагогов как один из основных способов повышения качества образования через реализацию ИОМ.',
    addressee: { kind: 'methodological-service', name: 'Методистам ММС' },
    cycleId: demoCycle.id,
  },
  {
    id: 'kansk-2022-r2',
    kind: 'recommendation',
    text: 'Организовать «Методический десант» в ОО в рамках работы и методического сопровождения Регионального методического актива.',
    addressee: { kind: 'methodological-service', name: 'Методистам ММС' },
    cycleId: demoCycle.id,
  },
  {
    id: 'kansk-2022-d1',
    kind: 'management-decision',
    text: 'Разработать и утвердить план взаимопосещения уроков педагогами школы.',
    addressee: { kind: 'school', schoolId: 'kansk-school-7', name: 'МБОУ «СОШ № 7»' },
    deadline: 'до 01.10.2022',
    responsible: 'Директор МБОУ «СОШ № 7»',
    cycleId: demoCycle.id,
  },
].map((decision) => decisionRecordSchema.parse(decision));

/** A teacher's ИОМ at СОШ № 7 (the core's example route) and СОШ № 5 as its curator school. */
export const demoIom: Iom = iomSchema.parse({ ...exampleIom, id: 'iom-kansk-school-7-t22' });
export const demoAssignment: Assignment = assignmentSchema.parse({
  id: 'kansk-curator-5-7',
  kind: 'curator-school',
  from: { kind: 'school', schoolId: 'kansk-school-5', name: 'МБОУ «СОШ № 5»' },
  to: { kind: 'school', schoolId: 'kansk-school-7', name: 'МБОУ «СОШ № 7»' },
  period: { start: '2022-09-01' },
  order: { number: '412', date: '2022-08-30', issuer: 'Управления образования администрации г. Канска' },
});

/**
 * Loads the demo region into an empty database (nothing when users exist): the registry, the
 * accounts, the Канск cycle, seed 002's municipality with its results. Idempotent, so every start may call it.
 */
export async function seedDemo(db: Database): Promise<boolean> {
  const [existing] = await db.query<{ n: number }>('select count(*)::int as n from users');
  if ((existing?.n ?? 0) > 0) {
    // A database seeded by an earlier version gets the demo accounts added since (seed 004's
    // methodologist of Ленинградский район) and the workspace's demo records once.
    const logins = new Set(
      (await db.query<{ login: string }>('select login from users')).map((row) => row.login),
    );
    // Seed 002's municipality first: its methodologist's account needs it.
    await db.transaction(seedCtood);
    // A school's account needs its school, which an older registry may lack: those are not added.
    const missing = demoAccounts.filter((account) => !logins.has(account.login) && account.role !== 'school');
    for (const account of missing) {
      await db.query(
        `insert into users (id, login, password_hash, role, school_id, municipality_id, display_name)
         select $1, $1, $2, $3, $4, $5::text, $6
          where $5::text is null or exists (select 1 from municipalities where id = $5::text)
         on conflict do nothing`,
        [
          account.login,
          await hashPassword(account.password),
          account.role,
          account.schoolId ?? null,
          account.municipalityId ?? null,
          account.displayName,
        ],
      );
    }
    await db.transaction(async (tx) => {
      const [school] = await tx.query("select 1 from schools where id = 'kansk-school-7'");
      const [cycle] = await tx.query('select 1 from monitoring_cycles where id = $1', [demoCycle.id]);
      if (school && cycle) await seedWorkspace(tx);
    });
    return false;
  }
  const hashes = await Promise.all(demoAccounts.map((account) => hashPassword(account.password)));
  await db.transaction(async (tx) => {
    for (const municipality of demoMunicipalities) await insertMunicipality(tx, municipality);
    await insertSchools(tx, demoSchools);
    await seedCtood(tx);
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
    await seedWorkspace(tx);
  });
  return true;
}

/** Seed 001's decisions, the ИОМ and the curator school, once per database (marked in seed_marks). */
async function seedWorkspace(tx: Queryable): Promise<void> {
  const [done] = await tx.query("select 1 from seed_marks where name = 'workspace-demo'");
  if (done) return;
  for (const decision of demoDecisions) {
    await tx.query(
      'insert into decisions (id, municipality_id, school_id, document, status) values ($1, $2, $3, $4, $5) on conflict do nothing',
      [
        decision.id,
        demoCycle.municipalityId,
        decision.addressee.kind === 'school' ? decision.addressee.schoolId : null,
        JSON.stringify(decision),
        decision.status,
      ],
    );
  }
  await tx.query(
    'insert into ioms (id, school_id, document, status) values ($1, $2, $3, $4) on conflict do nothing',
    [demoIom.id, 'kansk-school-7', JSON.stringify(demoIom), demoIom.status],
  );
  await tx.query(
    'insert into mentorships (id, municipality_id, school_id, document) values ($1, $2, $3, $4) on conflict do nothing',
    [demoAssignment.id, 'kansk', 'kansk-school-7', JSON.stringify(demoAssignment)],
  );
  await tx.query("insert into seed_marks (name) values ('workspace-demo')");
}
