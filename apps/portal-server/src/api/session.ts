import { Hono } from 'hono';
import * as z from 'zod';
import type { AppEnv } from '../app-env.js';
import { loginCsrfToken, requireUser } from '../auth/guard.js';
import { decoyHash, verifyPassword } from '../auth/password.js';
import {
  clearSessionCookie,
  createSession,
  destroySession,
  loadSession,
  setSessionCookie,
} from '../auth/session.js';
import { readBody } from '../http/body.js';
import { ApiError } from '../http/problem.js';

export const loginBody = z.strictObject({
  login: z.string().trim().min(1).max(100),
  password: z.string().min(1).max(200),
});

/** Failed sign-ins per login in the last 15 minutes: a brake on guessing, kept in memory. */
const failures = new Map<string, number[]>();
const window = 15 * 60 * 1000;
const maxFailures = 10;

function recentFailures(login: string): number[] {
  const now = Date.now();
  const recent = (failures.get(login) ?? []).filter((at) => now - at < window);
  failures.set(login, recent);
  return recent;
}

export const sessionRoutes = new Hono<AppEnv>()
  .get('/', (c) => {
    const session = c.get('session');
    // Signed in: the session's CSRF token; signed out: the login form's, in its own cookie.
    return c.json({
      user: session?.user ?? null,
      csrfToken: session ? session.csrfToken : loginCsrfToken(c),
    });
  })
  .post('/', async (c) => {
    const { value } = await readBody(c, loginBody);
    const login = value.login.toLowerCase();
    if (recentFailures(login).length >= maxFailures) {
      throw new ApiError(
        429,
        'too-many-attempts',
        'Слишком много неудачных попыток входа. Подождите 15 минут.',
        'Too many failed sign-ins. Wait 15 minutes.',
      );
    }
    const db = c.get('db');
    const [user] = await db.query<{ id: string; password_hash: string }>(
      'select id, password_hash from users where lower(login) = $1',
      [login],
    );
    const ok = await verifyPassword(value.password, user?.password_hash ?? (await decoyHash()));
    if (!user || !ok) {
      recentFailures(login).push(Date.now());
      throw new ApiError(401, 'bad-credentials', 'Неверный логин или пароль.', 'Wrong login or password.', {
        issues: [{ path: 'password', message: 'Неверный логин или пароль.' }],
      });
    }
    failures.delete(login);
    const { token, csrfToken } = await createSession(db, user.id);
    setSessionCookie(c, c.get('secure'), token);
    const session = await loadSession(db, token);
    return c.json({ user: session!.user, csrfToken });
  })
  .delete('/', async (c) => {
    const session = c.get('session');
    requireUser(c);
    await destroySession(c.get('db'), session!.tokenHash);
    clearSessionCookie(c, c.get('secure'));
    return c.json({ user: null, csrfToken: loginCsrfToken(c) });
  });
