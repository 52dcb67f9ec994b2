import { approve, closeCycle, completeness, type MonitoringCycle } from '@shnro/core';
import { Hono } from 'hono';
import * as z from 'zod';
import type { AppEnv } from '../app-env.js';
import { requireUser } from '../auth/guard.js';
import type { SessionUser } from '../auth/session.js';
import { readBody } from '../http/body.js';
import { idempotent } from '../http/idempotency.js';
import { ApiError, forbidden, notFound } from '../http/problem.js';
import { cycleDocument, loadCycle } from './cycle-report.js';
import { municipalScope } from './monitoring.js';

// The lifecycle and data quality of a cycle on the server: the start of the collection (open →
// collecting), the approval ladder of each unit's answers and the closing of the cycle. Every rule is the core's (`approve`, `closeCycle` in
// packages/core/src/cycle/quality.ts); the server replays the stored cycle into it, stores what it
// returns, and answers its refusal (in Russian, naming the place) as a 409 or 422.

export const approvalBody = z.strictObject({
  /** approve / return (with a comment) / unlock (with a reason): the methodologist; accept: the operator. */
  action: z.enum(['approve', 'return', 'unlock', 'accept']),
  comment: z.string().max(2000).optional(),
});

export const closeCycleBody = z.strictObject({
  /** Units excused from the cycle, each with a reason (закрыт с исключениями). */
  exceptions: z
    .array(z.strictObject({ unitId: z.string().min(1), reason: z.string().max(2000) }))
    .max(5000)
    .default([]),
});

/** Starting the collection takes nothing but the cycle's id in its path. */
export const collectBody = z.strictObject({});

const today = () => new Date().toISOString().slice(0, 10);

function refused(issue: { path: string; code: string; message: string }, status: 409 | 422 = 409): ApiError {
  return new ApiError(status, issue.code, issue.message, `Refused: ${issue.code}.`, {
    issues: [{ path: issue.path, message: issue.message }],
  });
}

function assertMayApprove(user: SessionUser, action: z.infer<typeof approvalBody>['action']): void {
  if (action === 'accept' ? user.role !== 'operator' : user.role !== 'methodologist') {
    throw forbidden(
      action === 'accept'
        ? 'Принимает данные муниципалитета региональный оператор.'
        : 'Утверждает, возвращает и разблокирует ответы муниципальный методист.',
      action === 'accept' ? 'The operator accepts.' : 'The methodologist approves, returns and unlocks.',
    );
  }
}

const unitOf = (cycle: MonitoringCycle, scope: string) =>
  scope === municipalScope ? cycle.territoryId : scope;

export const cycleQualityRoutes = new Hono<AppEnv>()
  /** Who has answered, who is late, by the cycle's deadline (the methodologist's and the operator's). */
  .get('/:id/completeness', async (c) => {
    const user = requireUser(c);
    if (user.role === 'school')
      throw forbidden('Полнота сбора — для методиста и оператора.', 'Not for schools.');
    const db = c.get('db');
    const cycle = await cycleDocument(db, await loadCycle(db, user, c.req.param('id')));
    return c.json(completeness(cycle, today()));
  })
  .post('/:id/answers/:scope/approval', async (c) => {
    const user = requireUser(c);
    const { value, raw } = await readBody(c, approvalBody);
    assertMayApprove(user, value.action);
    return idempotent(c, c.get('db'), user.id, raw, async (tx) => {
      const row = await loadCycle(tx, user, c.req.param('id'), true);
      const cycle = await cycleDocument(tx, row);
      const scope = c.req.param('scope');
      const unitId = unitOf(cycle, scope);
      if (!cycle.units.some((unit) => unit.unitId === unitId)) throw notFound({ ru: 'Школа', en: 'School' });
      const change = approve(cycle, unitId, value.action, {
        by: user.displayName,
        at: new Date().toISOString(),
        locale: 'ru',
        ...(value.comment === undefined ? {} : { comment: value.comment }),
      });
      if (!change.ok) throw refused(change.issue, change.issue.code === 'comment-required' ? 422 : 409);
      const unit = change.cycle.units.find((entry) => entry.unitId === unitId)!;
      await tx.query(
        'update monitoring_answers set state = $3, trace = $4 where cycle_id = $1 and scope = $2',
        [row.id, scope, unit.state, JSON.stringify(unit.trace)],
      );
      return { status: 200, body: { cycleId: row.id, scope, state: unit.state, trace: unit.trace } };
    });
  })
  /** open → collecting: the methodologist sends the cycle to the schools; from now on their forms take answers. */
  .post('/:id/collect', async (c) => {
    const user = requireUser(c);
    const { raw } = await readBody(c, collectBody);
    if (user.role !== 'methodologist') {
      throw forbidden(
        'Сбор данных по циклу начинает муниципальный методист.',
        'The methodologist starts the collection.',
      );
    }
    return idempotent(c, c.get('db'), user.id, raw, async (tx) => {
      const row = await loadCycle(tx, user, c.req.param('id'), true);
      if (row.status !== 'open') {
        throw new ApiError(
          409,
          row.status,
          row.status === 'collecting'
            ? 'Сбор данных по циклу уже идёт.'
            : `Цикл закрыт ${row.closed_at!.split('-').reverse().join('.')}: сбор данных не начинается снова.`,
          `The cycle is ${row.status} already.`,
        );
      }
      await tx.query(`update monitoring_cycles set status = 'collecting' where id = $1`, [row.id]);
      return { status: 200, body: { id: row.id, status: 'collecting' } };
    });
  })
  .post('/:id/close', async (c) => {
    const user = requireUser(c);
    const { value, raw } = await readBody(c, closeCycleBody);
    if (user.role !== 'methodologist') {
      throw forbidden('Закрывает цикл муниципальный методист.', 'The methodologist closes the cycle.');
    }
    return idempotent(c, c.get('db'), user.id, raw, async (tx) => {
      const row = await loadCycle(tx, user, c.req.param('id'), true);
      const cycle = await cycleDocument(tx, row);
      if (cycle.status === 'closed') {
        throw new ApiError(
          409,
          'closed',
          `Цикл уже закрыт ${row.closed_at!.split('-').reverse().join('.')}.`,
          'The cycle is closed already.',
        );
      }
      const unknown = value.exceptions.find(
        (entry) => !cycle.units.some((unit) => unit.unitId === entry.unitId),
      );
      if (unknown)
        throw refused(
          { path: 'exceptions', code: 'unknown-unit', message: `«${unknown.unitId}» не участвует в цикле.` },
          422,
        );
      const change = closeCycle(cycle, today(), value.exceptions, {
        by: user.displayName,
        at: new Date().toISOString(),
        locale: 'ru',
      });
      if (!change.ok) throw refused(change.issue, change.issue.code === 'reason-required' ? 422 : 409);
      const closed = change.cycle;
      await tx.query(
        `update monitoring_cycles set status = 'closed', closed_at = $2, exceptions = $3, closed_by = $4 where id = $1`,
        [row.id, closed.closedAt, JSON.stringify(closed.exceptions), user.id],
      );
      return {
        status: 200,
        body: { id: row.id, status: closed.status, closedAt: closed.closedAt, exceptions: closed.exceptions },
      };
    });
  });
