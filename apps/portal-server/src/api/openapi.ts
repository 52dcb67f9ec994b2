import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import * as z from 'zod';
import { answersBody, openCycleBody } from './monitoring.js';
import { createRoadmapBody, saveRoadmapBody, transitionBody } from './roadmaps.js';
import { loginBody } from './session.js';

type Json = Record<string, unknown>;

/** `roadmap.schema.json` → `Roadmap`. */
const componentName = (file: string) =>
  file
    .replace(/\.schema\.json$/, '')
    .split('-')
    .map((part) => part[0]!.toUpperCase() + part.slice(1))
    .join('');

/** Rewrites `#/$defs/X` (and `#`, the file itself) of one schema file to its place among the components. */
function relocate(node: unknown, prefix: string): unknown {
  if (Array.isArray(node)) return node.map((item) => relocate(item, prefix));
  if (!node || typeof node !== 'object') return node;
  const out: Json = {};
  for (const [key, value] of Object.entries(node)) {
    if (key === '$schema' || key === '$defs') continue;
    if (key === '$ref' && value === '#') out[key] = `#/components/schemas/${prefix}`;
    else if (key === '$ref' && typeof value === 'string' && value.startsWith('#/$defs/')) {
      out[key] = `#/components/schemas/${prefix}_${value.slice('#/$defs/'.length)}`;
    } else out[key] = relocate(value, prefix);
  }
  return out;
}

/** The core's generated JSON Schemas (`@shnro/core/schema/*.json`), one source for every type. */
function coreSchemas(): Json {
  const folder = join(dirname(createRequire(import.meta.url).resolve('@shnro/core/package.json')), 'schema');
  const schemas: Json = {};
  for (const file of readdirSync(folder)
    .filter((name) => name.endsWith('.schema.json'))
    .sort()) {
    const schema = JSON.parse(readFileSync(join(folder, file), 'utf8')) as Json;
    const name = componentName(file);
    schemas[name] = relocate(schema, name);
    for (const [def, body] of Object.entries((schema['$defs'] as Json | undefined) ?? {})) {
      schemas[`${name}_${def}`] = relocate(body, name);
    }
  }
  return schemas;
}

/** A request wrapper's schema, with its document fields pointing at the core's components. */
function wrapper(schema: z.ZodType, refs: Record<string, string>): Json {
  const json = z.toJSONSchema(schema, { io: 'input', target: 'draft-2020-12' }) as Json;
  delete json['$schema'];
  const properties = json['properties'] as Json;
  for (const [field, ref] of Object.entries(refs)) {
    properties[field] = { $ref: `#/components/schemas/${ref}` };
  }
  return json;
}

const problem = { $ref: '#/components/responses/Problem' };
const refusals = {
  '400': problem,
  '401': problem,
  '403': problem,
  '404': problem,
  '409': problem,
  '413': problem,
  '415': problem,
  '422': problem,
};

const json = (ref: string) => ({
  content: { 'application/json': { schema: { $ref: `#/components/schemas/${ref}` } } },
});
const body = (ref: string) => ({ required: true, ...json(ref) });
const ok = (description: string) => ({ description, content: { 'application/json': {} } });
const idParam = (name: string) => ({ name, in: 'path', required: true, schema: { type: 'string' } });
const changeHeaders = [
  { $ref: '#/components/parameters/IdempotencyKey' },
  { $ref: '#/components/parameters/CsrfToken' },
];

/** The OpenAPI 3.1 document of the portal's API, served at /api/openapi.json. */
export function openApiDocument(): Json {
  return {
    openapi: '3.1.0',
    jsonSchemaDialect: 'https://json-schema.org/draft/2020-12/schema',
    info: {
      title: 'ШНОР: API демонстрационного регионального портала',
      version: '0.1.0',
      description:
        'Every state-changing request needs the X-CSRF-Token header (from GET /api/session) and may carry an ' +
        'Idempotency-Key: a repeat with the same key and body replays the first answer. Refusals are JSON ' +
        '`{ error: { code, message (ru), messageEn, issues: [{ path, message }] } }`.',
    },
    paths: {
      '/api/session': {
        get: { summary: 'Текущий пользователь и CSRF-токен', responses: { '200': ok('user, csrfToken') } },
        post: {
          summary: 'Вход',
          requestBody: body('LoginRequest'),
          responses: { '200': ok('user, csrfToken'), ...refusals },
        },
        delete: { summary: 'Выход', responses: { '200': ok('signed out'), ...refusals } },
      },
      '/api/municipalities': {
        get: { summary: 'Муниципалитеты в зоне доступа', responses: { '200': ok('list') } },
      },
      '/api/schools': { get: { summary: 'Школы в зоне доступа', responses: { '200': ok('list') } } },
      '/api/roadmaps': {
        get: { summary: 'Дорожные карты в зоне доступа', responses: { '200': ok('list'), ...refusals } },
        post: {
          summary: 'Создать дорожную карту своей школы',
          parameters: changeHeaders,
          requestBody: body('CreateRoadmapRequest'),
          responses: { '201': json('StoredRoadmap'), ...refusals },
        },
      },
      '/api/roadmaps/{id}': {
        get: {
          summary: 'Дорожная карта',
          parameters: [idParam('id')],
          responses: { '200': json('StoredRoadmap'), ...refusals },
        },
        put: {
          summary: 'Сохранить содержание (команда школы)',
          parameters: [idParam('id'), ...changeHeaders],
          requestBody: body('SaveRoadmapRequest'),
          responses: { '200': json('StoredRoadmap'), ...refusals },
        },
      },
      '/api/roadmaps/{id}/transitions': {
        post: {
          summary: 'Шаг жизненного цикла: направить, вернуть с замечаниями, утвердить приказом, …',
          parameters: [idParam('id'), ...changeHeaders],
          requestBody: body('RoadmapTransitionRequest'),
          responses: { '200': json('StoredRoadmap'), ...refusals },
        },
      },
      '/api/cycles': {
        get: { summary: 'Циклы мониторинга', responses: { '200': ok('list'), ...refusals } },
        post: {
          summary: 'Открыть цикл мониторинга',
          parameters: changeHeaders,
          requestBody: body('OpenCycleRequest'),
          responses: { '201': ok('cycle'), ...refusals },
        },
      },
      '/api/cycles/{id}': {
        get: {
          summary: 'Цикл и ответы в зоне доступа',
          parameters: [idParam('id')],
          responses: { '200': ok('cycle'), ...refusals },
        },
      },
      '/api/cycles/{id}/answers/{scope}': {
        put: {
          summary: 'Отправить ответы школы (scope = id школы) или муниципалитета (scope = municipality)',
          parameters: [idParam('id'), idParam('scope'), ...changeHeaders],
          requestBody: body('AnswersRequest'),
          responses: { '200': ok('revision'), ...refusals },
        },
      },
    },
    components: {
      schemas: {
        ...coreSchemas(),
        LoginRequest: wrapper(loginBody, {}),
        CreateRoadmapRequest: wrapper(createRoadmapBody, { roadmap: 'Roadmap' }),
        SaveRoadmapRequest: wrapper(saveRoadmapBody, { roadmap: 'Roadmap' }),
        RoadmapTransitionRequest: wrapper(transitionBody, { roadmap: 'Roadmap' }),
        OpenCycleRequest: wrapper(openCycleBody, {}),
        AnswersRequest: wrapper(answersBody, { input: 'CountsInput' }),
        StoredRoadmap: {
          type: 'object',
          required: ['id', 'revision', 'document'],
          properties: {
            id: { type: 'string' },
            revision: { type: 'integer', minimum: 1 },
            document: { $ref: '#/components/schemas/Roadmap' },
          },
        },
        Problem: {
          type: 'object',
          required: ['error'],
          properties: {
            error: {
              type: 'object',
              required: ['code', 'message', 'messageEn'],
              properties: {
                code: { type: 'string' },
                message: { type: 'string', description: 'По-русски, с названием поля.' },
                messageEn: { type: 'string' },
                issues: {
                  type: 'array',
                  items: {
                    type: 'object',
                    required: ['path', 'message'],
                    properties: { path: { type: 'string' }, message: { type: 'string' } },
                  },
                },
                current: { description: 'On 409: the newer version the server holds.' },
              },
            },
          },
        },
      },
      responses: {
        Problem: { description: 'Отказ с объяснением', ...json('Problem') },
      },
      parameters: {
        IdempotencyKey: {
          name: 'Idempotency-Key',
          in: 'header',
          required: false,
          schema: { type: 'string', pattern: '^[\\w.:-]{8,200}$' },
        },
        CsrfToken: { name: 'X-CSRF-Token', in: 'header', required: true, schema: { type: 'string' } },
      },
      securitySchemes: { session: { type: 'apiKey', in: 'cookie', name: 'shnro_session' } },
    },
    security: [{ session: [] }],
  };
}
