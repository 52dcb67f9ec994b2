import { parseOrExplain } from '@shnro/core';
import type { Context } from 'hono';
import type { z } from 'zod';
import { ApiError } from './problem.js';

/** The largest request body the server reads: 5 MB. */
export const maxBodyBytes = 5 * 1024 * 1024;

export const tooLarge = () =>
  new ApiError(
    413,
    'too-large',
    'Тело запроса больше 5 МБ: сервер его не принимает. Разделите данные на части.',
    'The request body is over 5 MB; the server does not accept it.',
  );

/**
 * Reads a JSON body no larger than 5 MB (counted while reading, whatever Content-Length says),
 * refusing anything that is not JSON with a message that says where it broke.
 */
export async function readJson(c: Context): Promise<{ value: unknown; raw: string }> {
  const type = c.req.header('content-type') ?? '';
  if (!/^application\/json\b/i.test(type)) {
    throw new ApiError(
      415,
      'unsupported-media-type',
      'Тело запроса должно быть JSON (заголовок Content-Type: application/json).',
      'The request body must be JSON (Content-Type: application/json).',
    );
  }
  const declared = Number(c.req.header('content-length') ?? '0');
  if (declared > maxBodyBytes) throw tooLarge();
  const body = c.req.raw.body;
  const chunks: Uint8Array[] = [];
  let size = 0;
  if (body) {
    const reader = body.getReader();
    for (;;) {
      const { done, value } = await reader.read().catch(() => {
        throw new ApiError(
          400,
          'aborted',
          'Соединение оборвалось во время передачи данных: ничего не сохранено, отправьте ещё раз.',
          'The connection broke while sending: nothing was saved; send again.',
        );
      });
      if (done) break;
      size += value.byteLength;
      if (size > maxBodyBytes) {
        await reader.cancel().catch(() => undefined);
        throw tooLarge();
      }
      chunks.push(value);
    }
  }
  let raw: string;
  try {
    raw = new TextDecoder('utf-8', { fatal: true }).decode(Buffer.concat(chunks));
  } catch {
    throw new ApiError(
      400,
      'malformed',
      'Тело запроса не в кодировке UTF-8.',
      'The request body is not UTF-8.',
    );
  }
  if (raw.trim() === '') {
    throw new ApiError(
      400,
      'malformed',
      'Тело запроса пустое, а ожидается JSON.',
      'The request body is empty.',
    );
  }
  try {
    return { value: JSON.parse(raw) as unknown, raw };
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    throw new ApiError(
      400,
      'malformed',
      `Тело запроса — не корректный JSON (${detail}).`,
      `The request body is not valid JSON (${detail}).`,
    );
  }
}

/** Reads the body and checks it against a zod schema; refusals name every field at fault. */
export async function readBody<S extends z.core.$ZodType>(
  c: Context,
  schema: S,
): Promise<{ value: z.infer<S>; raw: string }> {
  const { value, raw } = await readJson(c);
  return { value: check(schema, value), raw };
}

/** Checks a value with the core's explainer: Russian messages that name the field. */
export function check<S extends z.core.$ZodType>(
  schema: S,
  value: unknown,
  pathPrefix: (string | number)[] = [],
): z.infer<S> {
  const ru = parseOrExplain(schema, value, { locale: 'ru', pathPrefix });
  if (ru.ok) return ru.value as z.infer<S>;
  const en = parseOrExplain(schema, value, { locale: 'en', pathPrefix });
  const first = ru.issues[0]!;
  throw new ApiError(
    422,
    'invalid',
    ru.issues.length === 1 ? first.message : `${first.message} (и ещё ошибок: ${ru.issues.length - 1})`,
    en.ok ? 'Invalid request.' : (en.issues[0]?.message ?? 'Invalid request.'),
    { issues: ru.issues.map(({ path, message }) => ({ path, message })) },
  );
}
