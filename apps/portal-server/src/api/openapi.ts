import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import * as z from 'zod';
import { identificationRunBody, proposalDecisionBody } from './identification.js';
import { importFileBody } from './imports.js';
import { approvalBody, closeCycleBody, collectBody } from './cycle-quality.js';
import { answersBody, openCycleBody } from './monitoring.js';
import { createRecordBody, saveRecordBody } from './records.js';
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
/** List, create, read and save of one kind of stored document (decisions, ИОМ, assignments). */
function recordPaths(
  collection: string,
  component: string,
  who: { list: string; create: string; save: string },
) {
  const stored = `Stored${component}`;
  return {
    [`/api/${collection}`]: {
      get: { summary: who.list, responses: { '200': ok('list within reach'), ...refusals } },
      post: {
        summary: who.create,
        parameters: changeHeaders,
        requestBody: body(`Create${component}Request`),
        responses: { '201': json(stored), ...refusals },
      },
    },
    [`/api/${collection}/{id}`]: {
      get: {
        summary: who.list,
        parameters: [idParam('id')],
        responses: { '200': json(stored), ...refusals },
      },
      put: {
        summary: who.save,
        parameters: [idParam('id'), ...changeHeaders],
        requestBody: body(`Save${component}Request`),
        responses: { '200': json(stored), ...refusals },
      },
    },
  };
}

/** `{ id, revision, document }` of a core document. */
const storedOf = (component: string) => ({
  type: 'object',
  required: ['id', 'revision', 'document'],
  properties: {
    id: { type: 'string' },
    revision: { type: 'integer', minimum: 1 },
    document: { $ref: `#/components/schemas/${component}` },
  },
});

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
      '/api/registry': {
        get: {
          summary: 'Реестр в зоне доступа: региона (оператор), муниципалитета (методист), своей школы',
          responses: { '200': json('Registry'), ...refusals },
        },
      },
      '/api/roadmaps': {
        get: {
          summary: 'Дорожные карты в зоне доступа (include=document — с документами, для свода)',
          parameters: [{ name: 'include', in: 'query', required: false, schema: { enum: ['document'] } }],
          responses: { '200': ok('list'), ...refusals },
        },
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
      '/api/cycles/{id}/answers/{scope}/approval': {
        post: {
          summary:
            'Утвердить, вернуть (с комментарием), разблокировать (с причиной) ответы; принять (оператор)',
          parameters: [idParam('id'), idParam('scope'), ...changeHeaders],
          requestBody: body('ApprovalRequest'),
          responses: { '200': ok('state and trace'), ...refusals },
        },
      },
      '/api/cycles/{id}/completeness': {
        get: {
          summary: 'Полнота сбора: кто не отправил, кто опаздывает (методист, оператор)',
          parameters: [idParam('id')],
          responses: { '200': ok('completeness'), ...refusals },
        },
      },
      '/api/cycles/{id}/collect': {
        post: {
          summary:
            'Начать сбор данных (open → collecting): до этого формы школ и методиста ответов не принимают (методист)',
          parameters: [idParam('id'), ...changeHeaders],
          requestBody: body('CollectCycleRequest'),
          responses: { '200': ok('collecting cycle'), ...refusals },
        },
      },
      '/api/cycles/{id}/close': {
        post: {
          summary: 'Закрыть цикл после срока: все ответы утверждены или указаны исключения с причинами',
          parameters: [idParam('id'), ...changeHeaders],
          requestBody: body('CloseCycleRequest'),
          responses: { '200': ok('closed cycle'), ...refusals },
        },
      },
      '/api/cycles/{id}/document': {
        get: {
          summary: 'Цикл как MonitoringCycle ядра и цикл предыдущего года (методист, оператор)',
          parameters: [idParam('id')],
          responses: {
            '200': ok('{ cycle: MonitoringCycle, previous: MonitoringCycle | null }'),
            ...refusals,
          },
        },
      },
      '/api/cycles/{id}/report': {
        get: {
          summary: 'Аналитическая справка цикла, построенная ядром из сохранённых данных',
          parameters: [idParam('id')],
          responses: { '200': json('AnalyticalReport'), ...refusals },
        },
      },
      '/api/cycles/{id}/report.docx': {
        get: {
          summary: 'Справка цикла в DOCX',
          parameters: [idParam('id')],
          responses: {
            '200': {
              description: 'DOCX',
              content: {
                'application/vnd.openxmlformats-officedocument.wordprocessingml.document': {
                  schema: { type: 'string', contentMediaType: 'application/octet-stream' },
                },
              },
            },
            ...refusals,
          },
        },
      },
      '/api/dynamics': {
        get: {
          summary:
            'Динамика результатов ШНОР муниципалитета: ряды из загруженных результатов, оценка ядра (compareSeries) и вывод справки (dynamicsFindings); методист — свой муниципалитет, оператор — municipalityId',
          parameters: [{ name: 'municipalityId', in: 'query', required: false, schema: { type: 'string' } }],
          responses: {
            '200': ok(
              '{ municipality, schools: School[], series: ResultSeries[], result: DynamicsResult, findings }',
            ),
            ...refusals,
          },
        },
      },
      '/api/dynamics/report': {
        get: {
          summary:
            'Справка о динамике (information — информационная, analytical — аналитическая), построенная ядром из сохранённых результатов',
          parameters: [
            { name: 'kind', in: 'query', required: false, schema: { enum: ['information', 'analytical'] } },
            { name: 'municipalityId', in: 'query', required: false, schema: { type: 'string' } },
          ],
          responses: { '200': json('AnalyticalReport'), ...refusals },
        },
      },
      '/api/dynamics/report.docx': {
        get: {
          summary: 'Справка о динамике в DOCX',
          parameters: [
            { name: 'kind', in: 'query', required: false, schema: { enum: ['information', 'analytical'] } },
            { name: 'municipalityId', in: 'query', required: false, schema: { type: 'string' } },
          ],
          responses: {
            '200': {
              description: 'DOCX',
              content: {
                'application/vnd.openxmlformats-officedocument.wordprocessingml.document': {
                  schema: { type: 'string', contentMediaType: 'application/octet-stream' },
                },
              },
            },
            ...refusals,
          },
        },
      },
      '/api/registry/imports': {
        get: { summary: 'Загрузки реестра (оператор)', responses: { '200': ok('list'), ...refusals } },
        post: {
          summary: 'Загрузить реестр (CSV или XLSX, base64); dryRun — только показать изменения',
          parameters: changeHeaders,
          requestBody: body('ImportFileRequest'),
          responses: { '200': ok('diff (dry run)'), '201': ok('diff and problems'), ...refusals },
        },
      },
      '/api/results/imports': {
        post: {
          summary: 'Загрузить результаты оценочных процедур (оператор)',
          parameters: changeHeaders,
          requestBody: body('ImportFileRequest'),
          responses: { '201': ok('count and problems'), ...refusals },
        },
      },
      '/api/identification/runs': {
        post: {
          summary: 'Определить школы по методике региона (оператор)',
          parameters: changeHeaders,
          requestBody: body('IdentificationRunRequest'),
          responses: { '201': ok('proposals made'), ...refusals },
        },
      },
      '/api/identification/proposals': {
        get: {
          summary: 'Предложения по определению ОО в зоне доступа',
          responses: { '200': ok('list'), ...refusals },
        },
      },
      '/api/identification/proposals/{schoolId}/{category}/decision': {
        post: {
          summary: 'Подтвердить или отклонить (с причиной) предложение (методист)',
          parameters: [idParam('schoolId'), idParam('category'), ...changeHeaders],
          requestBody: body('ProposalDecisionRequest'),
          responses: { '200': ok('proposal'), ...refusals },
        },
      },
      ...recordPaths('decisions', 'DecisionRecord', {
        list: 'Рекомендации и управленческие решения в зоне доступа',
        create: 'Записать рекомендацию или решение (методист, оператор)',
        save: 'Изменить (методист) или отметить выполнение (школа-адресат)',
      }),
      ...recordPaths('ioms', 'Iom', {
        list: 'ИОМ педагогов в зоне доступа',
        create:
          'Создать ИОМ педагога своей школы (команда школы) или школы муниципалитета (методист, schoolId)',
        save: 'Сохранить ИОМ (команда школы, методист муниципалитета)',
      }),
      ...recordPaths('mentorships', 'Assignment', {
        list: 'Закрепления (наставники, кураторы, школы-кураторы) в зоне доступа',
        create: 'Оформить закрепление (методист)',
        save: 'Изменить закрепление (методист)',
      }),
    },
    components: {
      schemas: {
        ...coreSchemas(),
        ImportFileRequest: wrapper(importFileBody, {}),
        IdentificationRunRequest: wrapper(identificationRunBody, {}),
        ProposalDecisionRequest: wrapper(proposalDecisionBody, { decision: 'IdentificationDecision' }),
        ...Object.fromEntries(
          ['DecisionRecord', 'Iom', 'Assignment'].flatMap((component) => [
            [`Create${component}Request`, wrapper(createRecordBody, { document: component })],
            [`Save${component}Request`, wrapper(saveRecordBody, { document: component })],
            [`Stored${component}`, storedOf(component)],
          ]),
        ),
        LoginRequest: wrapper(loginBody, {}),
        CreateRoadmapRequest: wrapper(createRoadmapBody, { roadmap: 'Roadmap' }),
        SaveRoadmapRequest: wrapper(saveRoadmapBody, { roadmap: 'Roadmap' }),
        RoadmapTransitionRequest: wrapper(transitionBody, { roadmap: 'Roadmap' }),
        OpenCycleRequest: wrapper(openCycleBody, {}),
        AnswersRequest: wrapper(answersBody, { input: 'CountsInput' }),
        ApprovalRequest: wrapper(approvalBody, {}),
        CloseCycleRequest: wrapper(closeCycleBody, {}),
        CollectCycleRequest: wrapper(collectBody, {}),
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
