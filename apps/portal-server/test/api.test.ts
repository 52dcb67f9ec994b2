// Bad input never reaches the database: malformed, oversized and schema-invalid bodies get a 4xx
// with a Russian message naming the field; an idempotency key makes a repeat harmless; a stale
// revision is a conflict that returns the server's newer version.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../src/db/database.js';
import { demoCycle } from '../src/seed/demo.js';
import type { TestClient } from './support/client.js';
import { openFixture } from './support/fixture.js';
import { sampleRoadmap } from './support/roadmap.js';

let db: Database;
let school7: TestClient;
let kansk: TestClient;
let anonymous: TestClient;
const school7Ref = { id: 'kansk-school-7', name: 'МБОУ «СОШ № 7»' };
const answersPath = `/api/cycles/${demoCycle.id}/answers/kansk-school-7`;

const count = async (table: string) =>
  (await db.query<{ n: number }>(`select count(*)::int as n from ${table}`))[0]!.n;

beforeAll(async () => {
  const fixture = await openFixture();
  db = fixture.db;
  [school7, kansk] = await Promise.all([fixture.signedIn('school7'), fixture.signedIn('metodist.kansk')]);
  anonymous = fixture.client();
  expect(
    (await school7.json('POST', '/api/roadmaps', { roadmap: sampleRoadmap('rm-7', school7Ref) })).status,
  ).toBe(201);
});

afterAll(async () => {
  await db.close();
});

describe('bad bodies', () => {
  it('malformed JSON → 400 saying where it broke', async () => {
    const response = await school7.json('PUT', '/api/roadmaps/rm-7', '{"baseRevision": 1, "roadmap": {');
    expect(response.status).toBe(400);
    expect(response.body['error'].message).toMatch(/^Тело запроса — не корректный JSON/);
  });

  it('a body that is not JSON → 415; an empty one → 400', async () => {
    const form = await school7.json('PUT', '/api/roadmaps/rm-7', undefined, { 'content-type': 'text/plain' });
    expect(form.status).toBe(415);
    const empty = await school7.json('PUT', '/api/roadmaps/rm-7', '', { 'content-type': 'application/json' });
    expect(empty.status).toBe(400);
  });

  it('over 5 MB → 413, whether declared or streamed', async () => {
    const big = JSON.stringify({ baseRevision: 1, roadmap: { title: 'ж'.repeat(3 * 1024 * 1024) } });
    const response = await school7.json('PUT', '/api/roadmaps/rm-7', big);
    expect(response.status).toBe(413);
    expect(response.body['error'].message).toMatch(/больше 5 МБ/);
    const revision = await db.query<{ revision: number }>("select revision from roadmaps where id = 'rm-7'");
    expect(revision[0]!.revision).toBe(1);
  });

  it('schema-invalid → 422 naming each field in Russian; nothing written', async () => {
    const before = await db.query("select document from roadmaps where id = 'rm-7'");
    const roadmap = {
      ...sampleRoadmap('rm-7', school7Ref),
      title: '',
      period: { start: '2022-13-01', end: '2023-06-30' },
    };
    const response = await school7.json('PUT', '/api/roadmaps/rm-7', { baseRevision: 1, roadmap });
    expect(response.status).toBe(422);
    const paths = response.body['error'].issues.map((issue: { path: string }) => issue.path);
    expect(paths).toEqual(expect.arrayContaining(['roadmap.title', 'roadmap.period.start']));
    for (const issue of response.body['error'].issues) expect(issue.message).toMatch(/[а-яё]/i);
    expect(response.body['error'].messageEn).toMatch(/[a-z]/);
    expect(await db.query("select document from roadmaps where id = 'rm-7'")).toEqual(before);
  });

  it('unknown fields and wrong types in the wrapper are named too', async () => {
    const response = await school7.json('PUT', answersPath, {
      input: { kind: 'counts', answers: { '1.1': 'да' } },
      extra: 1,
    });
    expect(response.status).toBe(422);
    expect(response.body['error'].message).toMatch(/extra/);
    const answer = await school7.json('PUT', answersPath, {
      input: { kind: 'counts', answers: { '1.1': 'да' } },
    });
    expect(answer.status).toBe(422);
    expect(answer.body['error'].issues[0].path).toBe('input.answers["1.1"]');
    expect(await count('monitoring_submissions')).toBe(0);
  });

  it('answers that only the server can check (against the indicator set) → 422 per indicator', async () => {
    const response = await school7.json('PUT', answersPath, {
      input: { kind: 'counts', answers: { 'нет-такого': 3 } },
    });
    expect(response.status).toBe(422);
    expect(response.body['error'].issues[0].path).toMatch(/^input\./);
    expect(response.body['error'].message).toMatch(/[а-яё]/i);
    expect(await count('monitoring_submissions')).toBe(0);
  });

  it('no route → 404 in Russian; no session → 401 asking to sign in', async () => {
    expect((await school7.json('GET', '/api/nothing')).body['error'].message).toBe(
      'Такого адреса в API нет.',
    );
    const response = await anonymous.json('GET', '/api/roadmaps');
    expect(response.status).toBe(401);
    expect(response.body['error'].message).toMatch(/Войдите снова/);
  });
});

describe('idempotency keys', () => {
  it('the same request twice (sequential and at once) is applied once and answered the same', async () => {
    const body = { input: { kind: 'counts', answers: {} } };
    const headers = { 'idempotency-key': 'key-monitoring-0001' };
    const [first, second] = await Promise.all([
      school7.json('PUT', answersPath, body, headers),
      school7.json('PUT', answersPath, body, headers),
    ]);
    const third = await school7.json('PUT', answersPath, body, headers);
    expect(first.status).toBe(200);
    expect(second.body).toEqual(first.body);
    expect(third.body).toEqual(first.body);
    expect(third.headers.get('idempotent-replayed')).toBe('true');
    expect(await count('monitoring_submissions')).toBe(1);
  });

  it('the same key with another body is refused', async () => {
    const response = await school7.json(
      'PUT',
      answersPath,
      { input: { kind: 'counts', answers: { '1.1': true } }, baseRevision: 1 },
      { 'idempotency-key': 'key-monitoring-0001' },
    );
    expect(response.status).toBe(422);
    expect(response.body['error'].code).toBe('idempotency-key-reused');
  });

  it('keys are per person: another user’s identical key is a different request', async () => {
    const response = await kansk.json(
      'PUT',
      `/api/cycles/${demoCycle.id}/answers/municipality`,
      { input: { kind: 'counts', answers: {} } },
      { 'idempotency-key': 'key-monitoring-0001' },
    );
    expect(response.status).toBe(200);
  });

  it('a refusal is stored with its key and rolls back what the request had written', async () => {
    const headers = { 'idempotency-key': 'key-transition-0001' };
    const refused = await kansk.json(
      'POST',
      '/api/roadmaps/rm-7/transitions',
      { action: 'approve', baseRevision: 1 },
      headers,
    );
    expect(refused.status).toBe(409);
    const again = await kansk.json(
      'POST',
      '/api/roadmaps/rm-7/transitions',
      { action: 'approve', baseRevision: 1 },
      headers,
    );
    expect(again.body).toEqual(refused.body);
    expect(await count('roadmap_events')).toBe(0);
  });
});

describe('conflicts', () => {
  it('a save on a stale revision → 409 with the server’s version; both are kept', async () => {
    const current = (await school7.json('GET', '/api/roadmaps/rm-7')).body;
    const saved = await school7.json('PUT', '/api/roadmaps/rm-7', {
      baseRevision: current['revision'],
      roadmap: { ...current['document'], title: 'Версия из кабинета директора' },
    });
    expect(saved.status).toBe(200);
    const stale = await school7.json('PUT', '/api/roadmaps/rm-7', {
      baseRevision: current['revision'],
      roadmap: { ...current['document'], title: 'Версия с ноутбука завуча' },
    });
    expect(stale.status).toBe(409);
    expect(stale.body['error'].current.document.title).toBe('Версия из кабинета директора');
    expect(stale.body['error'].current.revision).toBe(saved.body['revision']);
  });

  it('the full review cycle runs through the core’s lifecycle rules', async () => {
    let revision = (await school7.json('GET', '/api/roadmaps/rm-7')).body['revision'] as number;
    const step = async (client: TestClient, body: Record<string, unknown>) => {
      const response = await client.json('POST', '/api/roadmaps/rm-7/transitions', {
        baseRevision: revision,
        ...body,
      });
      if (response.status === 200) revision = response.body['revision'];
      return response;
    };
    expect((await step(school7, { action: 'submit' })).body['document'].status).toBe('submitted');
    const noRemark = await step(kansk, { action: 'return' });
    expect(noRemark.status).toBe(422);
    expect(noRemark.body['error'].issues[0].path).toBe('remarks');
    const remark = {
      id: 'rem-1',
      target: {},
      author: '—',
      date: '2022-10-01',
      text: 'Общие формулировки',
      status: 'open',
    };
    expect((await step(kansk, { action: 'return', remarks: [remark] })).body['document'].status).toBe(
      'returned',
    );
    const doc = (await school7.json('GET', '/api/roadmaps/rm-7')).body['document'];
    const resubmitted = await step(school7, {
      action: 'submit',
      roadmap: { ...doc, remarks: [{ ...doc.remarks[0], status: 'resolved' }] },
    });
    expect(resubmitted.body['document'].version).toBe(2);
    const noOrder = await step(kansk, { action: 'approve' });
    expect(noOrder.body['error'].issues[0].path).toBe('order');
    const approved = await step(kansk, { action: 'approve', order: 'приказ № 1699-осн от 30.12.2022' });
    expect(approved.body['document'].status).toBe('approved');
    expect(approved.body['document'].approval).toMatchObject({ number: '1699-осн', date: '2022-12-30' });
    expect(await count('roadmap_events')).toBeGreaterThanOrEqual(5);
  });

  it('the reviewer marks remarks resolved with the approval (the core gives that to the reviewer)', async () => {
    const school = { id: 'kansk-school-7', name: 'МБОУ «СОШ № 7»' };
    const created = await school7.json('POST', '/api/roadmaps', { roadmap: sampleRoadmap('rm-7b', school) });
    let revision = created.body['revision'] as number;
    const step = async (client: TestClient, body: Record<string, unknown>) => {
      const response = await client.json('POST', '/api/roadmaps/rm-7b/transitions', {
        baseRevision: revision,
        ...body,
      });
      if (response.status === 200) revision = response.body['revision'];
      return response;
    };
    const remark = {
      id: 'rem-b',
      target: {},
      author: '—',
      date: '2022-10-01',
      text: 'Уточните сроки',
      status: 'open',
    };
    await step(school7, { action: 'submit' });
    await step(kansk, { action: 'return', remarks: [remark] });
    await step(school7, { action: 'submit' });
    const order = 'приказ № 1699-осн от 30.12.2022';
    const open = await step(kansk, { action: 'approve', order });
    expect(open.status).toBe(422);
    expect(open.body['error'].code).toBe('open-remarks');
    const approved = await step(kansk, {
      action: 'approve',
      order,
      remarks: [{ ...remark, status: 'resolved', resolvedOn: '2022-12-29' }],
    });
    expect(approved.status).toBe(200);
    expect(approved.body['document'].remarks).toEqual([
      expect.objectContaining({
        id: 'rem-b',
        status: 'resolved',
        resolvedOn: '2022-12-29',
        author: 'О. Г. Викульева, методист г. Канска',
      }),
    ]);
  });
});

describe('OpenAPI', () => {
  it('serves a 3.1 document whose schemas are the core’s, with every $ref resolvable', async () => {
    const doc = (await anonymous.json('GET', '/api/openapi.json')).body;
    expect(doc['openapi']).toBe('3.1.0');
    const schemas = doc['components'].schemas as Record<string, unknown>;
    expect(schemas).toHaveProperty('Roadmap');
    expect(schemas).toHaveProperty('CountsInput');
    for (const path of [
      '/api/registry/imports',
      '/api/results/imports',
      '/api/identification/runs',
      '/api/identification/proposals/{schoolId}/{category}/decision',
      '/api/decisions/{id}',
      '/api/ioms/{id}',
      '/api/mentorships/{id}',
      '/api/cycles/{id}/document',
      '/api/cycles/{id}/report',
      '/api/cycles/{id}/report.docx',
      '/api/dynamics',
      '/api/dynamics/report',
      '/api/dynamics/report.docx',
    ])
      expect(doc['paths'], path).toHaveProperty([path]);
    expect(schemas['SaveDecisionRecordRequest']).toMatchObject({
      properties: { document: { $ref: '#/components/schemas/DecisionRecord' } },
    });
    const refs = JSON.stringify(doc).match(/"\$ref":"[^"]+"/g) ?? [];
    expect(refs.length).toBeGreaterThan(10);
    for (const ref of refs) {
      const [, kind, name] = /#\/components\/(\w+)\/([^"]+)/.exec(ref)!;
      expect(doc['components'][kind!], ref).toHaveProperty([name!]);
    }
  });
});
