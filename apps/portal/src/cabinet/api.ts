/** The signed-in person, as the portal server describes them. */
export interface PortalUser {
  id: string;
  login: string;
  role: 'school' | 'methodologist' | 'operator';
  displayName: string;
  schoolId: string | null;
  municipalityId: string | null;
}

interface SessionAnswer {
  user: PortalUser | null;
  csrfToken: string;
}

let csrfToken = '';

/** Reads from the portal's API (same origin, session cookie). */
export async function getJson<T>(path: string): Promise<T> {
  const response = await fetch(`/api${path}`, { credentials: 'same-origin' });
  if (!response.ok) throw new Error(`${path}: ${response.status}`);
  return (await response.json()) as T;
}

/** Who is signed in (and the CSRF token for the next change). */
export async function currentSession(): Promise<PortalUser | null> {
  const session = await getJson<SessionAnswer>('/session');
  csrfToken = session.csrfToken;
  return session.user;
}

async function change(method: string, path: string, body?: unknown): Promise<Response> {
  return fetch(`/api${path}`, {
    method,
    credentials: 'same-origin',
    headers: { 'content-type': 'application/json', 'x-csrf-token': csrfToken },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
}

/** A change through the API (not queued): the answer's status and body, the Russian message on a refusal. */
export async function send<T = Record<string, unknown>>(
  method: string,
  path: string,
  body?: unknown,
): Promise<{ ok: boolean; status: number; body: T; message: string }> {
  let response: Response;
  try {
    response = await change(method, path, body);
  } catch {
    return { ok: false, status: 0, body: {} as T, message: 'Нет связи с сервером портала.' };
  }
  const answer = (await response.json().catch(() => ({}))) as T & { error?: { message?: string } };
  return {
    ok: response.ok,
    status: response.status,
    body: answer,
    message: answer.error?.message ?? (response.ok ? '' : `Сервер ответил ${response.status}.`),
  };
}

/** Signs in; the server's Russian message when it refuses. */
export async function signIn(login: string, password: string): Promise<PortalUser | string> {
  // The token of a session that expired meanwhile is void: take the sign-in form's own.
  await currentSession();
  const response = await change('POST', '/session', { login, password });
  const body = (await response.json()) as SessionAnswer & { error?: { message: string } };
  if (!response.ok) return body.error?.message ?? `Сервер ответил ${response.status}.`;
  csrfToken = body.csrfToken;
  return body.user!;
}

export async function signOut(): Promise<void> {
  await change('DELETE', '/session');
  await currentSession();
}
