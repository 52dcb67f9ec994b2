import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';

/** One problem with a field of the request: its path (`roadmap.sections[0].title`) and the message. */
export interface FieldIssue {
  path: string;
  message: string;
}

/**
 * What every refusal looks like (ответ об ошибке): a stable code, the Russian message people
 * read, the English one for integrators, and the fields at fault.
 */
export interface ProblemBody {
  error: {
    code: string;
    message: string;
    messageEn: string;
    issues?: FieldIssue[];
    /** On a conflict: the newer version the server holds, so the client can keep both. */
    current?: unknown;
  };
}

/** A refusal with its HTTP status; thrown anywhere in a handler, answered by `onError`. */
export class ApiError extends Error {
  constructor(
    readonly status: ContentfulStatusCode,
    readonly code: string,
    readonly ru: string,
    readonly en: string,
    readonly extra: Pick<ProblemBody['error'], 'issues' | 'current'> = {},
  ) {
    super(en);
  }

  body(): ProblemBody {
    return { error: { code: this.code, message: this.ru, messageEn: this.en, ...this.extra } };
  }
}

export const notFound = (what: { ru: string; en: string }) =>
  new ApiError(
    404,
    'not-found',
    `${what.ru} не найдена или недоступна вам.`,
    `${what.en} not found or not yours.`,
  );

export const forbidden = (ru: string, en: string, path?: string) =>
  new ApiError(403, 'forbidden', ru, en, path ? { issues: [{ path, message: ru }] } : {});

/** Answers an ApiError; anything else is logged and becomes a 500 that reveals nothing. */
export function answerError(c: Context, error: unknown): Response {
  if (error instanceof ApiError) return c.json(error.body(), error.status);
  console.error('[portal-server] unexpected error:', error);
  return c.json(
    new ApiError(
      500,
      'internal',
      'Внутренняя ошибка сервера. Данные не изменены; повторите попытку позже.',
      'Internal server error. Nothing was changed; try again later.',
    ).body(),
    500,
  );
}
