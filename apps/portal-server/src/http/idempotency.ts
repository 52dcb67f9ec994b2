import { createHash } from 'node:crypto';
import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { Database, Queryable } from '../db/database.js';
import { ApiError } from './problem.js';

/** What a change answers: status and JSON body, stored with the key so a repeat gets the same. */
export interface Outcome {
  status: ContentfulStatusCode;
  body: unknown;
}

interface StoredKey {
  request_hash: string;
  status: number;
  response: unknown;
}

const keyPattern = /^[\w.:-]{8,200}$/;

/**
 * Runs a change once per Idempotency-Key (per person). The key is recorded in the same
 * transaction as the change: either both are stored or neither, so a retry after a cut
 * connection or a restart finds the first answer and changes nothing twice. A 4xx answer is
 * stored too (the same request gets the same refusal); an exception rolls back and stores nothing.
 * Without a key the change simply runs in its own transaction.
 */
export async function idempotent(
  c: Context,
  db: Database,
  userId: string,
  raw: string,
  work: (tx: Queryable) => Promise<Outcome>,
): Promise<Response> {
  const key = c.req.header('idempotency-key');
  if (key === undefined) {
    const outcome = await db.transaction(async (tx) => settle(await attempt(tx, work)));
    return c.json(outcome.body as object, outcome.status);
  }
  if (!keyPattern.test(key)) {
    throw new ApiError(
      400,
      'bad-idempotency-key',
      'Заголовок Idempotency-Key: ожидается от 8 до 200 латинских букв, цифр, «-», «_», «.» или «:».',
      'Idempotency-Key header: 8–200 letters, digits, "-", "_", "." or ":" expected.',
      { issues: [{ path: 'Idempotency-Key', message: 'Недопустимый ключ идемпотентности.' }] },
    );
  }
  const requestHash = createHash('sha256')
    .update(`${c.req.method} ${new URL(c.req.url).pathname}\n${raw}`)
    .digest('hex');
  const replay = (stored: StoredKey) => {
    if (stored.request_hash !== requestHash) {
      throw new ApiError(
        422,
        'idempotency-key-reused',
        'Этот ключ идемпотентности уже использован для другого запроса. Создайте новый ключ.',
        'This idempotency key was already used for a different request.',
        { issues: [{ path: 'Idempotency-Key', message: 'Ключ уже использован для другого запроса.' }] },
      );
    }
    c.header('Idempotent-Replayed', 'true');
    return c.json(stored.response as object, stored.status as ContentfulStatusCode);
  };
  const find = (tx: Queryable) =>
    tx
      .query<StoredKey>(
        'select request_hash, status, response from idempotency_keys where user_id = $1 and key = $2',
        [userId, key],
      )
      .then((rows) => rows[0]);
  try {
    const result = await db.transaction(async (tx) => {
      const stored = await find(tx);
      if (stored) return { stored };
      const outcome = settle(await attempt(tx, work));
      await tx.query(
        'insert into idempotency_keys (user_id, key, request_hash, status, response) values ($1, $2, $3, $4, $5)',
        [userId, key, requestHash, outcome.status, JSON.stringify(outcome.body)],
      );
      return { outcome };
    });
    if (result.stored) return replay(result.stored);
    return c.json(result.outcome.body as object, result.outcome.status);
  } catch (error) {
    // Two copies of one request raced on an external PostgreSQL: the loser's work was rolled back
    // by the unique key; it answers with what the winner stored.
    if ((error as { code?: string }).code === '23505') {
      const stored = await find(db);
      if (stored) return replay(stored);
    }
    throw error;
  }
}

/** A refusal thrown by the work becomes a stored outcome (4xx), not an exception. */
class Refusal {
  constructor(readonly outcome: Outcome) {}
}

/**
 * Runs the work behind a savepoint: a refusal half-way undoes whatever the work had written,
 * so a 4xx never leaves a partial change behind, while the refusal itself can still be stored.
 */
async function attempt(tx: Queryable, work: (tx: Queryable) => Promise<Outcome>): Promise<Outcome | Refusal> {
  await tx.query('savepoint work');
  try {
    const outcome = await work(tx);
    await tx.query('release savepoint work');
    return outcome;
  } catch (error) {
    if (error instanceof ApiError && error.status < 500) {
      await tx.query('rollback to savepoint work');
      return new Refusal({ status: error.status, body: error.body() });
    }
    throw error;
  }
}

function settle(result: Outcome | Refusal): Outcome {
  return result instanceof Refusal ? result.outcome : result;
}
