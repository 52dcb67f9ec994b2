// The rest of the chain on the server: the operator imports the region's registry (and sees the
// diff of a re-import) and results, runs identification; the methodologist confirms or rejects
// each proposal (a rejection needs a reason); decisions, ИОМ and assignments kept by role; the
// справка built from stored data and its DOCX. Access: a school and a methodologist of another
// municipality reach none of it by editing ids.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { kanskMonitoring2022Counts } from '@shnro/core/examples';
import type { Database } from '../src/db/database.js';
import { demoAssignment, demoCycle, demoDecisions, demoIom } from '../src/seed/demo.js';
import type { TestClient } from './support/client.js';
import { openSignedIn } from './support/fixture.js';

const fixtures = new URL('../../../packages/core/test/fixtures/region/', import.meta.url);
const file = (name: string) => ({
  fileName: name,
  content: readFileSync(new URL(name, fixtures)).toString('base64'),
});

let db: Database;
let school7: TestClient;
let school5: TestClient;
let kansk: TestClient;
let tukaevsky: TestClient;
let operator: TestClient;

beforeAll(async () => {
  let clients: TestClient[];
  ({ db, clients } = await openSignedIn([
    'school7',
    'school5',
    'metodist.kansk',
    'metodist.tukaevsky',
    'operator',
  ]));
  [school7, school5, kansk, tukaevsky, operator] = clients as [
    TestClient,
    TestClient,
    TestClient,
    TestClient,
    TestClient,
  ];
});

afterAll(async () => {
  await db.close();
});

const count = async (sql: string) => (await db.query<{ n: number }>(sql))[0]!.n;

describe('registry and results import (the operator)', () => {
  it('only the operator imports; a school or methodologist gets 403 and nothing is written', async () => {
    for (const client of [school7, kansk]) {
      const refused = await client.json('POST', '/api/registry/imports', file('registry-2023.csv'));
      expect(refused.status).toBe(403);
    }
    expect(await count('select count(*)::int as n from registry_imports')).toBe(0);
  });

  it('imports the registry: schools matched to the portal’s municipalities by name', async () => {
    const preview = await operator.json('POST', '/api/registry/imports', {
      ...file('registry-2023.csv'),
      dryRun: true,
    });
    expect(preview.status).toBe(200);
    expect(preview.body['diff'].added).toHaveLength(26);
    // The demo's four schools and seed 002's five (loaded with their results at first start).
    expect(await count('select count(*)::int as n from schools')).toBe(4 + 5);
    const imported = await operator.json('POST', '/api/registry/imports', file('registry-2023.csv'));
    expect(imported.status).toBe(201);
    expect(imported.body['problems']).toEqual([]);
    expect(await count("select count(*)::int as n from schools where municipality_id = 'kansk'")).toBe(
      2 + 18,
    );
    expect(await count('select count(*)::int as n from municipalities')).toBe(3 + 1);
    // The methodologist of Канск now sees the imported schools of Канск, not Тукаевский's.
    const seen = await kansk.json('GET', '/api/schools');
    expect(seen.body['schools']).toHaveLength(20);
  });

  it('a re-import shows what changed, school by school', async () => {
    const text = readFileSync(new URL('registry-2023.csv', fixtures), 'utf8').replace(
      'МБОУ СОШ № 2 г. Канска;2400045024;ШНРО',
      'МБОУ СОШ № 2 г. Канска;2400045024;',
    );
    const lines = text.split('\n').filter((line) => !line.includes('2400045031'));
    const again = await operator.json('POST', '/api/registry/imports', {
      fileName: 'registry-2024.csv',
      content: Buffer.from(lines.join('\n')).toString('base64'),
      dryRun: true,
    });
    expect(again.status).toBe(200);
    expect(again.body['diff'].added).toEqual([]);
    expect(again.body['diff'].changed).toEqual([
      { id: '2400045024', name: expect.stringContaining('№ 2'), fields: ['categories'] },
    ]);
    expect(again.body['diff'].removed.map((s: { id: string }) => s.id)).toEqual(['2400045031']);
    expect(again.body['diff'].unchanged).toBe(24);
  });

  it('a file that is not base64 is a 422 naming the field', async () => {
    const bad = await operator.json('POST', '/api/registry/imports', {
      fileName: 'r.csv',
      content: 'не файл!',
    });
    expect(bad.status).toBe(422);
    expect(bad.body['error'].issues[0].path).toBe('content');
  });

  it('imports the results against the stored registry', async () => {
    const results = await operator.json('POST', '/api/results/imports', file('results-2022-2023.csv'));
    expect(results.status).toBe(201);
    expect(results.body['results']).toBeGreaterThan(300);
    // The same results as XLSX read the same (the core reads both; nothing written on a dry run).
    const xlsx = await operator.json('POST', '/api/results/imports', {
      ...file('results-2022-2023.xlsx'),
      dryRun: true,
    });
    expect(xlsx.status).toBe(200);
    expect(xlsx.body['results']).toBe(results.body['results']);
    // Seed 002's results, stored at first start, and this import.
    expect(await count('select count(*)::int as n from result_imports')).toBe(2);
  });
});

describe('identification: proposals the methodologist decides', () => {
  it('the operator runs the methodology; each municipality sees its own proposals', async () => {
    expect((await kansk.json('POST', '/api/identification/runs', {})).status).toBe(403);
    const run = await operator.json('POST', '/api/identification/runs', {});
    expect(run.status).toBe(201);
    expect(run.body['proposed']).toBeGreaterThan(0);
    const ours = (await kansk.json('GET', '/api/identification/proposals')).body['proposals'];
    expect(ours.length).toBeGreaterThan(0);
    expect(ours.every((p: { municipalityId: string }) => p.municipalityId === 'kansk')).toBe(true);
    const theirs = (await tukaevsky.json('GET', '/api/identification/proposals')).body['proposals'];
    expect(theirs.every((p: { municipalityId: string }) => p.municipalityId === 'tukaevsky')).toBe(true);
    expect((await school7.json('GET', '/api/identification/proposals')).body['proposals']).toEqual([]);
  });

  it('confirms one; rejects another only with a reason; another municipality cannot decide', async () => {
    const [first, second] = (await kansk.json('GET', '/api/identification/proposals')).body['proposals'];
    const path = (p: { schoolId: string; category: string }) =>
      `/api/identification/proposals/${p.schoolId}/${p.category}/decision`;
    const body = (p: { year: number; methodologyId: string; revision: number }, decision: object) => ({
      year: p.year,
      methodologyId: p.methodologyId,
      baseRevision: p.revision,
      decision,
    });
    expect((await tukaevsky.json('POST', path(first), body(first, { decision: 'confirm' }))).status).toBe(
      404,
    );
    expect((await operator.json('POST', path(first), body(first, { decision: 'confirm' }))).status).toBe(403);
    const confirmed = await kansk.json('POST', path(first), body(first, { decision: 'confirm' }));
    expect(confirmed.status).toBe(200);
    expect(confirmed.body['status']).toBe('confirmed');
    expect(confirmed.body['decision'].by).toBe('О. Г. Викульева, методист г. Канска');
    const [school] = await db.query<{ categories: string[] }>(
      'select categories from schools where id = $1',
      [first.schoolId],
    );
    expect(school!.categories).toContain(first.category);
    const noReason = await kansk.json('POST', path(second), body(second, { decision: 'reject' }));
    expect(noReason.status).toBe(422);
    expect(noReason.body['error'].issues[0].path).toBe('decision.reason');
    const rejected = await kansk.json(
      'POST',
      path(second),
      body(second, { decision: 'reject', reason: 'результаты перепроверяются' }),
    );
    expect(rejected.status).toBe(200);
    expect(rejected.body['status']).toBe('rejected');
  });
});

describe('decisions, ИОМ and assignments by role', () => {
  it('a school sees the decisions addressed to it, the methodologist its municipality’s, another none', async () => {
    const own = (await school7.json('GET', '/api/decisions')).body['decisions'];
    expect(own.map((d: { id: string }) => d.id)).toEqual(['kansk-2022-d1']);
    expect((await school5.json('GET', '/api/decisions')).body['decisions']).toEqual([]);
    expect((await kansk.json('GET', '/api/decisions')).body['decisions']).toHaveLength(demoDecisions.length);
    expect((await tukaevsky.json('GET', '/api/decisions')).body['decisions']).toEqual([]);
    expect((await tukaevsky.json('GET', '/api/decisions/kansk-2022-d1')).status).toBe(404);
    expect((await school5.json('GET', '/api/decisions/kansk-2022-d1')).status).toBe(404);
  });

  it('the addressed school moves the state; «просрочено» is never set by hand; the text stays', async () => {
    const stored = (await school7.json('GET', '/api/decisions/kansk-2022-d1')).body;
    const overdue = await school7.json('PUT', '/api/decisions/kansk-2022-d1', {
      baseRevision: stored['revision'],
      document: { ...stored['document'], status: 'overdue' },
    });
    expect(overdue.status).toBe(422);
    const moved = await school7.json('PUT', '/api/decisions/kansk-2022-d1', {
      baseRevision: stored['revision'],
      document: { ...stored['document'], status: 'in-progress', text: 'Подменённый текст' },
    });
    expect(moved.status).toBe(200);
    expect(moved.body['document'].status).toBe('in-progress');
    expect(moved.body['document'].text).toBe(stored['document'].text);
    const stale = await kansk.json('PUT', '/api/decisions/kansk-2022-d1', {
      baseRevision: stored['revision'],
      document: { ...stored['document'], status: 'done' },
    });
    expect(stale.status).toBe(409);
    expect(stale.body['error'].current.revision).toBe(2);
  });

  it('a methodologist cannot address a decision to another municipality’s school; a school cannot create one', async () => {
    const decision = {
      id: 'foreign',
      kind: 'management-decision',
      text: 'Провести аудит.',
      addressee: { kind: 'school', schoolId: 'tukaevsky-maloshilna', name: 'Малошильнинская СОШ' },
    };
    expect((await kansk.json('POST', '/api/decisions', { document: decision })).status).toBe(404);
    expect((await school7.json('POST', '/api/decisions', { document: decision })).status).toBe(403);
    const ok = await kansk.json('POST', '/api/decisions', {
      document: { ...decision, addressee: { kind: 'school', schoolId: 'kansk-school-5', name: 'СОШ № 5' } },
    });
    expect(ok.status).toBe(201);
    expect(
      await count(
        "select count(*)::int as n from decisions where id = 'foreign' and school_id = 'kansk-school-5'",
      ),
    ).toBe(1);
  });

  it('ИОМ: the school keeps its own; another school and another municipality see nothing', async () => {
    expect((await school7.json('GET', '/api/ioms')).body['ioms'].map((i: { id: string }) => i.id)).toEqual([
      demoIom.id,
    ]);
    expect((await school5.json('GET', `/api/ioms/${demoIom.id}`)).status).toBe(404);
    expect((await tukaevsky.json('GET', '/api/ioms')).body['ioms']).toEqual([]);
    expect((await kansk.json('GET', '/api/ioms')).body['ioms']).toHaveLength(1);
    const edit = await operator.json('PUT', `/api/ioms/${demoIom.id}`, {
      baseRevision: 1,
      document: demoIom,
    });
    expect(edit.status).toBe(403);
    expect(
      (await tukaevsky.json('PUT', `/api/ioms/${demoIom.id}`, { baseRevision: 1, document: demoIom })).status,
    ).toBe(404);
    const own = await school7.json('PUT', `/api/ioms/${demoIom.id}`, {
      baseRevision: 1,
      document: { ...demoIom, supervisor: 'Иванова А. А.' },
    });
    expect(own.status).toBe(200);
    const other = await school5.json('PUT', `/api/ioms/${demoIom.id}`, {
      baseRevision: 2,
      document: demoIom,
    });
    expect(other.status).toBe(404);
  });

  it('a new ИОМ: the school team for its own school, the methodologist for a school of its municipality', async () => {
    const route = (id: string) => ({ ...demoIom, id, teacherId: `${id}-teacher`, status: 'draft' });
    const own = await school5.json('POST', '/api/ioms', { document: route('iom-own') });
    expect(own.status).toBe(201);
    // A school cannot place a route at another school by naming it.
    const elsewhere = await school5.json('POST', '/api/ioms', {
      document: route('iom-elsewhere'),
      schoolId: 'kansk-school-7',
    });
    expect(elsewhere.status).toBe(404);
    expect((await kansk.json('POST', '/api/ioms', { document: route('iom-no-school') })).body).toMatchObject({
      error: { issues: [{ path: 'schoolId' }] },
    });
    const byMethodologist = await kansk.json('POST', '/api/ioms', {
      document: route('iom-by-kansk'),
      schoolId: 'kansk-school-7',
    });
    expect(byMethodologist.status).toBe(201);
    // The methodologist's goes through the outbox: delivered twice with one key, it is applied once.
    const queued = { document: route('iom-by-kansk-5'), schoolId: 'kansk-school-5' };
    const key = { 'idempotency-key': 'outbox-iom-by-kansk-5' };
    const once = await kansk.json('POST', '/api/ioms', queued, key);
    const twice = await kansk.json('POST', '/api/ioms', queued, key);
    expect([once.status, twice.status]).toEqual([201, 201]);
    expect(twice.body).toEqual(once.body);
    const foreign = await tukaevsky.json('POST', '/api/ioms', {
      document: route('iom-foreign'),
      schoolId: 'kansk-school-7',
    });
    expect(foreign.status).toBe(404);
    expect(
      (await operator.json('POST', '/api/ioms', { document: route('iom-op'), schoolId: 'kansk-school-7' }))
        .status,
    ).toBe(403);
    const stored = await db.query<{ id: string; school_id: string }>(
      "select id, school_id from ioms where id like 'iom-%' and id <> $1 order by id",
      [demoIom.id],
    );
    expect(stored).toEqual([
      { id: 'iom-by-kansk', school_id: 'kansk-school-7' },
      { id: 'iom-by-kansk-5', school_id: 'kansk-school-5' },
      { id: 'iom-own', school_id: 'kansk-school-5' },
    ]);
    const seen = (await school7.json('GET', '/api/ioms')).body['ioms'].map((i: { id: string }) => i.id);
    expect(seen).toContain('iom-by-kansk');
    expect(seen).not.toContain('iom-own');
  });

  it('assignments: the methodologist of the municipality only', async () => {
    expect((await school7.json('GET', '/api/mentorships')).body['mentorships']).toHaveLength(1);
    expect((await school5.json('GET', '/api/mentorships')).body['mentorships']).toEqual([]);
    expect((await tukaevsky.json('GET', `/api/mentorships/${demoAssignment.id}`)).status).toBe(404);
    const foreign = { ...demoAssignment, id: 'x', to: { kind: 'school', schoolId: 'tukaevsky-maloshilna' } };
    expect((await kansk.json('POST', '/api/mentorships', { document: foreign })).status).toBe(404);
    expect(
      (
        await tukaevsky.json('PUT', `/api/mentorships/${demoAssignment.id}`, {
          baseRevision: 1,
          document: demoAssignment,
        })
      ).status,
    ).toBe(404);
  });

  it('a new assignment: mentor → school, tutor → teacher, curator school; schools and other municipalities refused', async () => {
    const period = { start: '2023-09-01' };
    const mentor = {
      id: 'as-mentor',
      kind: 'mentor',
      from: { kind: 'person', name: 'Петрова Н. В.', position: 'методист ММС' },
      to: { kind: 'school', schoolId: 'kansk-school-5' },
      period,
    };
    const tutor = {
      id: 'as-tutor',
      kind: 'tutor',
      from: { kind: 'person', name: 'Фролова Т. Г.' },
      to: { kind: 'teacher', teacherId: 't5-math', name: 'Учитель математики' },
      period,
      subjects: ['математика'],
    };
    const curator = {
      id: 'as-curator',
      kind: 'curator-school',
      from: { kind: 'school', schoolId: 'kansk-school-7' },
      to: { kind: 'school', schoolId: 'kansk-school-5' },
      period,
    };
    for (const document of [mentor, tutor, curator])
      expect((await kansk.json('POST', '/api/mentorships', { document })).status).toBe(201);
    expect(
      (await school5.json('POST', '/api/mentorships', { document: { ...mentor, id: 'as-school' } })).status,
    ).toBe(403);
    expect(
      (await tukaevsky.json('POST', '/api/mentorships', { document: { ...mentor, id: 'as-tuk' } })).status,
    ).toBe(404);
    // A tutor is attached to a teacher, never to a school: the core's rule, named in Russian.
    const wrong = await kansk.json('POST', '/api/mentorships', {
      document: { ...tutor, id: 'as-wrong', to: { kind: 'school', schoolId: 'kansk-school-5' } },
    });
    expect(wrong.status).toBe(422);
    expect(wrong.body['error'].message).toContain('тьютор закрепляется только за педагогом');
    const school5Sees = (await school5.json('GET', '/api/mentorships')).body['mentorships'].map(
      (m: { id: string }) => m.id,
    );
    expect(school5Sees.sort()).toEqual(['as-curator', 'as-mentor']);
    expect((await tukaevsky.json('GET', '/api/mentorships')).body['mentorships']).toEqual([]);
  });
});

describe('the справка of a cycle from stored data', () => {
  it('is the methodologist’s and the operator’s, of their reach only', async () => {
    expect((await school7.json('GET', `/api/cycles/${demoCycle.id}/report`)).status).toBe(403);
    expect((await tukaevsky.json('GET', `/api/cycles/${demoCycle.id}/report`)).status).toBe(404);
    expect((await tukaevsky.request('GET', `/api/cycles/${demoCycle.id}/report.docx`)).status).toBe(404);
  });

  it('builds from the typed municipal counts, compares with the year before, and downloads as DOCX', async () => {
    const put = await kansk.json('PUT', `/api/cycles/${demoCycle.id}/answers/municipality`, {
      input: kanskMonitoring2022Counts,
    });
    expect(put.status).toBe(200);
    const report = await kansk.json('GET', `/api/cycles/${demoCycle.id}/report`);
    expect(report.status).toBe(200);
    const text = JSON.stringify(report.body);
    expect(report.body['header'].title).toBe('Аналитическая справка');
    expect(text).toContain('Методический десант');
    const next = await kansk.json('POST', '/api/cycles', {
      municipalityId: 'kansk',
      schoolYear: '2022-2023',
    });
    expect(next.status).toBe(201);
    // A new cycle takes answers once its collection is started.
    expect((await kansk.json('POST', `/api/cycles/${next.body['id']}/collect`, {})).status).toBe(200);
    await kansk.json('PUT', `/api/cycles/${next.body['id']}/answers/municipality`, {
      input: {
        ...kanskMonitoring2022Counts,
        answers: { ...kanskMonitoring2022Counts.answers, '1.5': { numerator: 8 } },
      },
    });
    const document = await kansk.json('GET', `/api/cycles/${next.body['id']}/document`);
    expect(document.body['previous'].id).toBe(demoCycle.id);
    expect(document.body['cycle'].units[0].state).toBe('submitted');
    const compared = JSON.stringify((await kansk.json('GET', `/api/cycles/${next.body['id']}/report`)).body);
    // The comparison with the year before, as the core words it: 1.5 went from 7 to 8 of 18, a
    // change said but not judged (the seed gives the share of ШНРО/ШНСУ no better direction).
    expect(compared).toContain('Сравнение с периодом 2021-2022');
    expect(compared).toContain('Изменились без оценки (лучшее направление не задано) показатели 1.5.');
    expect(compared).not.toContain('Ухудшились');
    const docx = await kansk.request('GET', `/api/cycles/${next.body['id']}/report.docx`);
    expect(docx.status).toBe(200);
    expect(docx.headers.get('content-type')).toContain('wordprocessingml');
    const bytes = new Uint8Array(await docx.arrayBuffer());
    expect([bytes[0], bytes[1]]).toEqual([0x50, 0x4b]);
  });
});

describe('demo data of the workspace in a database seeded by an earlier version', () => {
  it('is added once at the next start, and not again after someone deletes it', async () => {
    const { seedDemo } = await import('../src/seed/demo.js');
    const records = () =>
      count(
        "select (select count(*) from decisions where id like 'kansk-2022-%') + (select count(*) from ioms) + (select count(*) from mentorships)::int as n",
      );
    await db.query("delete from decisions where id like 'kansk-2022-%'");
    await db.query('delete from ioms');
    await db.query('delete from mentorships');
    await db.query('delete from seed_marks');
    expect(await seedDemo(db)).toBe(false);
    expect(await records()).toBe(demoDecisions.length + 2);
    await db.query("delete from decisions where id like 'kansk-2022-%'");
    expect(await seedDemo(db)).toBe(false);
    expect(await records()).toBe(2);
  });
});
