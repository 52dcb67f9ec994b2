// The outbox in real Chromium with real IndexedDB, against a backend with the demo server's
// semantics and injected faults: 0 submissions lost, 0 duplicated.
import { deleteDB } from 'idb';
import { afterEach, describe, expect, it } from 'vitest';
import type { DocumentRef } from '../data-source/types.js';
import { describeOutboxItem } from './messages.js';
import { ShnroOutbox, ShnroOutboxSignInRequiredEvent } from './outbox.js';
import { FakeBackend } from './test-support/fake-backend.js';
import type { OutboxItem } from './types.js';

const opened: ShnroOutbox[] = [];
const names: string[] = [];
let counter = 0;

async function open(backend: FakeBackend, databaseName = `outbox-test-${Date.now()}-${(counter += 1)}`) {
  names.push(databaseName);
  const outbox = await ShnroOutbox.open({
    dataSource: backend,
    databaseName,
    retryInitialMs: 5,
    retryMaxMs: 20,
  });
  opened.push(outbox);
  return { outbox, databaseName };
}

const school = (n: number): DocumentRef => ({
  kind: 'monitoring',
  cycleId: 'kansk-2021-2022',
  scope: `school-${n}`,
});
const answers = (n: number) => ({ kind: 'counts', answers: { '1.1': n % 2 === 0 } });

async function until(check: () => Promise<boolean> | boolean, timeoutMs = 5000): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > end) throw new Error('timed out waiting');
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

const states = async (outbox: ShnroOutbox) => (await outbox.items()).map((item) => item.state);
const allSent = (outbox: ShnroOutbox) => async () =>
  (await states(outbox)).every((state) => state === 'sent');

afterEach(async () => {
  for (const outbox of opened.splice(0)) outbox.close();
  for (const name of names.splice(0)) await deleteDB(name);
});

describe('ShnroOutbox', () => {
  it('server down for the whole session: every change waits in IndexedDB, survives a reload, and goes once when it is back', async () => {
    const backend = new FakeBackend();
    backend.always = 'down';
    const { outbox, databaseName } = await open(backend);
    for (let n = 1; n <= 5; n += 1)
      await outbox.enqueue({ type: 'submit', ref: school(n), document: answers(n) }, { label: `Школа ${n}` });
    await outbox.flush();
    const waiting = await outbox.items();
    expect(waiting.map((item) => describeOutboxItem(item))).toEqual(
      Array(5).fill(expect.stringMatching(/^ожидает отправки/)),
    );
    expect(backend.applied).toHaveLength(0);
    outbox.close();
    // The page is reloaded: a new outbox over the same database finds all five.
    backend.always = undefined;
    const reopened = await open(backend, databaseName);
    await until(allSent(reopened.outbox));
    expect(backend.applied).toHaveLength(5);
    expect(backend.duplicates()).toEqual([]);
    expect(describeOutboxItem((await reopened.outbox.items())[0]!)).toBe('отправлено');
  });

  it('HTTP 500s: retried with backoff and the same key until accepted', async () => {
    const backend = new FakeBackend();
    backend.faults = ['error-500', 'error-500', 'error-500'];
    const { outbox } = await open(backend);
    await outbox.enqueue({ type: 'submit', ref: school(1), document: answers(1) }, { label: 'Школа 1' });
    await until(allSent(outbox));
    expect(backend.requests).toBe(4);
    expect(backend.applied).toHaveLength(1);
    expect((await outbox.items())[0]!.attempts).toBe(4);
  });

  it('the connection cut after the server applied it: the retry is replayed, not applied again', async () => {
    const backend = new FakeBackend();
    backend.faults = ['cut', 'cut'];
    const { outbox } = await open(backend);
    await outbox.enqueue({ type: 'submit', ref: school(1), document: answers(1) }, { label: 'Школа 1' });
    await until(allSent(outbox));
    expect(backend.requests).toBe(3);
    expect(backend.applied).toHaveLength(1);
  });

  it('the same request delivered twice by the network is applied once', async () => {
    const backend = new FakeBackend();
    backend.faults = ['duplicate'];
    const { outbox } = await open(backend);
    await outbox.enqueue({ type: 'submit', ref: school(1), document: answers(1) }, { label: 'Школа 1' });
    await until(allSent(outbox));
    expect(backend.applied).toHaveLength(1);
  });

  it('latency: slow answers hold the queue but lose and double nothing', async () => {
    const backend = new FakeBackend();
    backend.latencyMs = 150;
    const { outbox } = await open(backend);
    for (let n = 1; n <= 3; n += 1)
      await outbox.enqueue({ type: 'submit', ref: school(n), document: answers(n) }, { label: `Школа ${n}` });
    expect(await states(outbox)).toContain('pending');
    await until(allSent(outbox));
    expect(backend.applied).toHaveLength(3);
    expect(backend.duplicates()).toEqual([]);
  });

  it('the tab closed while sending: the next tab sends it again with the same key, applied once', async () => {
    const backend = new FakeBackend();
    backend.faults = ['hang'];
    const { outbox, databaseName } = await open(backend);
    await outbox.enqueue({ type: 'submit', ref: school(1), document: answers(1) }, { label: 'Школа 1' });
    await until(async () => (await states(outbox))[0] === 'sending');
    outbox.close(); // the tab is gone; the server had received and applied the request
    expect(backend.applied).toHaveLength(1);
    const next = await open(backend, databaseName);
    await until(allSent(next.outbox));
    expect(backend.requests).toBe(2);
    expect(backend.applied).toHaveLength(1);
  });

  it('401: keeps the queue, asks to sign in, then resumes', async () => {
    const backend = new FakeBackend();
    backend.always = 'unauthorized';
    const { outbox } = await open(backend);
    const asked: string[] = [];
    outbox.addEventListener(ShnroOutboxSignInRequiredEvent.eventName, (event) =>
      asked.push((event as ShnroOutboxSignInRequiredEvent).message),
    );
    await outbox.enqueue({ type: 'submit', ref: school(1), document: answers(1) }, { label: 'Школа 1' });
    await outbox.enqueue({ type: 'submit', ref: school(2), document: answers(2) }, { label: 'Школа 2' });
    await until(() => asked.length > 0);
    expect(outbox.signInRequired).toBe('Сеанс истёк.');
    expect(await states(outbox)).toEqual(['pending', 'pending']);
    const requests = backend.requests;
    await outbox.flush();
    expect(backend.requests).toBe(requests); // paused: no hammering while signed out
    backend.always = undefined; // the person signed in
    await outbox.resume();
    await until(allSent(outbox));
    expect(backend.applied).toHaveLength(2);
  });

  it('a conflict with a newer server version keeps both; keeping mine sends it over theirs', async () => {
    const backend = new FakeBackend();
    const ref: DocumentRef = { kind: 'roadmap', id: 'rm-7' };
    backend.docs.set(JSON.stringify(ref), { ref, revision: 2, document: { title: 'Версия завуча' } });
    const { outbox } = await open(backend);
    const item = await outbox.enqueue(
      { type: 'save', ref, document: { title: 'Версия директора' } },
      { label: 'ДК', baseRevision: 1 },
    );
    await until(async () => (await states(outbox))[0] === 'conflict');
    const conflict = (await outbox.items())[0]!;
    expect(conflict.operation).toMatchObject({ document: { title: 'Версия директора' } });
    expect(conflict.theirs).toMatchObject({ revision: 2, document: { title: 'Версия завуча' } });
    expect(describeOutboxItem(conflict)).toMatch(/обе версии сохранены/);
    await outbox.keepMine(item.id);
    await until(allSent(outbox));
    expect(backend.docs.get(JSON.stringify(ref))).toMatchObject({
      revision: 3,
      document: { title: 'Версия директора' },
    });
  });

  it('changes to one document go in order on the revision the previous one produced', async () => {
    const backend = new FakeBackend();
    backend.always = 'down';
    const ref: DocumentRef = { kind: 'roadmap', id: 'rm-7' };
    const { outbox } = await open(backend);
    await outbox.enqueue({ type: 'save', ref, document: { title: 'Создана' } }, { label: 'ДК' });
    await outbox.enqueue({ type: 'save', ref, document: { title: 'Правка 1' } }, { label: 'ДК' });
    await outbox.enqueue({ type: 'transition', ref, action: 'submit', payload: {} }, { label: 'ДК' });
    backend.always = undefined;
    await outbox.flush();
    await until(allSent(outbox));
    expect(backend.applied.map((a) => a.document)).toEqual([
      { title: 'Создана' },
      { title: 'Правка 1' },
      { action: 'submit' },
    ]);
    expect(backend.docs.get(JSON.stringify(ref))?.revision).toBe(3);
  });

  it('a refusal is shown with the server’s words and holds only its own document', async () => {
    const backend = new FakeBackend();
    backend.rejectWhen = (document) =>
      (document as { bad?: boolean }).bad ? 'Поле «1.1»: ожидается да или нет.' : undefined;
    const { outbox } = await open(backend);
    await outbox.enqueue({ type: 'submit', ref: school(1), document: { bad: true } }, { label: 'Школа 1' });
    await outbox.enqueue(
      { type: 'submit', ref: school(1), document: answers(1) },
      { label: 'Школа 1, исправлено' },
    );
    await outbox.enqueue({ type: 'submit', ref: school(2), document: answers(2) }, { label: 'Школа 2' });
    await until(async () => (await states(outbox)).join() === 'rejected,pending,sent');
    const [rejected] = (await outbox.items()) as [OutboxItem];
    expect(describeOutboxItem(rejected)).toBe('отклонено сервером: Поле «1.1»: ожидается да или нет.');
    expect(rejected.problems).toEqual([{ path: 'input', message: 'Поле «1.1»: ожидается да или нет.' }]);
    await outbox.discard(rejected.id);
    await until(allSent(outbox));
    expect(backend.applied).toHaveLength(2);
  });

  it('a methodologist’s ИОМ for a school: queued with its school, retried through faults, applied once, then saved on its revision', async () => {
    const backend = new FakeBackend();
    backend.faults = ['down', 'error-500', 'cut', 'duplicate'];
    const { outbox } = await open(backend);
    const created: DocumentRef = {
      kind: 'record',
      collection: 'ioms',
      id: 'iom-22-1',
      schoolId: 'school-22',
    };
    const iom = (status: string) => ({ id: 'iom-22-1', teacherId: 't-22-1', status });
    await outbox.enqueue({ type: 'save', ref: created, document: iom('draft') }, { label: 'Новый ИОМ' });
    // The same record changed before the first is sent: it waits for it and names no school.
    await outbox.enqueue(
      { type: 'save', ref: { kind: 'record', collection: 'ioms', id: 'iom-22-1' }, document: iom('active') },
      { label: 'ИОМ: изменение' },
    );
    await until(allSent(outbox));
    expect(backend.applied.map((a) => [a.ref, (a.document as { status: string }).status])).toEqual([
      [created, 'draft'],
      [{ kind: 'record', collection: 'ioms', id: 'iom-22-1' }, 'active'],
    ]);
    expect(backend.duplicates()).toEqual([]);
    const items = await outbox.items();
    expect(items.map((item) => item.baseRevision)).toEqual([null, 'previous']);
    expect(items.map((item) => item.stored?.revision)).toEqual([1, 2]);
  });

  it('a short soak: 30 changes over flaky delivery (down, 500, cut, duplicate) — 0 lost, 0 duplicated', async () => {
    const backend = new FakeBackend();
    const faults = ['down', 'error-500', 'cut', 'duplicate', undefined, undefined] as const;
    let seed = 42;
    const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31), seed / 2 ** 31);
    backend.faults = Array.from({ length: 120 }, () => faults[Math.floor(random() * faults.length)]!).filter(
      (f): f is NonNullable<typeof f> => f !== undefined,
    );
    const { outbox } = await open(backend);
    for (let n = 1; n <= 30; n += 1)
      await outbox.enqueue({ type: 'submit', ref: school(n), document: answers(n) }, { label: `Школа ${n}` });
    await until(allSent(outbox), 20_000);
    expect(backend.applied).toHaveLength(30);
    expect(backend.duplicates()).toEqual([]);
  });
});
