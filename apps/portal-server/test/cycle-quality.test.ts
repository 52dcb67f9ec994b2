// The registry as the element reads it, and a cycle's data quality on the server: two monitorings
// of one school year (seed 003: начальный and итоговый), the approval ladder of each unit's answers
// (approved answers locked, unlocked only with a reason), and closing after the deadline with every
// unit approved or excused with a reason. Each rule is the core's; the tests check that the server
// applies it, by role, and writes nothing on a refusal.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../src/db/database.js';
import type { TestClient } from './support/client.js';
import { openSignedIn } from './support/fixture.js';

const fixtures = new URL('../../../packages/core/test/fixtures/region/', import.meta.url);

let db: Database;
let school7: TestClient;
let kansk: TestClient;
let tukaevsky: TestClient;
let operator: TestClient;

beforeAll(async () => {
  let clients: TestClient[];
  ({ db, clients } = await openSignedIn(['school7', 'metodist.kansk', 'metodist.tukaevsky', 'operator']));
  [school7, kansk, tukaevsky, operator] = clients as [TestClient, TestClient, TestClient, TestClient];
  // PGlite's cold start takes seconds, minutes on a loaded machine.
}, 300_000);

afterAll(async () => {
  await db.close();
});

const empty = { input: { kind: 'counts', answers: {} } };

describe('the registry of the person’s reach (GET /api/registry)', () => {
  it('the operator’s is the region’s, the methodologist’s its municipality’s, a school’s its own', async () => {
    expect((await operator.json('GET', '/api/registry')).body['schools']).toEqual([]);
    const imported = await operator.json('POST', '/api/registry/imports', {
      fileName: 'registry-2023.csv',
      content: readFileSync(new URL('registry-2023.csv', fixtures)).toString('base64'),
    });
    expect(imported.status).toBe(201);
    const region = (await operator.json('GET', '/api/registry')).body;
    expect(region['schools']).toHaveLength(26);
    expect(region['teachers']).toEqual([]);
    const byMunicipality = await db.query<{ municipality_id: string; n: number }>(
      'select municipality_id, count(*)::int as n from schools where record is not null group by 1',
    );
    const kanskCount = byMunicipality.find((row) => row.municipality_id === 'kansk')!.n;
    expect(kanskCount).toBeGreaterThan(0);
    const own = (await kansk.json('GET', '/api/registry')).body;
    expect(own['municipalities']).toEqual([{ id: 'kansk', name: expect.any(String) }]);
    expect(own['schools']).toHaveLength(kanskCount);
    expect(own['schools'].every((s: { municipalityId: string }) => s.municipalityId === 'kansk')).toBe(true);
    // Each record is the core's RegistrySchool as imported (ИНН and all), not the portal's summary.
    expect(own['schools'][0]).toHaveProperty('inn');
    const other = (await tukaevsky.json('GET', '/api/registry')).body;
    expect(other['schools'].some((s: { municipalityId: string }) => s.municipalityId === 'kansk')).toBe(
      false,
    );
    const school = (await school7.json('GET', '/api/registry')).body;
    expect(school['schools'].every((s: { id: string }) => s.id === 'kansk-school-7')).toBe(true);
    expect(school['municipalities']).toEqual([{ id: 'kansk', name: expect.any(String) }]);
  });

  it('the region’s teachers file adds the teachers of the stored schools; each person sees those of their reach', async () => {
    const teachersFile = {
      fileName: 'teachers-2023.csv',
      content: readFileSync(new URL('../../portal/public/demo/teachers-2023.csv', import.meta.url)).toString(
        'base64',
      ),
    };
    const schoolsBefore = await db.query('select id, record from schools order by id');
    const preview = await operator.json('POST', '/api/registry/imports', { ...teachersFile, dryRun: true });
    expect(preview.status).toBe(200);
    expect(preview.body['diff']).toMatchObject({
      added: [],
      changed: [],
      removed: [],
      teachers: { added: 78 },
    });
    expect((await db.query('select 1 from registry_teachers')).length).toBe(0);
    const imported = await operator.json('POST', '/api/registry/imports', teachersFile);
    expect(imported.status).toBe(201);
    expect(imported.body['problems']).toEqual([]);
    // The schools are as they were: a teachers file changes no school.
    expect(await db.query('select id, record from schools order by id')).toEqual(schoolsBefore);
    expect((await operator.json('GET', '/api/registry')).body['teachers']).toHaveLength(78);
    const own = (await kansk.json('GET', '/api/registry')).body;
    const kanskSchools = new Set(own['schools'].map((s: { id: string }) => s.id));
    expect(own['teachers']).toHaveLength(54);
    expect(own['teachers'].every((t: { schoolId: string }) => kanskSchools.has(t.schoolId))).toBe(true);
    expect((await tukaevsky.json('GET', '/api/registry')).body['teachers']).not.toContainEqual(
      expect.objectContaining({ schoolId: own['teachers'][0].schoolId }),
    );
    expect((await school7.json('GET', '/api/registry')).body['teachers']).toEqual([]);
    // Read again, the same file updates the same teachers: none doubled.
    const again = await operator.json('POST', '/api/registry/imports', teachersFile);
    expect(again.body['diff'].teachers).toEqual({ added: 0, updated: 78 });
    expect((await db.query('select 1 from registry_teachers')).length).toBe(78);
  });
});

describe('two monitorings in one school year (stage)', () => {
  it('keys a cycle by municipality, year, set and stage; the same stage twice is refused', async () => {
    const first = await kansk.json('POST', '/api/cycles', {
      municipalityId: 'kansk',
      schoolYear: '2022-2023',
      stage: 'начальный мониторинг',
      deadline: '2022-10-01',
    });
    expect(first.status).toBe(201);
    expect(first.body).toMatchObject({
      id: 'kansk-2022-2023-municipal-monitoring',
      stage: 'начальный мониторинг',
    });
    const second = await kansk.json('POST', '/api/cycles', {
      municipalityId: 'kansk',
      schoolYear: '2022-2023',
      stage: 'итоговый мониторинг',
      deadline: '2999-05-20',
    });
    expect(second.status).toBe(201);
    expect(second.body['id']).toBe('kansk-2022-2023-municipal-monitoring-2');
    const again = await kansk.json('POST', '/api/cycles', {
      municipalityId: 'kansk',
      schoolYear: '2022-2023',
      stage: 'итоговый мониторинг',
    });
    expect(again.status).toBe(409);
    expect(again.body['error'].message).toBe(
      'Цикл мониторинга «итоговый мониторинг» за 2022-2023 уже открыт.',
    );
    const listed = (await kansk.json('GET', '/api/cycles')).body['cycles'].map(
      (c: { id: string; stage?: string }) => [c.id, c.stage ?? null],
    );
    expect(listed).toEqual([
      ['kansk-2021-2022-municipal-monitoring', null],
      ['kansk-2022-2023-municipal-monitoring', 'начальный мониторинг'],
      ['kansk-2022-2023-municipal-monitoring-2', 'итоговый мониторинг'],
    ]);
    // The итоговый is compared with the начальный of the same year, not with the year before.
    const document = (await kansk.json('GET', '/api/cycles/kansk-2022-2023-municipal-monitoring-2/document'))
      .body;
    expect(document['cycle'].stage).toBe('итоговый мониторинг');
    expect(document['previous'].id).toBe('kansk-2022-2023-municipal-monitoring');
    const before = (await kansk.json('GET', '/api/cycles/kansk-2022-2023-municipal-monitoring/document'))
      .body;
    expect(before['previous'].id).toBe('kansk-2021-2022-municipal-monitoring');
  });
});

describe('open → collecting: a new cycle takes answers only once the methodologist starts the collection', () => {
  const cycles = ['kansk-2022-2023-municipal-monitoring', 'kansk-2022-2023-municipal-monitoring-2'];

  it('a new cycle is open; its forms are refused, and nothing is written', async () => {
    const listed = (await kansk.json('GET', '/api/cycles')).body['cycles'] as {
      id: string;
      status: string;
    }[];
    expect(listed.filter((c) => cycles.includes(c.id)).map((c) => c.status)).toEqual(['open', 'open']);
    const school = await school7.json('PUT', `/api/cycles/${cycles[0]}/answers/kansk-school-7`, empty);
    expect(school.status).toBe(409);
    expect(school.body['error'].message).toBe(
      'Сбор данных по циклу ещё не начат: форма принимает ответы после того, как методист начнёт сбор.',
    );
    expect((await kansk.json('PUT', `/api/cycles/${cycles[0]}/answers/municipality`, empty)).status).toBe(
      409,
    );
    const [stored] = await db.query<{ n: number }>(
      'select count(*)::int as n from monitoring_answers where cycle_id = any($1)',
      [cycles],
    );
    expect(stored?.n).toBe(0);
  });

  it('only its municipality’s methodologist starts it, once; then the forms take answers', async () => {
    expect((await school7.json('POST', `/api/cycles/${cycles[0]}/collect`, {})).status).toBe(403);
    expect((await operator.json('POST', `/api/cycles/${cycles[0]}/collect`, {})).status).toBe(403);
    expect((await tukaevsky.json('POST', `/api/cycles/${cycles[0]}/collect`, {})).status).toBe(404);
    const extra = await kansk.json('POST', `/api/cycles/${cycles[0]}/collect`, { status: 'closed' });
    expect(extra.status).toBe(422);
    for (const id of cycles) {
      const started = await kansk.json('POST', `/api/cycles/${id}/collect`, {});
      expect(started.status).toBe(200);
      expect(started.body).toEqual({ id, status: 'collecting' });
    }
    const again = await kansk.json('POST', `/api/cycles/${cycles[0]}/collect`, {});
    expect(again.status).toBe(409);
    expect(again.body['error'].message).toBe('Сбор данных по циклу уже идёт.');
    const document = (await kansk.json('GET', `/api/cycles/${cycles[0]}/document`)).body['cycle'];
    expect(document.status).toBe('collecting');
  });
});

describe('approval and closing', () => {
  const cycle = 'kansk-2022-2023-municipal-monitoring';
  const approval = (scope: string) => `/api/cycles/${cycle}/answers/${scope}/approval`;

  it('approved answers are locked; returning and unlocking need a reason; only the methodologist decides', async () => {
    expect((await school7.json('PUT', `/api/cycles/${cycle}/answers/kansk-school-7`, empty)).status).toBe(
      200,
    );
    expect((await school7.json('POST', approval('kansk-school-7'), { action: 'approve' })).status).toBe(403);
    expect((await tukaevsky.json('POST', approval('kansk-school-7'), { action: 'approve' })).status).toBe(
      404,
    );
    const approved = await kansk.json('POST', approval('kansk-school-7'), { action: 'approve' });
    expect(approved.status).toBe(200);
    expect(approved.body['state']).toBe('approved');
    const locked = await school7.json('PUT', `/api/cycles/${cycle}/answers/kansk-school-7`, {
      ...empty,
      baseRevision: 1,
    });
    expect(locked.status).toBe(409);
    expect(locked.body['error'].message).toMatch(/утверждены и заблокированы/);
    const bare = await kansk.json('POST', approval('kansk-school-7'), { action: 'unlock' });
    expect(bare.status).toBe(422);
    expect(bare.body['error'].message).toMatch(/укажите причину/);
    const unlocked = await kansk.json('POST', approval('kansk-school-7'), {
      action: 'unlock',
      comment: 'Школа уточнила число педагогов',
    });
    expect(unlocked.body['state']).toBe('draft');
    expect(
      (
        await school7.json('PUT', `/api/cycles/${cycle}/answers/kansk-school-7`, {
          ...empty,
          baseRevision: 1,
        })
      ).status,
    ).toBe(200);
    const again = await kansk.json('POST', approval('kansk-school-7'), { action: 'approve' });
    expect(again.body['trace'].map((step: { action: string }) => step.action)).toEqual([
      'approve',
      'unlock',
      'approve',
    ]);
    // A unit that never answered cannot be approved: the core's refusal names its state.
    const draft = await kansk.json('POST', approval('kansk-school-5'), { action: 'approve' });
    expect(draft.status).toBe(409);
    expect(draft.body['error'].message).toMatch(/черновик/);
  });

  it('closes only after the deadline, with every unit approved or excused with a reason', async () => {
    const early = await kansk.json('POST', '/api/cycles/kansk-2022-2023-municipal-monitoring-2/close', {});
    expect(early.status).toBe(409);
    expect(early.body['error'].message).toMatch(/до окончания срока представления данных \(20\.05\.2999\)/);
    expect((await school7.json('POST', `/api/cycles/${cycle}/close`, {})).status).toBe(403);
    expect((await tukaevsky.json('POST', `/api/cycles/${cycle}/close`, {})).status).toBe(404);
    const missing = await kansk.json('POST', `/api/cycles/${cycle}/close`, {});
    expect(missing.status).toBe(409);
    expect(missing.body['error'].message).toMatch(/^Цикл нельзя закрыть: не утверждены ответы /);
    const { cycle: stored } = (await kansk.json('GET', `/api/cycles/${cycle}/document`)).body as {
      cycle: { units: { unitId: string; state: string }[] };
    };
    const open = stored.units.filter((unit) => unit.state !== 'approved').map((unit) => unit.unitId);
    expect(open).not.toContain('kansk-school-7');
    const noReason = await kansk.json('POST', `/api/cycles/${cycle}/close`, {
      exceptions: open.map((unitId) => ({ unitId, reason: ' ' })),
    });
    expect(noReason.status).toBe(422);
    expect((await kansk.json('GET', '/api/cycles')).body['cycles'][1].status).toBe('collecting');
    const closed = await kansk.json('POST', `/api/cycles/${cycle}/close`, {
      exceptions: open.map((unitId) => ({ unitId, reason: 'Не представила данные в срок' })),
    });
    expect(closed.status).toBe(200);
    expect(closed.body).toMatchObject({ status: 'closed', exceptions: open.map((unitId) => ({ unitId })) });
    const after = (await kansk.json('GET', `/api/cycles/${cycle}/document`)).body['cycle'];
    expect(after.status).toBe('closed');
    expect(after.closedAt).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    const late = await school7.json('PUT', `/api/cycles/${cycle}/answers/kansk-school-7`, {
      ...empty,
      baseRevision: 2,
    });
    expect(late.status).toBe(409);
    expect(late.body['error'].message).toMatch(/закрыт/);
    expect((await kansk.json('POST', `/api/cycles/${cycle}/close`, {})).status).toBe(409);
  });
});
