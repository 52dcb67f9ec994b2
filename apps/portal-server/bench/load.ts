// The soak's engine, shared by `pnpm bench` (200 schools, 60 s) and a short run in the tests:
// simulated schools sign in and submit monitoring answers and roadmap saves on loopback, each
// submission with an idempotency key, retried on a network error or a 5xx as the outbox does.
import { randomUUID } from 'node:crypto';
import { createRoadmap } from '@shnro/core';
import { hashPassword } from '../src/auth/password.js';
import type { Database } from '../src/db/database.js';
import { demoCycle } from '../src/seed/demo.js';
import { TestClient } from '../test/support/client.js';

export interface LoadOptions {
  url: string;
  db: Database;
  schools: number;
  seconds: number;
}

export interface LoadFigures {
  requests: number;
  errors: number;
  p50: number;
  p95: number;
  /** Submissions the server acknowledged. */
  acknowledged: number;
  /** Rows in the database for those keys: must equal `acknowledged` (0 lost, 0 duplicated). */
  stored: number;
  duplicated: number;
}

const password = 'bench-password';

/** Adds `count` schools in Канск, each with a school-team account (one hash: bench only). */
export async function seedLoadSchools(db: Database, count: number): Promise<string[]> {
  const hash = await hashPassword(password);
  const ids: string[] = [];
  await db.transaction(async (tx) => {
    for (let i = 0; i < count; i += 1) {
      const id = `load-school-${i}`;
      ids.push(id);
      await tx.query(
        "insert into schools (id, municipality_id, name) values ($1, 'kansk', $2) on conflict do nothing",
        [id, `Школа нагрузки № ${i}`],
      );
      await tx.query(
        `insert into users (id, login, password_hash, role, school_id, municipality_id, display_name)
         values ($1, $1, $2, 'school', $3, 'kansk', $4) on conflict do nothing`,
        [`load-user-${i}`, hash, id, `Команда школы № ${i}`],
      );
    }
  });
  return ids;
}

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

/** Runs the load and checks, in the database, that every acknowledged submission is there once. */
export async function runLoad(options: LoadOptions): Promise<LoadFigures> {
  const ids = await seedLoadSchools(options.db, options.schools);
  const transport = (url: string, init: RequestInit) => fetch(url, init);
  const clients = await Promise.all(
    ids.map(async (_, i) => {
      const client = new TestClient(transport, options.url);
      const session = await client.json('GET', '/api/session');
      client.csrfToken = session.body['csrfToken'];
      const signed = await client.json('POST', '/api/session', { login: `load-user-${i}`, password });
      if (signed.status !== 200) throw new Error(`bench sign-in failed: ${JSON.stringify(signed.body)}`);
      client.csrfToken = signed.body['csrfToken'];
      return client;
    }),
  );
  const latencies: number[] = [];
  const acknowledgedKeys: string[] = [];
  let errors = 0;
  const deadline = Date.now() + options.seconds * 1000;

  const send = async (client: TestClient, method: string, path: string, body: unknown, key: string) => {
    // Retried with the same key until the server answers: a lost answer must not become a lost
    // or a doubled submission.
    for (let attempt = 0; attempt < 5; attempt += 1) {
      const started = performance.now();
      try {
        const response = await client.json(method, path, body, { 'idempotency-key': key });
        latencies.push(performance.now() - started);
        if (response.status < 500) return response;
      } catch {
        latencies.push(performance.now() - started);
      }
      errors += 1;
    }
    return undefined;
  };

  await Promise.all(
    clients.map(async (client, i) => {
      const school = { id: ids[i]!, name: `Школа нагрузки № ${i}` };
      const roadmap = createRoadmap({
        id: `load-roadmap-${i}`,
        school,
        title: 'Дорожная карта',
        period: { start: '2022-09-01', end: '2023-06-30' },
      });
      const created = await send(client, 'POST', '/api/roadmaps', { roadmap }, `create-${i}-${randomUUID()}`);
      let roadmapRevision = created?.body['revision'] as number;
      let answersRevision = 0;
      let n = 0;
      while (Date.now() < deadline) {
        n += 1;
        const key = `load-${i}-${n}-${randomUUID()}`;
        if (n % 2 === 1) {
          const input = { kind: 'counts', answers: { '1.1': n % 3 === 0 } };
          const response = await send(
            client,
            'PUT',
            `/api/cycles/${demoCycle.id}/answers/${school.id}`,
            { input, baseRevision: answersRevision },
            key,
          );
          if (response?.status === 200) {
            answersRevision = response.body['revision'];
            acknowledgedKeys.push(key);
          } else errors += 1;
        } else {
          const response = await send(
            client,
            'PUT',
            `/api/roadmaps/${roadmap.id}`,
            { baseRevision: roadmapRevision, roadmap: { ...roadmap, title: `Дорожная карта, правка ${n}` } },
            key,
          );
          if (response?.status === 200) roadmapRevision = response.body['revision'];
          else errors += 1;
        }
      }
    }),
  );

  const rows = await options.db.query<{ key: string; n: number }>(
    `select idempotency_key as key, count(*)::int as n from monitoring_submissions
      where idempotency_key like 'load-%' group by idempotency_key`,
  );
  const acknowledged = new Set(acknowledgedKeys);
  const stored = rows.filter((row) => acknowledged.has(row.key)).length;
  latencies.sort((a, b) => a - b);
  return {
    requests: latencies.length,
    errors,
    p50: percentile(latencies, 50),
    p95: percentile(latencies, 95),
    acknowledged: acknowledgedKeys.length,
    stored,
    duplicated: rows.filter((row) => row.n > 1).length,
  };
}
