// Seed 002 on the server: the demo municipality of МКУ «ЦООД» with its five low-results schools and
// their ВПР of 2018 and 2019, loaded at first start as an import of results; the dynamics, the
// findings sentence and the справка are the core's, computed from what the database stores — a
// changed record changes the words. Access: the methodologist sees its own municipality only, a
// school none; the operator names the municipality.
import { ctoodResults2019 } from '@shnro/core/examples';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../src/db/database.js';
import { ctoodResultsFile } from '../src/seed/ctood.js';
import { seedDemo } from '../src/seed/demo.js';
import type { TestClient } from './support/client.js';
import { openSignedIn } from './support/fixture.js';

let db: Database;
let ctood: TestClient;
let kansk: TestClient;
let school7: TestClient;
let operator: TestClient;

beforeAll(async () => {
  let clients: TestClient[];
  ({ db, clients } = await openSignedIn(['metodist.ctood', 'metodist.kansk', 'school7', 'operator']));
  [ctood, kansk, school7, operator] = clients as [TestClient, TestClient, TestClient, TestClient];
}, 300_000);

afterAll(async () => {
  await db.close();
});

const seedSentence =
  'Проведен мониторинг результативности показателей оценки качества образования (далее – показатели ОКО) за два года, определены ОО с низкими образовательными результатами, показавшие позитивную динамику, и ОО, результаты которых понизились. Итоги отображены в аналитической справке.';

describe('seed 002: the dynamics of five schools over two years, from the stored results', () => {
  it('loads the municipality, its five schools and their results once, at first start', async () => {
    const [stored] = await db.query<{ n: number; results: unknown[] }>(
      'select count(*)::int as n, max(jsonb_array_length(results))::int as results from result_imports where file_name = $1',
      [ctoodResultsFile],
    );
    expect(stored).toEqual({ n: 1, results: ctoodResults2019.length });
    // A second start seeds nothing twice.
    await seedDemo(db);
    const [again] = await db.query<{ n: number }>(
      'select count(*)::int as n from result_imports where file_name = $1',
      [ctoodResultsFile],
    );
    expect(again?.n).toBe(1);
    const [schools] = await db.query<{ n: number }>(
      "select count(*)::int as n from schools where municipality_id = 'ctood'",
    );
    expect(schools?.n).toBe(5);
  });

  it('the methodologist sees the five schools’ series, the verdicts and the seed’s sentence', async () => {
    const answer = await ctood.json('GET', '/api/dynamics');
    expect(answer.status).toBe(200);
    expect(answer.body['municipality'].id).toBe('ctood');
    expect(answer.body['series']).toHaveLength(5);
    expect(answer.body['result'].years).toEqual([2018, 2019]);
    const verdicts = Object.fromEntries(
      answer.body['result'].schools.map((row: { schoolId: string; classification: string }) => [
        row.schoolId,
        row.classification,
      ]),
    );
    // Two rose, two fell, one stayed within the policy's 0,1 (the seed's «позитивная динамика» and «понизились»).
    expect(verdicts).toEqual({
      'ctood-1': 'improving',
      'ctood-2': 'improving',
      'ctood-3': 'declining',
      'ctood-4': 'declining',
      'ctood-5': 'stable',
    });
    expect(answer.body['findings'].text).toBe(seedSentence);
  });

  it('a changed record changes the verdict and the words (nothing is typed)', async () => {
    // СОШ № 3's 2019 marks raised above 2018's: it no longer fell.
    await db.query(
      `update result_imports set results = (
         select jsonb_agg(case when r->>'schoolId' = 'ctood-3' and (r->>'year')::int = 2019
                               then jsonb_set(r, '{meanMark}', '3.9') else r end)
           from jsonb_array_elements(results) r)
        where file_name = $1`,
      [ctoodResultsFile],
    );
    try {
      const answer = await ctood.json('GET', '/api/dynamics');
      const row = answer.body['result'].schools.find((s: { schoolId: string }) => s.schoolId === 'ctood-3');
      expect(row.classification).toBe('improving');
      expect(answer.body['findings'].schools['declining']).toEqual(['ctood-4']);
    } finally {
      await db.query(`update result_imports set results = $2 where file_name = $1`, [
        ctoodResultsFile,
        JSON.stringify(ctoodResults2019),
      ]);
    }
  });

  it('the справка (information and analytical) comes from the same data, and as a DOCX', async () => {
    const information = await ctood.json('GET', '/api/dynamics/report');
    expect(information.status).toBe(200);
    expect(JSON.stringify(information.body)).toContain(seedSentence);
    const analytical = await ctood.json('GET', '/api/dynamics/report?kind=analytical');
    expect(analytical.body['sections'][0].id).toBe('dynamics');
    expect(JSON.stringify(analytical.body)).toContain('МОУ «СОШ № 3»');
    const docx = await ctood.request('GET', '/api/dynamics/report.docx?kind=analytical');
    expect(docx.status).toBe(200);
    expect(docx.headers.get('content-type')).toContain('wordprocessingml');
    const bytes = new Uint8Array(await docx.arrayBuffer());
    expect([...bytes.subarray(0, 2)]).toEqual([0x50, 0x4b]);
    const wrong = await ctood.json('GET', '/api/dynamics/report?kind=summary');
    expect(wrong.status).toBe(422);
    expect(wrong.body['error'].message).toContain('«kind»');
  });

  it('scoped: a school gets 403, another municipality has no such monitoring, the operator names one', async () => {
    expect((await school7.json('GET', '/api/dynamics')).status).toBe(403);
    const other = await kansk.json('GET', '/api/dynamics');
    expect(other.status).toBe(404);
    expect(other.body['error'].message).toContain('г. Канск');
    // The methodologist cannot reach ЦООД's by naming it: its own municipality is what it gets.
    expect((await kansk.json('GET', '/api/dynamics?municipalityId=ctood')).status).toBe(404);
    expect((await operator.json('GET', '/api/dynamics')).status).toBe(422);
    const region = await operator.json('GET', '/api/dynamics?municipalityId=ctood');
    expect(region.status).toBe(200);
    expect(region.body['findings'].text).toBe(seedSentence);
  });
});
