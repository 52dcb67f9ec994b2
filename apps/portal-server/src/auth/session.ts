import { createHash, randomBytes } from 'node:crypto';
import type { Context } from 'hono';
import { getCookie, setCookie, deleteCookie } from 'hono/cookie';
import type { Queryable } from '../db/database.js';

/** The three roles of the portal (роли). */
export type Role = 'school' | 'methodologist' | 'operator';

/** The signed-in person, as every handler sees them. */
export interface SessionUser {
  id: string;
  login: string;
  role: Role;
  displayName: string;
  /** The school team's school. */
  schoolId: string | null;
  /** The school's or the methodologist's municipality; null for the regional operator. */
  municipalityId: string | null;
}

export interface Session {
  user: SessionUser;
  csrfToken: string;
  tokenHash: string;
}

/** Eight hours: a working day; after that the person signs in again (the outbox keeps its queue). */
export const sessionLifetimeMs = 8 * 60 * 60 * 1000;

const hash = (token: string) => createHash('sha256').update(token).digest('base64url');
export const newToken = () => randomBytes(32).toString('base64url');

/**
 * Cookie options: HttpOnly (scripts never see the token), SameSite=Strict (no cross-site
 * request carries it), Secure with the `__Host-` prefix whenever the portal is served over https.
 */
export function cookieName(secure: boolean, base: string): string {
  return secure ? `__Host-${base}` : base;
}

export function isSecureRequest(c: Context, forced: boolean | undefined): boolean {
  if (forced !== undefined) return forced;
  const proto = c.req.header('x-forwarded-proto') ?? new URL(c.req.url).protocol.replace(':', '');
  return proto === 'https';
}

export function setSessionCookie(c: Context, secure: boolean, token: string): void {
  setCookie(c, cookieName(secure, 'shnro_session'), token, {
    httpOnly: true,
    sameSite: 'Strict',
    secure,
    path: '/',
    maxAge: sessionLifetimeMs / 1000,
  });
}

export function clearSessionCookie(c: Context, secure: boolean): void {
  deleteCookie(c, cookieName(secure, 'shnro_session'), { path: '/', secure });
}

export function readSessionToken(c: Context, secure: boolean): string | undefined {
  return getCookie(c, cookieName(secure, 'shnro_session'));
}

interface SessionRow {
  token_hash: string;
  csrf_token: string;
  id: string;
  login: string;
  role: Role;
  display_name: string;
  school_id: string | null;
  municipality_id: string | null;
}

/** The live session of a cookie's token, or undefined when it is unknown or expired. */
export async function loadSession(db: Queryable, token: string | undefined): Promise<Session | undefined> {
  if (!token || token.length > 200) return undefined;
  const [row] = await db.query<SessionRow>(
    `select s.token_hash, s.csrf_token, u.id, u.login, u.role, u.display_name, u.school_id, u.municipality_id
       from sessions s join users u on u.id = s.user_id
      where s.token_hash = $1 and s.expires_at > now()`,
    [hash(token)],
  );
  if (!row) return undefined;
  return {
    tokenHash: row.token_hash,
    csrfToken: row.csrf_token,
    user: {
      id: row.id,
      login: row.login,
      role: row.role,
      displayName: row.display_name,
      schoolId: row.school_id,
      municipalityId: row.municipality_id,
    },
  };
}

/** Opens a session for a user: returns the cookie's token and the CSRF token. */
export async function createSession(
  db: Queryable,
  userId: string,
): Promise<{ token: string; csrfToken: string }> {
  const token = newToken();
  const csrfToken = newToken();
  await db.query(
    `insert into sessions (token_hash, user_id, csrf_token, expires_at)
     values ($1, $2, $3, now() + ($4 || ' milliseconds')::interval)`,
    [hash(token), userId, csrfToken, String(sessionLifetimeMs)],
  );
  // Expired sessions of anyone are swept on every sign-in: no timer to forget.
  await db.query('delete from sessions where expires_at <= now()');
  return { token, csrfToken };
}

export async function destroySession(db: Queryable, tokenHash: string): Promise<void> {
  await db.query('delete from sessions where token_hash = $1', [tokenHash]);
}
