// Access rules: every query is scoped on the server by role. A school edits ids in its requests
// and finds nothing of another school; a methodologist cannot reach another municipality.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../src/db/database.js';
import { demoCycle } from '../src/seed/demo.js';
import type { TestClient } from './support/client.js';
import { openFixture } from './support/fixture.js';
import { sampleRoadmap } from './support/roadmap.js';

let db: Database;
let school7: TestClient;
let school5: TestClient;
let maloshilna: TestClient;
let kansk: TestClient;
let tukaevsky: TestClient;
let operator: TestClient;

const school7Ref = { id: 'kansk-school-7', name: 'МБОУ «СОШ № 7»' };
const school5Ref = { id: 'kansk-school-5', name: 'МБОУ «СОШ № 5»' };
const malRef = { id: 'tukaevsky-maloshilna', name: 'МБОУ «Малошильнинская СОШ»' };

async function snapshot() {
  return db.query('select id, revision, document from roadmaps order by id');
}

beforeAll(async () => {
  const fixture = await openFixture();
  db = fixture.db;
  const clients = await Promise.all(
    ['school7', 'school5', 'maloshilna', 'metodist.kansk', 'metodist.tukaevsky', 'operator'].map(
      fixture.signedIn,
    ),
  );
  [school7, school5, maloshilna, kansk, tukaevsky, operator] = clients as [
    TestClient,
    TestClient,
    TestClient,
    TestClient,
    TestClient,
    TestClient,
  ];
  for (const [client, ref, id] of [
    [school7, school7Ref, 'rm-7'],
    [school5, school5Ref, 'rm-5'],
    [maloshilna, malRef, 'rm-mal'],
  ] as const) {
    const created = await client.json('POST', '/api/roadmaps', { roadmap: sampleRoadmap(id, ref) });
    expect(created.status).toBe(201);
  }
  await school5.json('PUT', `/api/cycles/${demoCycle.id}/answers/kansk-school-5`, {
    input: { kind: 'counts', answers: {} },
  });
});

afterAll(async () => {
  await db.close();
});

describe('a school team', () => {
  it('sees only its own school and roadmaps', async () => {
    const schools = await school7.json('GET', '/api/schools');
    expect(schools.body['schools'].map((s: { id: string }) => s.id)).toEqual(['kansk-school-7']);
    const list = await school7.json('GET', '/api/roadmaps');
    expect(list.body['roadmaps'].map((r: { id: string }) => r.id)).toEqual(['rm-7']);
    expect((await school7.json('GET', '/api/roadmaps/rm-7')).status).toBe(200);
  });

  it('cannot read another school’s roadmap by editing the id, in its municipality or another', async () => {
    for (const id of ['rm-5', 'rm-mal']) {
      const read = await school7.json('GET', `/api/roadmaps/${id}`);
      expect(read.status).toBe(404);
      expect(read.body['error'].message).toMatch(/не найдена или недоступна/);
      expect(JSON.stringify(read.body)).not.toContain('Малошильнинская');
    }
  });

  it('cannot change another school’s roadmap by editing the id: nothing is written', async () => {
    const before = await snapshot();
    const theirs = (await school5.json('GET', '/api/roadmaps/rm-5')).body;
    const put = await school7.json('PUT', '/api/roadmaps/rm-5', {
      baseRevision: theirs['revision'],
      roadmap: { ...theirs['document'], title: 'Подменено школой № 7' },
    });
    expect(put.status).toBe(404);
    const transition = await school7.json('POST', '/api/roadmaps/rm-5/transitions', {
      action: 'submit',
      baseRevision: 1,
    });
    expect(transition.status).toBe(404);
    expect(await snapshot()).toEqual(before);
  });

  it('cannot move its own roadmap to another school by editing school.id', async () => {
    const before = await snapshot();
    const own = (await school7.json('GET', '/api/roadmaps/rm-7')).body;
    const put = await school7.json('PUT', '/api/roadmaps/rm-7', {
      baseRevision: own['revision'],
      roadmap: { ...own['document'], school: school5Ref },
    });
    // The server keeps the school it holds: the save succeeds but the school is unchanged.
    expect(put.status).toBe(200);
    expect(put.body['document'].school).toEqual(school7Ref);
    const created = await school7.json('POST', '/api/roadmaps', {
      roadmap: sampleRoadmap('rm-fake', school5Ref),
    });
    expect(created.status).toBe(403);
    expect(created.body['error'].issues[0].path).toBe('roadmap.school.id');
    expect((await snapshot()).map((r) => r['id'])).toEqual(before.map((r) => r['id']));
  });

  it('cannot read or send another school’s monitoring answers', async () => {
    const cycle = await school7.json('GET', `/api/cycles/${demoCycle.id}`);
    expect(cycle.status).toBe(200);
    expect(cycle.body['answers']).toEqual([]);
    const put = await school7.json('PUT', `/api/cycles/${demoCycle.id}/answers/kansk-school-5`, {
      input: { kind: 'counts', answers: {} },
      baseRevision: 1,
    });
    expect(put.status).toBe(404);
    const municipal = await school7.json('PUT', `/api/cycles/${demoCycle.id}/answers/municipality`, {
      input: { kind: 'counts', answers: {} },
    });
    expect(municipal.status).toBe(403);
    const [row] = await db.query<{ n: number }>('select count(*)::int as n from monitoring_submissions');
    expect(row!.n).toBe(1);
  });

  it('cannot review: returning or approving is the methodologist’s', async () => {
    const own = (await school7.json('GET', '/api/roadmaps/rm-7')).body;
    const approve = await school7.json('POST', '/api/roadmaps/rm-7/transitions', {
      action: 'approve',
      baseRevision: own['revision'],
      order: 'приказ № 1 от 01.09.2022',
    });
    expect(approve.status).toBe(403);
    expect(approve.body['error'].message).toMatch(/методист/);
  });
});

describe('a municipal methodologist', () => {
  it('sees the schools, roadmaps and answers of its municipality only', async () => {
    const schools = await kansk.json('GET', '/api/schools');
    expect(schools.body['schools'].map((s: { id: string }) => s.id).sort()).toEqual([
      'kansk-school-5',
      'kansk-school-7',
    ]);
    const roadmaps = await kansk.json('GET', '/api/roadmaps');
    expect(roadmaps.body['roadmaps'].map((r: { id: string }) => r.id).sort()).toEqual(['rm-5', 'rm-7']);
    const cycle = await kansk.json('GET', `/api/cycles/${demoCycle.id}`);
    expect(cycle.body['answers'].map((a: { scope: string }) => a.scope)).toEqual(['kansk-school-5']);
  });

  it('cannot reach another municipality: its schools, roadmaps, cycles', async () => {
    expect((await kansk.json('GET', '/api/roadmaps/rm-mal')).status).toBe(404);
    const filtered = await kansk.json('GET', '/api/schools?municipalityId=tukaevsky');
    expect(filtered.body['schools']).toEqual([]);
    expect((await tukaevsky.json('GET', `/api/cycles/${demoCycle.id}`)).status).toBe(404);
    const opened = await kansk.json('POST', '/api/cycles', {
      municipalityId: 'tukaevsky',
      schoolYear: '2022-2023',
    });
    expect(opened.status).toBe(404);
    const municipalities = await kansk.json('GET', '/api/municipalities');
    expect(municipalities.body['municipalities'].map((m: { id: string }) => m.id)).toEqual(['kansk']);
  });

  it('cannot return or approve another municipality’s roadmap: nothing is written', async () => {
    await maloshilna.json('POST', '/api/roadmaps/rm-mal/transitions', { action: 'submit', baseRevision: 1 });
    const before = await snapshot();
    const returned = await kansk.json('POST', '/api/roadmaps/rm-mal/transitions', {
      action: 'return',
      baseRevision: 2,
      remarks: [
        { id: 'r1', target: {}, author: 'x', date: '2022-10-01', text: 'Общие формулировки', status: 'open' },
      ],
    });
    expect(returned.status).toBe(404);
    expect(await snapshot()).toEqual(before);
    // Its own methodologist can.
    const own = await tukaevsky.json('POST', '/api/roadmaps/rm-mal/transitions', {
      action: 'return',
      baseRevision: 2,
      remarks: [
        { id: 'r1', target: {}, author: 'x', date: '2022-10-01', text: 'Общие формулировки', status: 'open' },
      ],
    });
    expect(own.status).toBe(200);
    expect(own.body['document'].status).toBe('returned');
    expect(own.body['document'].remarks[0].author).toBe('Методист Тукаевского района');
  });
});

describe('the regional operator', () => {
  it('sees the whole region but edits no school’s roadmap', async () => {
    const roadmaps = await operator.json('GET', '/api/roadmaps');
    expect(roadmaps.body['roadmaps']).toHaveLength(3);
    const municipalities = await operator.json('GET', '/api/municipalities');
    // Канск, Тукаевский, Ленинградский and seed 002's municipality of МКУ «ЦООД».
    expect(municipalities.body['municipalities']).toHaveLength(4);
    const own = (await operator.json('GET', '/api/roadmaps/rm-7')).body;
    const put = await operator.json('PUT', '/api/roadmaps/rm-7', {
      baseRevision: own['revision'],
      roadmap: own['document'],
    });
    expect(put.status).toBe(403);
  });
});

describe('sessions and CSRF', () => {
  it('refuses changes without a session (401) and without the CSRF token (403)', async () => {
    const stranger = school7.transport;
    const anonymous = await stranger('http://localhost/api/roadmaps', { method: 'GET' });
    expect(anonymous.status).toBe(401);
    const noToken = await school7.json(
      'PUT',
      '/api/roadmaps/rm-7',
      { baseRevision: 1, roadmap: {} },
      { 'x-csrf-token': '' },
    );
    expect(noToken.status).toBe(403);
    expect(noToken.body['error'].code).toBe('csrf');
    const wrongOrigin = await school7.json(
      'PUT',
      '/api/roadmaps/rm-7',
      { baseRevision: 1, roadmap: {} },
      { origin: 'https://evil.example' },
    );
    expect(wrongOrigin.status).toBe(403);
  });

  it('sets an HttpOnly SameSite=Strict cookie, Secure with the __Host- prefix over https', async () => {
    const session = await school7.transport('http://localhost/api/session', { method: 'GET' });
    const csrf = ((await session.json()) as { csrfToken: string }).csrfToken;
    const cookie = session.headers.getSetCookie()[0]!;
    const login = await school7.transport('http://localhost/api/session', {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-csrf-token': csrf, cookie: cookie.split(';')[0]! },
      body: JSON.stringify({ login: 'school7', password: 'shnor-school-7' }),
    });
    const set = login.headers.getSetCookie().join('\n');
    expect(set).toMatch(/shnro_session=[\w-]{40,}; Max-Age=\d+; Path=\/; HttpOnly; SameSite=Strict/);
    const https = await school7.transport('https://localhost/api/session', { method: 'GET' });
    expect(https.headers.getSetCookie()[0]).toMatch(/^__Host-shnro_login_csrf=.*; Secure/);
  });

  it('refuses a wrong password with a Russian message, and stores only a hash of the session token', async () => {
    const client = school7.transport;
    const session = await client('http://localhost/api/session', { method: 'GET' });
    const csrf = ((await session.json()) as { csrfToken: string }).csrfToken;
    const response = await client('http://localhost/api/session', {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'x-csrf-token': csrf,
        cookie: session.headers.getSetCookie()[0]!.split(';')[0]!,
      },
      body: JSON.stringify({ login: 'school7', password: 'не тот' }),
    });
    expect(response.status).toBe(401);
    expect(((await response.json()) as { error: { message: string } }).error.message).toBe(
      'Неверный логин или пароль.',
    );
    const token = school7.cookies.get('shnro_session')!;
    const rows = await db.query('select 1 from sessions where token_hash = $1', [token]);
    expect(rows).toHaveLength(0);
    const [user] = await db.query<{ password_hash: string }>(
      "select password_hash from users where login = 'school7'",
    );
    expect(user!.password_hash).toMatch(/^scrypt\$16384\$8\$1\$/);
  });

  it('ends the session on sign-out', async () => {
    const client = await (await openFixtureClient()).signIn('school5');
    expect((await client.json('DELETE', '/api/session')).status).toBe(200);
    expect((await client.json('GET', '/api/roadmaps')).status).toBe(401);
  });
});

// A fresh client on the same database, for sign-out without disturbing the shared ones.
async function openFixtureClient() {
  const { TestClient } = await import('./support/client.js');
  return new TestClient(school7.transport);
}
