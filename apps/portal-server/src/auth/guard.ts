import { timingSafeEqual } from 'node:crypto';
import type { Context, MiddlewareHandler } from 'hono';
import { getCookie, setCookie } from 'hono/cookie';
import { ApiError } from '../http/problem.js';
import type { AppEnv } from '../app-env.js';
import { cookieName, isSecureRequest, loadSession, newToken, readSessionToken } from './session.js';

const safeMethods = new Set(['GET', 'HEAD', 'OPTIONS']);

const same = (a: string, b: string) => {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && timingSafeEqual(left, right);
};

/**
 * Before sign-in there is no session to hold a CSRF token, so the login form gets one in its own
 * HttpOnly cookie (double submit): GET /api/session hands out the same value in its body.
 */
export function loginCsrfToken(c: Context<AppEnv>): string {
  const secure = c.get('secure');
  const name = cookieName(secure, 'shnro_login_csrf');
  let token = getCookie(c, name);
  if (!token || token.length > 100) {
    token = newToken();
    setCookie(c, name, token, { httpOnly: true, sameSite: 'Strict', secure, path: '/' });
  }
  return token;
}

/**
 * Loads the session of every request and, for every state-changing one (anything but GET, HEAD,
 * OPTIONS), demands (1) an Origin, when the browser sends one, equal to this server's, and (2) the
 * X-CSRF-Token header equal to the session's token (or, before sign-in, the login cookie's).
 * JSON bodies alone would already force a CORS preflight; the token does not rely on that.
 */
export function sessionAndCsrf(forcedSecure: boolean | undefined): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const secure = isSecureRequest(c, forcedSecure);
    c.set('secure', secure);
    const session = await loadSession(c.get('db'), readSessionToken(c, secure));
    c.set('session', session);
    if (!safeMethods.has(c.req.method)) {
      const origin = c.req.header('origin');
      if (origin && origin !== new URL(c.req.url).origin && origin !== forwardedOrigin(c)) {
        throw new ApiError(
          403,
          'csrf',
          'Запрос пришёл с чужого сайта (заголовок Origin) и отклонён.',
          'Cross-site request refused (Origin header).',
        );
      }
      const sent = c.req.header('x-csrf-token') ?? '';
      const expected = session?.csrfToken ?? getCookie(c, cookieName(secure, 'shnro_login_csrf')) ?? '';
      if (!sent || !expected || !same(sent, expected)) {
        throw new ApiError(
          403,
          'csrf',
          'Нет или неверен токен защиты от подделки запроса (заголовок X-CSRF-Token). Обновите страницу.',
          'Missing or wrong anti-forgery token (X-CSRF-Token header). Reload the page.',
        );
      }
    }
    await next();
  };
}

function forwardedOrigin(c: Context): string | undefined {
  const host = c.req.header('x-forwarded-host');
  const proto = c.req.header('x-forwarded-proto');
  return host && proto ? `${proto}://${host}` : undefined;
}

/** The signed-in person, or a 401 that tells the client to ask for sign-in (its queue stays). */
export function requireUser(c: Context<AppEnv>) {
  const session = c.get('session');
  if (!session) {
    throw new ApiError(
      401,
      'unauthenticated',
      'Сеанс истёк или вы не вошли. Войдите снова: неотправленные данные сохранены.',
      'Session expired or not signed in. Sign in again: unsent data is kept.',
    );
  }
  return session.user;
}
