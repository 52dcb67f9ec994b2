// Faults on loopback against a real server with its data folder: the connection cut mid-request,
// the same request delivered twice, the database restarted, the database gone (a 500 that says
// nothing was changed); and a short soak. 0 submissions lost, 0 duplicated.
import { request as httpRequest } from 'node:http';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoCycle } from '../src/seed/demo.js';
import { startServer, type RunningServer } from '../src/server.js';
import { runLoad } from '../bench/load.js';
import { TestClient } from './support/client.js';

let dataDir: string;
let server: RunningServer;
let client: TestClient;
const path = `/api/cycles/${demoCycle.id}/answers/kansk-school-7`;

const fetchTransport = (url: string, init: RequestInit) => fetch(url, init);
const submissions = async (key: string) =>
  (
    await server.db.query<{ n: number }>(
      'select count(*)::int as n from monitoring_submissions where idempotency_key = $1',
      [key],
    )
  )[0]!.n;

/** Sends a request by hand and cuts the socket: after `bytes` of the body, or once it is all sent. */
function cutRequest(key: string, body: string, bytes?: number): Promise<void> {
  const url = new URL(server.url + path);
  return new Promise((resolve) => {
    const req = httpRequest({
      host: url.hostname,
      port: url.port,
      path: url.pathname,
      method: 'PUT',
      headers: {
        'content-type': 'application/json',
        'content-length': Buffer.byteLength(body),
        'x-csrf-token': client.csrfToken,
        'idempotency-key': key,
        cookie: [...client.cookies].map(([k, v]) => `${k}=${v}`).join('; '),
      },
    });
    req.on('error', () => resolve());
    req.on('close', () => resolve());
    if (bytes === undefined) {
      req.end(body, () => setTimeout(() => req.destroy(), 5));
    } else {
      req.write(body.slice(0, bytes), () => setTimeout(() => req.destroy(), 20));
    }
  });
}

beforeAll(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'shnro-faults-'));
  server = await startServer({ dataDir });
  client = await new TestClient(fetchTransport, server.url).signIn('school7');
});

afterAll(async () => {
  await server?.close();
  await rm(dataDir, { recursive: true, force: true });
});

describe('faults', () => {
  it('a connection cut mid-body writes nothing; the retry is applied once', async () => {
    const body = JSON.stringify({ input: { kind: 'counts', answers: { '1.1': true } } });
    await cutRequest('cut-mid-body-0001', body, 10);
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(await submissions('cut-mid-body-0001')).toBe(0);
    const retry = await client.json('PUT', path, JSON.parse(body), {
      'idempotency-key': 'cut-mid-body-0001',
    });
    expect(retry.status).toBe(200);
    expect(await submissions('cut-mid-body-0001')).toBe(1);
  });

  it('a connection cut before the answer: the retry replays it, nothing doubles', async () => {
    const revision = (await client.json('GET', `/api/cycles/${demoCycle.id}`)).body['answers'][0]
      .revision as number;
    const body = JSON.stringify({
      input: { kind: 'counts', answers: { '1.1': false } },
      baseRevision: revision,
    });
    await cutRequest('cut-before-answer-0001', body);
    // The server finishes the request it received in full, or never started it: either way one retry settles it.
    await new Promise((resolve) => setTimeout(resolve, 300));
    const retry = await client.json('PUT', path, JSON.parse(body), {
      'idempotency-key': 'cut-before-answer-0001',
    });
    expect(retry.status).toBe(200);
    expect(retry.body['revision']).toBe(revision + 1);
    const again = await client.json('PUT', path, JSON.parse(body), {
      'idempotency-key': 'cut-before-answer-0001',
    });
    expect(again.body).toEqual(retry.body);
    expect(await submissions('cut-before-answer-0001')).toBe(1);
  });

  it('the database restarted: the session, the data and the keys survive; a late duplicate is replayed', async () => {
    const current = (await client.json('GET', `/api/cycles/${demoCycle.id}`)).body['answers'][0]
      .revision as number;
    const body = { input: { kind: 'counts', answers: { '1.1': true } }, baseRevision: current };
    const first = await client.json('PUT', path, body, { 'idempotency-key': 'before-restart-0001' });
    expect(first.status).toBe(200);
    const port = server.port;
    await server.close();
    server = await startServer({ dataDir, port });
    // The same client, cookies and CSRF token as before the restart: the session is in the database.
    const replay = await client.json('PUT', path, body, { 'idempotency-key': 'before-restart-0001' });
    expect(replay.status).toBe(200);
    expect(replay.body).toEqual(first.body);
    expect(await submissions('before-restart-0001')).toBe(1);
  });

  it('the database gone: a 500 in Russian saying nothing changed, never a crash', async () => {
    const spare = await startServer({ seed: false, db: server.db });
    await server.db.close();
    const response = await fetch(`${spare.url}/api/health`);
    expect(response.status).toBe(500);
    const body = (await response.json()) as { error: { message: string } };
    expect(body.error.message).toMatch(/Данные не изменены/);
    await spare.close();
    await server.close().catch(() => undefined);
    server = await startServer({ dataDir, port: server.port });
    expect((await client.json('GET', `/api/cycles/${demoCycle.id}`)).status).toBe(200);
  });

  it('a short soak: 10 schools for 2 s, every acknowledged submission stored once', async () => {
    const figures = await runLoad({ url: server.url, db: server.db, schools: 10, seconds: 2 });
    expect(figures.acknowledged).toBeGreaterThan(0);
    expect(figures.stored).toBe(figures.acknowledged);
    expect(figures.duplicated).toBe(0);
    expect(figures.errors).toBe(0);
  });
});
