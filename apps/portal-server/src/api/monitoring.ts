import {
  computeIndicators,
  countsInputSchema,
  municipalMonitoringSet,
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
});

export const answersBody = z.strictObject({
  input: z.unknown(),
  /** The revision the client last saw; absent for the first submission of this scope. */
  baseRevision: z.number().int().nonnegative().optional(),
});

interface CycleRow {
  id: string;
  municipality_id: string;
  school_year: string;
  indicator_set_id: string;
  status: 'open' | 'collecting' | 'closed';
}

const cycleWhat = { ru: 'Цикл мониторинга', en: 'Monitoring cycle' };

async function loadCycle(tx: Queryable, user: SessionUser, id: string): Promise<CycleRow> {
  const [row] = await tx.query<CycleRow>(
    `select id, municipality_id, school_year, indicator_set_id, status from monitoring_cycles
      where id = $1 and ($2::text is null or municipality_id = $2)`,
    [id, user.role === 'operator' ? null : user.municipalityId],
  );
  if (!row) throw notFound(cycleWhat);
  return row;
}

const cycleJson = (row: CycleRow) => ({
  id: row.id,
  municipalityId: row.municipality_id,
  schoolYear: row.school_year,
  indicatorSetId: row.indicator_set_id,
  status: row.status,
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

export const monitoringRoutes = new Hono<AppEnv>()
  .get('/', async (c) => {
    const user = requireUser(c);
    const rows = await c.get('db').query<CycleRow>(
      `select id, municipality_id, school_year, indicator_set_id, status from monitoring_cycles
        where $1::text is null or municipality_id = $1 order by school_year, id`,
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
      const id = `${value.municipalityId}-${value.schoolYear}-${value.indicatorSetId}`;
      const [existing] = await tx.query('select 1 from monitoring_cycles where id = $1', [id]);
      if (existing) {
        throw new ApiError(
          409,
          'exists',
          `Цикл мониторинга за ${value.schoolYear} уже открыт.`,
          'The cycle is already open.',
        );
      }
      await tx.query(
        `insert into monitoring_cycles (id, municipality_id, school_year, indicator_set_id, status, opened_by)
         values ($1, $2, $3, $4, 'collecting', $5)`,
        [id, value.municipalityId, value.schoolYear, value.indicatorSetId, user.id],
      );
      const [row] = await tx.query<CycleRow>('select * from monitoring_cycles where id = $1', [id]);
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
      `select a.scope, a.school_id as "schoolId", a.input, a.revision, a.submitted_at as "submittedAt"
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
      if (cycle.status === 'closed') {
        throw new ApiError(
          409,
          'closed',
          'Цикл мониторинга закрыт: ответы больше не принимаются.',
          'The cycle is closed.',
        );
      }
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
      const [current] = await tx.query<{ revision: number; input: unknown }>(
        'select revision, input from monitoring_answers where cycle_id = $1 and scope = $2 for update',
        [cycle.id, scope],
      );
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
        `insert into monitoring_answers (cycle_id, scope, school_id, input, revision, submitted_by)
         values ($1, $2, $3, $4, $5, $6)
         on conflict (cycle_id, scope) do update set input = excluded.input, revision = excluded.revision,
           submitted_by = excluded.submitted_by, submitted_at = now()`,
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
