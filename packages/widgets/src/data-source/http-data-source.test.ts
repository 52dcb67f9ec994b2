// The HTTP data source's mapping from the demo server's answers to SendResults, over a fetch
// that plays the server: CSRF token fetched once and renewed on a csrf refusal, the key sent on
// every attempt, timeouts counted as unavailable (retried), 401/409/422/5xx told apart.
import { describe, expect, it } from 'vitest';
import { createHttpDataSource } from './http-data-source.js';

interface Call {
  method: string;
  url: string;
  headers: Record<string, string>;
  body: unknown;
}

function server(answer: (call: Call) => Response | Promise<Response>) {
  const calls: Call[] = [];
  let token = 'token-1';
  const fetch = async (input: RequestInfo | URL, init: RequestInit = {}) => {
    const url = String(input);
    if (url.endsWith('/session')) return Response.json({ user: null, csrfToken: token });
    const call: Call = {
      method: init.method ?? 'GET',
      url,
      headers: init.headers as Record<string, string>,
      body: init.body ? JSON.parse(String(init.body)) : undefined,
    };
    calls.push(call);
    if (call.method !== 'GET' && call.headers['x-csrf-token'] !== token) {
      return Response.json({ error: { code: 'csrf', message: 'Нет токена' } }, { status: 403 });
    }
    return answer(call);
  };
  return { calls, fetch: fetch as typeof globalThis.fetch, renew: (next: string) => (token = next) };
}

const ref = { kind: 'monitoring', cycleId: 'c1', scope: 'school-7' } as const;
const roadmapRef = { kind: 'roadmap', id: 'rm-7' } as const;

describe('createHttpDataSource', () => {
  it('submits answers with the CSRF token and the idempotency key, and reads the stored revision', async () => {
    const fake = server((call) =>
      Response.json({ revision: 3, input: (call.body as { input: unknown }).input }),
    );
    const source = createHttpDataSource({ baseUrl: '/api/', fetch: fake.fetch });
    const result = await source.submit(
      ref,
      { kind: 'counts', answers: {} },
      { idempotencyKey: 'key-00000001', baseRevision: 2 },
    );
    expect(result).toEqual({
      kind: 'accepted',
      stored: { ref, revision: 3, document: { kind: 'counts', answers: {} } },
    });
    expect(fake.calls[0]).toMatchObject({
      method: 'PUT',
      url: '/api/cycles/c1/answers/school-7',
      headers: { 'idempotency-key': 'key-00000001', 'x-csrf-token': 'token-1' },
      body: { input: { kind: 'counts', answers: {} }, baseRevision: 2 },
    });
  });

  it('renews a stale CSRF token once and resends with the same key', async () => {
    const fake = server(() => Response.json({ id: 'rm-7', revision: 2, document: { title: 'x' } }));
    const source = createHttpDataSource({ baseUrl: '/api', fetch: fake.fetch });
    await source.save(roadmapRef, { title: 'x' }, { idempotencyKey: 'key-00000002', baseRevision: 1 });
    fake.renew('token-2');
    const result = await source.save(
      roadmapRef,
      { title: 'y' },
      { idempotencyKey: 'key-00000003', baseRevision: 2 },
    );
    expect(result.kind).toBe('accepted');
    expect(fake.calls.map((c) => c.headers['idempotency-key'])).toEqual([
      'key-00000002',
      'key-00000003',
      'key-00000003',
    ]);
  });

  it('creates with POST when there is no revision; transitions name the action', async () => {
    const fake = server(() => Response.json({ id: 'rm-7', revision: 1, document: {} }, { status: 201 }));
    const source = createHttpDataSource({ baseUrl: '/api', fetch: fake.fetch });
    await source.save(roadmapRef, { id: 'rm-7' }, { idempotencyKey: 'key-00000004' });
    await source.transition(
      roadmapRef,
      'approve',
      { order: 'приказ № 1 от 01.09.2022' },
      { idempotencyKey: 'key-00000005', baseRevision: 1 },
    );
    expect(fake.calls.map((c) => `${c.method} ${c.url}`)).toEqual([
      'POST /api/roadmaps',
      'POST /api/roadmaps/rm-7/transitions',
    ]);
    expect(fake.calls[1]!.body).toEqual({
      action: 'approve',
      baseRevision: 1,
      order: 'приказ № 1 от 01.09.2022',
    });
  });

  it('tells 401, conflict, refusal and server failure apart', async () => {
    const answers = [
      Response.json({ error: { code: 'unauthenticated', message: 'Войдите снова' } }, { status: 401 }),
      Response.json(
        {
          error: {
            code: 'conflict',
            message: 'Уже изменили',
            current: { id: 'rm-7', revision: 5, document: { title: 'их' } },
          },
        },
        { status: 409 },
      ),
      Response.json(
        {
          error: {
            code: 'invalid',
            message: 'Поле «Название»…',
            issues: [{ path: 'roadmap.title', message: 'Поле «Название»…' }],
          },
        },
        { status: 422 },
      ),
      Response.json(
        { error: { code: 'illegal-transition', message: 'Действие недоступно' } },
        { status: 409 },
      ),
      new Response('<html>Bad Gateway</html>', { status: 502 }),
      Response.json({ error: { message: 'Подождите' } }, { status: 429, headers: { 'retry-after': '7' } }),
    ];
    const fake = server(() => answers.shift()!);
    const source = createHttpDataSource({ baseUrl: '/api', fetch: fake.fetch });
    const send = (n: number) =>
      source.save(roadmapRef, {}, { idempotencyKey: `key-0000001${n}`, baseRevision: 1 });
    expect(await send(1)).toEqual({ kind: 'unauthorized', message: 'Войдите снова' });
    expect(await send(2)).toEqual({
      kind: 'conflict',
      message: 'Уже изменили',
      current: { ref: roadmapRef, revision: 5, document: { title: 'их' } },
    });
    expect(await send(3)).toEqual({
      kind: 'rejected',
      message: 'Поле «Название»…',
      problems: [{ path: 'roadmap.title', message: 'Поле «Название»…' }],
    });
    expect((await send(4)).kind).toBe('rejected');
    expect(await send(5)).toEqual({ kind: 'unavailable', message: 'Сервер ответил 502.' });
    expect(await send(6)).toEqual({ kind: 'unavailable', message: 'Подождите', retryAfterMs: 7000 });
  });

  it('a network failure or an answer slower than the timeout is unavailable (to be retried)', async () => {
    const down = createHttpDataSource({
      baseUrl: '/api',
      fetch: (() => Promise.reject(new TypeError('Failed to fetch'))) as typeof fetch,
    });
    expect((await down.submit(ref, {}, { idempotencyKey: 'key-00000021' })).kind).toBe('unavailable');
    // A server that never answers the change: only the data source's own timeout ends the wait.
    const timed = createHttpDataSource({
      baseUrl: '/api',
      timeoutMs: 50,
      fetch: ((input: RequestInfo | URL, init?: RequestInit) =>
        String(input).endsWith('/session')
          ? Promise.resolve(Response.json({ csrfToken: 't' }))
          : new Promise<Response>((_, reject) =>
              init?.signal?.addEventListener('abort', () =>
                reject(new DOMException('aborted', 'AbortError')),
              ),
            )) as typeof fetch,
    });
    const started = performance.now();
    expect((await timed.submit(ref, {}, { idempotencyKey: 'key-00000022' })).kind).toBe('unavailable');
    expect(performance.now() - started).toBeLessThan(1500);
  });

  it('loads a roadmap, a scope’s answers, and undefined for none', async () => {
    const fake = server((call) =>
      call.url.endsWith('/roadmaps/rm-7')
        ? Response.json({ id: 'rm-7', revision: 4, document: { title: 'ДК' } })
        : call.url.endsWith('/roadmaps/none')
          ? Response.json({ error: {} }, { status: 404 })
          : Response.json({
              id: 'c1',
              answers: [{ scope: 'school-7', revision: 2, input: { kind: 'counts', answers: {} } }],
            }),
    );
    const source = createHttpDataSource({ baseUrl: '/api', fetch: fake.fetch });
    expect(await source.load(roadmapRef)).toEqual({
      ref: roadmapRef,
      revision: 4,
      document: { title: 'ДК' },
    });
    expect(await source.load({ kind: 'roadmap', id: 'none' })).toBeUndefined();
    expect(await source.load(ref)).toEqual({ ref, revision: 2, document: { kind: 'counts', answers: {} } });
    expect(await source.load({ ...ref, scope: 'school-5' })).toBeUndefined();
  });

  it('lists a collection within reach: the board’s roadmaps with their documents, the decisions', async () => {
    const fake = server((call) =>
      call.url.endsWith('/roadmaps?include=document')
        ? Response.json({
            roadmaps: [{ id: 'rm-7', revision: 3, status: 'submitted', document: { title: 'ДК' } }],
          })
        : call.url.endsWith('/decisions')
          ? Response.json({ decisions: [{ id: 'd1', revision: 1, document: { text: 'Решение' } }] })
          : Response.json({ error: {} }, { status: 500 }),
    );
    const source = createHttpDataSource({ baseUrl: '/api', fetch: fake.fetch });
    expect(await source.list!({ collection: 'roadmaps' })).toEqual([
      { ref: { kind: 'roadmap', id: 'rm-7' }, revision: 3, document: { title: 'ДК' } },
    ]);
    expect(await source.list!({ collection: 'decisions' })).toEqual([
      {
        ref: { kind: 'record', collection: 'decisions', id: 'd1' },
        revision: 1,
        document: { text: 'Решение' },
      },
    ]);
    await expect(source.list!({ collection: 'ioms' })).rejects.toThrow('list ioms: 500');
  });

  it('creates and saves a record as `document`, and reads a cycle as the core’s MonitoringCycle', async () => {
    const decision = { kind: 'record', collection: 'decisions', id: 'd1' } as const;
    const fake = server((call) =>
      call.url.endsWith('/cycles/c1/document')
        ? Response.json({ cycle: { id: 'c1', units: [] }, previous: null })
        : Response.json({
            id: 'd1',
            revision: call.method === 'POST' ? 1 : 2,
            document: (call.body as { document: unknown }).document,
          }),
    );
    const source = createHttpDataSource({ baseUrl: '/api', fetch: fake.fetch });
    const created = await source.save(decision, { status: 'planned' }, { idempotencyKey: 'key-00000031' });
    const saved = await source.save(
      decision,
      { status: 'done' },
      { idempotencyKey: 'key-00000032', baseRevision: 1 },
    );
    expect(fake.calls.map((c) => [c.method, c.url, c.body])).toEqual([
      ['POST', '/api/decisions', { document: { status: 'planned' } }],
      ['PUT', '/api/decisions/d1', { document: { status: 'done' }, baseRevision: 1 }],
    ]);
    expect(created).toEqual({
      kind: 'accepted',
      stored: { ref: decision, revision: 1, document: { status: 'planned' } },
    });
    expect(saved).toMatchObject({ kind: 'accepted', stored: { revision: 2 } });
    // A record created for a school names it (a methodologist's ИОМ); its later saves do not.
    await source.save(
      { kind: 'record', collection: 'ioms', id: 'i1', schoolId: 'school-22' },
      { id: 'i1' },
      { idempotencyKey: 'key-00000033' },
    );
    await source.save(
      { kind: 'record', collection: 'ioms', id: 'i1', schoolId: 'school-22' },
      { id: 'i1' },
      { idempotencyKey: 'key-00000034', baseRevision: 1 },
    );
    expect(fake.calls.slice(2).map((c) => [c.method, c.url, c.body])).toEqual([
      ['POST', '/api/ioms', { document: { id: 'i1' }, schoolId: 'school-22' }],
      ['PUT', '/api/ioms/i1', { document: { id: 'i1' }, baseRevision: 1 }],
    ]);
    expect(await source.load({ kind: 'cycle', id: 'c1' })).toEqual({
      ref: { kind: 'cycle', id: 'c1' },
      revision: 0,
      document: { id: 'c1', units: [] },
    });
  });
});
