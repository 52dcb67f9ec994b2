import {
  computeIndicators,
  setAnswer,
  countsInputSchema,
  municipalMonitoringSet,
  type ApprovalState,
  type CountsInput,
  type IndicatorSet,
} from '@shnro/core';
import { Hono } from 'hono';
import * as z from 'zod';
import type { AppEnv } from '../app-env.js';
import { requireUser } from '../auth/guard.js';
import { schoolScope } from '../auth/scope.js';
import type { SessionUser } from '../auth/session.js';
import type { Queryable } from '../db/database.js';
import { check, readBody } from '../http/body.js';
import { idempotent } from '../http/idempotency.js';
import { ApiError, forbidden, notFound } from '../http/problem.js';

/** The indicator sets a cycle can use, by id. */
export const indicatorSets: Readonly<Record<string, IndicatorSet>> = {
  [municipalMonitoringSet.id]: municipalMonitoringSet,
};

/** The scope of a municipality's own answers (counts the methodologist types in). */
export const municipalScope = 'municipality';

export const openCycleBody = z.strictObject({
  municipalityId: z.string().min(1),
  /** «2021-2022». */
  schoolYear: z.string().regex(/^\d{4}-\d{4}$/),
  indicatorSetId: z.string().min(1).default(municipalMonitoringSet.id),
  /**
   * Which monitoring of the year: «начальный мониторинг», «итоговый мониторинг» (seed 003 runs two
   * in one school year). Without it the year has one cycle of the set.
   */
  stage: z.string().trim().min(1).max(200).optional(),
  /** The last day answers are due (срок представления), `YYYY-MM-DD`: the cycle closes after it. */
  deadline: z.iso.date().optional(),
});

export const answersBody = z.strictObject({
  input: z.unknown(),
  /** The revision the client last saw; absent for the first submission of this scope. */
  baseRevision: z.number().int().nonnegative().optional(),
});

export interface CycleRow {
  id: string;
  municipality_id: string;
  school_year: string;
  indicator_set_id: string;
  status: 'open' | 'collecting' | 'closed';
  stage: string;
  deadline: string | null;
  closed_at: string | null;
  exceptions: { unitId: string; reason: string }[];
}

/** The columns of a cycle every route reads (alias `c`). */
export const cycleColumns =
  'c.id, c.municipality_id, c.school_year, c.indicator_set_id, c.status, c.stage, c.deadline, c.closed_at, c.exceptions';

const cycleWhat = { ru: 'Цикл мониторинга', en: 'Monitoring cycle' };

async function loadCycle(tx: Queryable, user: SessionUser, id: string): Promise<CycleRow> {
  const [row] = await tx.query<CycleRow>(
    `select ${cycleColumns} from monitoring_cycles c
      where c.id = $1 and ($2::text is null or c.municipality_id = $2)`,
    [id, user.role === 'operator' ? null : user.municipalityId],
  );
  if (!row) throw notFound(cycleWhat);
  return row;
}

export const cycleJson = (row: CycleRow) => ({
  id: row.id,
  municipalityId: row.municipality_id,
  schoolYear: row.school_year,
  indicatorSetId: row.indicator_set_id,
  status: row.status,
  ...(row.stage ? { stage: row.stage } : {}),
  ...(row.deadline ? { deadline: row.deadline } : {}),
  ...(row.closed_at ? { closedAt: row.closed_at } : {}),
  exceptions: row.exceptions,
});

/** Which scope of a cycle a person may answer: the school its own, the methodologist the municipality's. */
async function assertMayAnswer(
  tx: Queryable,
  user: SessionUser,
  cycle: CycleRow,
  scope: string,
): Promise<string | null> {
  if (scope === municipalScope) {
    if (user.role !== 'methodologist') {
      throw forbidden(
        'Муниципальные показатели вносит муниципальный методист.',
        'Municipal counts are entered by the municipal methodologist.',
      );
    }
    return null;
  }
  const school = schoolScope(user, 's', 3);
  const [row] = await tx.query<{ id: string }>(
    `select s.id from schools s where s.id = $1 and s.municipality_id = $2 and ${school.sql}`,
    [scope, cycle.municipality_id, ...school.params],
  );
  if (!row) throw notFound({ ru: 'Школа', en: 'School' });
  if (user.role !== 'school') {
    throw forbidden('Ответы школы отправляет команда школы.', "A school's answers are sent by its team.");
  }
  return row.id;
}

/**
 * The cycle takes answers only while collecting; then the core's rules of an answer (`setAnswer`):
 * nothing changes in a closed cycle, and answers the
 * municipality approved are locked until unlocked with a reason. The stored unit is replayed into
 * a one-unit cycle so the refusal is the core's own, in Russian.
 */
async function assertWritable(
  tx: Queryable,
  cycle: CycleRow,
  scope: string,
  state: ApprovalState,
  input: CountsInput,
  user: SessionUser,
): Promise<void> {
  if (cycle.status === 'open') {
    // Created, not yet sent to the schools (the core's `open`): nothing is collected before the
    // methodologist starts the collection, so an early form cannot fill a cycle still being set up.
    throw new ApiError(
      409,
      'not-collecting',
      'Сбор данных по циклу ещё не начат: форма принимает ответы после того, как методист начнёт сбор.',
      'The collection of this cycle has not started yet.',
    );
  }
  const code = Object.keys(input.answers)[0] ?? '—';
  const [names] = await tx.query<{ territory: string; unit: string | null }>(
    'select m.name as territory, (select name from schools where id = $2) as unit from municipalities m where m.id = $1',
    [cycle.municipality_id, scope],
  );
  const change = setAnswer(
    {
      id: cycle.id,
      level: 'municipality',
      territoryId: cycle.municipality_id,
      territoryName: names?.territory ?? cycle.municipality_id,
      schoolYear: cycle.school_year,
      indicatorSetId: cycle.indicator_set_id,
      status: cycle.status,
      ...(cycle.closed_at ? { closedAt: cycle.closed_at } : {}),
      units: [
        {
          level: scope === municipalScope ? 'municipality' : 'school',
          unitId: scope,
          name: names?.unit ?? names?.territory ?? scope,
          state,
          answers: {},
          trace: [],
        },
      ],
      exceptions: [],
    },
    scope,
    code,
    input.answers[code] ?? null,
    { by: user.displayName, at: new Date().toISOString(), locale: 'ru' },
  );
  if (!change.ok) {
    throw new ApiError(
      409,
      change.issue.code === 'cycle-closed' ? 'closed' : 'locked',
      change.issue.message,
      cycle.status === 'closed' ? 'The cycle is closed.' : 'The answers are approved and locked.',
    );
  }
}

export const monitoringRoutes = new Hono<AppEnv>()
  .get('/', async (c) => {
    const user = requireUser(c);
    const rows = await c.get('db').query<CycleRow>(
      `select ${cycleColumns} from monitoring_cycles c
        where $1::text is null or c.municipality_id = $1 order by c.school_year, c.opened_at, c.id`,
      [user.role === 'operator' ? null : user.municipalityId],
    );
    return c.json({ cycles: rows.map(cycleJson) });
  })
  .post('/', async (c) => {
    const user = requireUser(c);
    const { value, raw } = await readBody(c, openCycleBody);
    if (user.role === 'school') {
      throw forbidden(
        'Цикл мониторинга открывает методист или региональный оператор.',
        'Schools do not open cycles.',
      );
    }
    if (user.role === 'methodologist' && value.municipalityId !== user.municipalityId) {
      throw notFound({ ru: 'Муниципалитет', en: 'Municipality' });
    }
    if (!indicatorSets[value.indicatorSetId]) {
      throw new ApiError(
        422,
        'invalid',
        `Поле «indicatorSetId»: неизвестный набор показателей «${value.indicatorSetId}».`,
        'Unknown indicator set.',
        {
          issues: [{ path: 'indicatorSetId', message: 'Неизвестный набор показателей.' }],
        },
      );
    }
    return idempotent(c, c.get('db'), user.id, raw, async (tx) => {
      const [municipality] = await tx.query('select 1 from municipalities where id = $1', [
        value.municipalityId,
      ]);
      if (!municipality) throw notFound({ ru: 'Муниципалитет', en: 'Municipality' });
      const base = `${value.municipalityId}-${value.schoolYear}-${value.indicatorSetId}`;
      const stage = value.stage ?? '';
      const same = await tx.query<{ stage: string }>(
        'select stage from monitoring_cycles where municipality_id = $1 and school_year = $2 and indicator_set_id = $3',
        [value.municipalityId, value.schoolYear, value.indicatorSetId],
      );
      if (same.some((cycle) => cycle.stage === stage)) {
        throw new ApiError(
          409,
          'exists',
          stage
            ? `Цикл мониторинга «${stage}» за ${value.schoolYear} уже открыт.`
            : `Цикл мониторинга за ${value.schoolYear} уже открыт.`,
          'The cycle is already open.',
        );
      }
      // The first cycle of a year keeps the id the portal has always used; a second stage of the
      // same year gets its ordinal (names in Russian stay out of URLs). A new cycle is open, not
      // yet collecting: its forms take answers once the methodologist starts the collection.
      const id = same.length === 0 ? base : `${base}-${same.length + 1}`;
      await tx.query(
        `insert into monitoring_cycles (id, municipality_id, school_year, indicator_set_id, status, opened_by, stage, deadline)
         values ($1, $2, $3, $4, 'open', $5, $6, $7)`,
        [
          id,
          value.municipalityId,
          value.schoolYear,
          value.indicatorSetId,
          user.id,
          stage,
          value.deadline ?? null,
        ],
      );
      const [row] = await tx.query<CycleRow>(
        `select ${cycleColumns} from monitoring_cycles c where c.id = $1`,
        [id],
      );
      return { status: 201, body: cycleJson(row!) };
    });
  })
  .get('/:id', async (c) => {
    const user = requireUser(c);
    const db = c.get('db');
    const cycle = await loadCycle(db, user, c.req.param('id'));
    const school = schoolScope(user, 's', 2);
    // The methodologist and the operator see the municipality's own answers too; a school only its own.
    const answers = await db.query(
      `select a.scope, a.school_id as "schoolId", a.input, a.revision, a.submitted_at as "submittedAt",
              a.state, a.trace
         from monitoring_answers a left join schools s on s.id = a.school_id
        where a.cycle_id = $1 and (${user.role === 'school' ? 'false' : `a.scope = '${municipalScope}'`} or (s.id is not null and ${school.sql}))
        order by a.scope`,
      [cycle.id, ...school.params],
    );
    return c.json({ ...cycleJson(cycle), answers });
  })
  .put('/:id/answers/:scope', async (c) => {
    const user = requireUser(c);
    const { value, raw } = await readBody(c, answersBody);
    const input: CountsInput = check(countsInputSchema, value.input, ['input']);
    return idempotent(c, c.get('db'), user.id, raw, async (tx) => {
      const cycle = await loadCycle(tx, user, c.req.param('id'));
      const scope = c.req.param('scope');
      const schoolId = await assertMayAnswer(tx, user, cycle, scope);
      // What only the server can check: the answers against the cycle's indicator set.
      const report = computeIndicators(indicatorSets[cycle.indicator_set_id]!, input, { locale: 'ru' });
      if (!report.ok) {
        throw new ApiError(
          422,
          'invalid',
          report.issues[0]!.message,
          'The answers do not fit the indicator set.',
          {
            issues: report.issues.map((issue) => ({
              path: `input.${issue.path}`.replace(/\.$/, ''),
              message: issue.message,
            })),
          },
        );
      }
      const [current] = await tx.query<{ revision: number; input: unknown; state: ApprovalState }>(
        'select revision, input, state from monitoring_answers where cycle_id = $1 and scope = $2 for update',
        [cycle.id, scope],
      );
      await assertWritable(tx, cycle, scope, current?.state ?? 'draft', input, user);
      const base = value.baseRevision ?? 0;
      if ((current?.revision ?? 0) !== base) {
        throw new ApiError(
          409,
          'conflict',
          `Ответы уже изменили (версия на сервере — ${current?.revision ?? 0}). Обе версии сохранены: сравните и выберите.`,
          'The answers were changed meanwhile; both versions are kept.',
          { current: current ? { revision: current.revision, input: current.input } : null },
        );
      }
      const revision = base + 1;
      await tx.query(
        `insert into monitoring_answers (cycle_id, scope, school_id, input, revision, submitted_by, state)
         values ($1, $2, $3, $4, $5, $6, 'submitted')
         on conflict (cycle_id, scope) do update set input = excluded.input, revision = excluded.revision,
           submitted_by = excluded.submitted_by, submitted_at = now(), state = 'submitted'`,
        [cycle.id, scope, schoolId, JSON.stringify(input), revision, user.id],
      );
      await tx.query(
        `insert into monitoring_submissions (cycle_id, scope, input, revision, submitted_by, idempotency_key)
         values ($1, $2, $3, $4, $5, $6)`,
        [cycle.id, scope, JSON.stringify(input), revision, user.id, c.req.header('idempotency-key') ?? null],
      );
      const answered = report.results.filter(
        (r) => r.status === 'ok' || r.status === 'empty-population',
      ).length;
      return {
        status: 200,
        body: { cycleId: cycle.id, scope, revision, input, answered, total: report.results.length },
      };
    });
  });
