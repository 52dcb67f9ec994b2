import type { RoadmapAction } from '@shnro/core';
import type {
  DocumentRef,
  FieldProblem,
  ListQuery,
  SendOptions,
  SendResult,
  ShnroDataSource,
  StoredDocument,
  TransitionPayload,
} from './types.js';

/** Options of the HTTP data source. */
export interface HttpDataSourceOptions {
  /** Where the API lives: `/api` on the portal's own origin, or a full URL. */
  readonly baseUrl: string;
  /** The fetch to use (tests, or a portal's own wrapper adding headers). */
  readonly fetch?: typeof fetch;
  /** How long one request may take before it counts as unavailable (default 30 s). */
  readonly timeoutMs?: number;
}

interface Problem {
  error?: { code?: string; message?: string; issues?: FieldProblem[]; current?: unknown };
}

const networkMessage = 'Нет связи с сервером: данные сохранены и будут отправлены, когда связь появится.';

function pathOf(ref: DocumentRef): string {
  switch (ref.kind) {
    case 'roadmap':
      return `/roadmaps/${encodeURIComponent(ref.id)}`;
    case 'monitoring':
      return `/cycles/${encodeURIComponent(ref.cycleId)}/answers/${encodeURIComponent(ref.scope)}`;
    case 'record':
      return `/${ref.collection}/${encodeURIComponent(ref.id)}`;
    case 'cycle':
      return `/cycles/${encodeURIComponent(ref.id)}/document`;
  }
}

/**
 * The data source of the demo portal server (`apps/portal-server`), over fetch with the session
 * cookie: it fetches the CSRF token from `GET {baseUrl}/session` and sends it on every change.
 * A regional portal with another API writes its own `ShnroDataSource`; this one is an example
 * of the mapping from HTTP answers to `SendResult`s.
 */
export function createHttpDataSource(options: HttpDataSourceOptions): ShnroDataSource {
  const base = options.baseUrl.replace(/\/$/, '');
  const doFetch = options.fetch ?? ((input: RequestInfo | URL, init?: RequestInit) => fetch(input, init));
  let csrfToken: string | undefined;

  async function token(refresh = false): Promise<string> {
    if (csrfToken && !refresh) return csrfToken;
    const response = await doFetch(`${base}/session`, { credentials: 'same-origin' });
    csrfToken = ((await response.json()) as { csrfToken?: string }).csrfToken ?? '';
    return csrfToken;
  }

  async function call(
    method: string,
    path: string,
    body: unknown,
    send: SendOptions,
    retried = false,
  ): Promise<Response> {
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(), options.timeoutMs ?? 30_000);
    send.signal?.addEventListener('abort', () => controller.abort(), { once: true });
    try {
      const response = await doFetch(`${base}${path}`, {
        method,
        credentials: 'same-origin',
        signal: controller.signal,
        headers: {
          'content-type': 'application/json',
          'x-csrf-token': await token(),
          'idempotency-key': send.idempotencyKey,
        },
        body: JSON.stringify(body),
      });
      // A session renewed elsewhere (another tab signed in again) has a new token: fetch it once.
      if (response.status === 403 && !retried) {
        const problem = (await response
          .clone()
          .json()
          .catch(() => ({}))) as Problem;
        if (problem.error?.code === 'csrf') {
          await token(true);
          return call(method, path, body, send, true);
        }
      }
      return response;
    } finally {
      clearTimeout(timer);
    }
  }

  async function settle<T>(ref: DocumentRef, request: () => Promise<Response>): Promise<SendResult<T>> {
    let response: Response;
    try {
      response = await request();
    } catch {
      return { kind: 'unavailable', message: networkMessage };
    }
    const body = (await response.json().catch(() => ({}))) as Problem & Record<string, unknown>;
    const message = body.error?.message ?? `Сервер ответил ${response.status}.`;
    if (response.ok) return { kind: 'accepted', stored: storedOf<T>(ref, body) };
    if (response.status === 401) return { kind: 'unauthorized', message };
    if (response.status === 409 && body.error?.code === 'conflict') {
      const current = body.error.current as Record<string, unknown> | null | undefined;
      return { kind: 'conflict', message, current: current ? storedOf<T>(ref, current) : null };
    }
    if (isRetriable(response.status)) {
      const after = Number(response.headers.get('retry-after'));
      return { kind: 'unavailable', message, ...(after > 0 ? { retryAfterMs: after * 1000 } : {}) };
    }
    return { kind: 'rejected', message, problems: body.error?.issues ?? [] };
  }

  return {
    async load<T>(ref: DocumentRef): Promise<StoredDocument<T> | undefined> {
      if (ref.kind === 'cycle') {
        const response = await doFetch(`${base}${pathOf(ref)}`, { credentials: 'same-origin' });
        if (response.status === 404) return undefined;
        if (!response.ok) throw new Error(`load ${pathOf(ref)}: ${response.status}`);
        // A cycle is read only: its revision is not a base for any change.
        return { ref, revision: 0, document: ((await response.json()) as { cycle: T }).cycle };
      }
      if (ref.kind === 'roadmap' || ref.kind === 'record') {
        const response = await doFetch(`${base}${pathOf(ref)}`, { credentials: 'same-origin' });
        if (response.status === 404) return undefined;
        if (!response.ok) throw new Error(`load ${pathOf(ref)}: ${response.status}`);
        return storedOf<T>(ref, (await response.json()) as Record<string, unknown>);
      }
      const response = await doFetch(`${base}/cycles/${encodeURIComponent(ref.cycleId)}`, {
        credentials: 'same-origin',
      });
      if (response.status === 404) return undefined;
      if (!response.ok) throw new Error(`load cycle ${ref.cycleId}: ${response.status}`);
      const cycle = (await response.json()) as { answers: { scope: string; input: T; revision: number }[] };
      const answer = cycle.answers.find((a) => a.scope === ref.scope);
      return answer ? { ref, revision: answer.revision, document: answer.input } : undefined;
    },
    async list<T>(query: ListQuery): Promise<readonly StoredDocument<T>[]> {
      const path = query.collection === 'roadmaps' ? '/roadmaps?include=document' : `/${query.collection}`;
      const response = await doFetch(`${base}${path}`, { credentials: 'same-origin' });
      if (!response.ok) throw new Error(`list ${query.collection}: ${response.status}`);
      const rows =
        ((await response.json()) as Record<string, Record<string, unknown>[]>)[query.collection] ?? [];
      return rows.map((row) => {
        const id = String(row['id']);
        const ref: DocumentRef =
          query.collection === 'roadmaps'
            ? { kind: 'roadmap', id }
            : { kind: 'record', collection: query.collection, id };
        return storedOf<T>(ref, row);
      });
    },
    save<T>(ref: DocumentRef, document: T, send: SendOptions) {
      // Roadmaps travel as `roadmap`, the other records as `document` (the demo server's bodies).
      const field = ref.kind === 'record' ? 'document' : 'roadmap';
      const collection = ref.kind === 'record' ? `/${ref.collection}` : '/roadmaps';
      // A new record for a school the role does not imply (a methodologist's ИОМ) names it.
      const school = ref.kind === 'record' && ref.schoolId !== undefined ? { schoolId: ref.schoolId } : {};
      return settle<T>(ref, () =>
        send.baseRevision === undefined
          ? call('POST', collection, { [field]: document, ...school }, send)
          : call('PUT', pathOf(ref), { [field]: document, baseRevision: send.baseRevision }, send),
      );
    },
    submit<T>(ref: DocumentRef, document: T, send: SendOptions) {
      return settle<T>(ref, () =>
        call(
          'PUT',
          pathOf(ref),
          {
            input: document,
            ...(send.baseRevision === undefined ? {} : { baseRevision: send.baseRevision }),
          },
          send,
        ),
      );
    },
    transition<T>(ref: DocumentRef, action: RoadmapAction, payload: TransitionPayload, send: SendOptions) {
      return settle<T>(ref, () =>
        call(
          'POST',
          `${pathOf(ref)}/transitions`,
          { action, baseRevision: send.baseRevision, ...payload },
          send,
        ),
      );
    },
  };
}

/** The demo server answers `{ id, revision, document }` for roadmaps and `{ revision, input }` for answers. */
function storedOf<T>(ref: DocumentRef, body: Record<string, unknown>): StoredDocument<T> {
  const document = ('document' in body ? body['document'] : body['input']) as T;
  return { ref, revision: Number(body['revision']), document };
}

/** Too many requests or a server error: the outbox keeps the item and tries again later. */
function isRetriable(httpStatus: number): boolean {
  return httpStatus === 429 || httpStatus >= 500;
}
