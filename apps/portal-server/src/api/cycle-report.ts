import {
  computeCycle,
  cycleReport,
  followDecisions,
  monitoringCycleSchema,
  reviewAcrossSchools,
  type AnalyticalReport,
  type ApprovalState,
  type ApprovalStep,
  type CountsInput,
  type DecisionRecord,
  type MonitoringCycle,
  type Roadmap,
} from '@shnro/core';
import { docxMimeType, reportFileName, reportToDocx } from '@shnro/report-export';
import { Hono } from 'hono';
import type { AppEnv } from '../app-env.js';
import { requireUser } from '../auth/guard.js';
import type { SessionUser } from '../auth/session.js';
import type { Queryable } from '../db/database.js';
import { ApiError, forbidden, notFound } from '../http/problem.js';
import { cycleColumns, indicatorSets, municipalScope, type CycleRow as StoredCycle } from './monitoring.js';

export interface CycleRow extends StoredCycle {
  municipality_name: string;
  opened_at: string;
}

const what = { ru: 'Цикл мониторинга', en: 'Monitoring cycle' };

function assertOverview(user: SessionUser): void {
  if (user.role === 'school') {
    throw forbidden(
      'Сводные данные цикла и справку видят методист муниципалитета и региональный оператор.',
      "A cycle's overview and report are for the methodologist and the operator.",
    );
  }
}

export async function loadCycle(
  tx: Queryable,
  user: SessionUser,
  id: string,
  lock = false,
): Promise<CycleRow> {
  const [row] = await tx.query<CycleRow>(
    `select ${cycleColumns}, m.name as municipality_name, c.opened_at
       from monitoring_cycles c join municipalities m on m.id = c.municipality_id
      where c.id = $1 and ($2::text is null or c.municipality_id = $2)${lock ? ' for update of c' : ''}`,
    [id, user.role === 'operator' ? null : user.municipalityId],
  );
  if (!row) throw notFound(what);
  return row;
}

const unitAnswers = (input: CountsInput | undefined) =>
  Object.fromEntries(
    Object.entries(input?.answers ?? {}).map(([code, value]) => [code, { value, history: [] }]),
  );

interface StoredAnswers {
  scope: string;
  input: CountsInput;
  state: ApprovalState;
  trace: ApprovalStep[];
}

/**
 * The stored cycle as the core's MonitoringCycle: the municipality's own answers (what the
 * methodologist typed) and one unit per school of the municipality, each at its stored step of
 * the approval ladder (draft when it has not answered), with the trace of every step.
 */
export async function cycleDocument(tx: Queryable, row: CycleRow): Promise<MonitoringCycle> {
  const answers = await tx.query<StoredAnswers>(
    'select scope, input, state, trace from monitoring_answers where cycle_id = $1',
    [row.id],
  );
  const stored = new Map(answers.map((answer) => [answer.scope, answer]));
  const byScope = new Map(answers.map((answer) => [answer.scope, answer.input]));
  const ladder = (scope: string) => ({
    state: stored.get(scope)?.state ?? 'draft',
    trace: stored.get(scope)?.trace ?? [],
  });
  const schools = await tx.query<{ id: string; name: string }>(
    'select id, name from schools where municipality_id = $1 order by name',
    [row.municipality_id],
  );
  const municipal = byScope.get(municipalScope);
  const populations = Object.fromEntries(
    Object.entries(municipal?.populations ?? {}).filter(([, n]) => Number.isInteger(n) && n >= 0),
  );
  return monitoringCycleSchema.parse({
    id: row.id,
    level: 'municipality',
    territoryId: row.municipality_id,
    territoryName: row.municipality_name,
    schoolYear: row.school_year,
    indicatorSetId: row.indicator_set_id,
    ...(row.stage ? { stage: row.stage } : {}),
    status: row.status,
    ...(row.deadline ? { deadline: row.deadline } : {}),
    ...(row.closed_at ? { closedAt: row.closed_at } : {}),
    units: [
      {
        level: 'municipality',
        unitId: row.municipality_id,
        name: row.municipality_name,
        ...ladder(municipalScope),
        answers: unitAnswers(municipal),
      },
      ...schools.map((school) => ({
        level: 'school',
        unitId: school.id,
        name: school.name,
        ...ladder(school.id),
        answers: unitAnswers(byScope.get(school.id)),
      })),
    ],
    exceptions: row.exceptions,
    ...(Object.keys(populations).length > 0 ? { populations } : {}),
  });
}

/**
 * The same municipality's cycle before this one (same indicator set), if the portal holds one:
 * an earlier stage of the same school year (seed 003: начальный before итоговый), else the latest
 * cycle of an earlier year.
 */
export async function previousCycle(tx: Queryable, row: CycleRow): Promise<CycleRow | undefined> {
  const [previous] = await tx.query<CycleRow>(
    `select ${cycleColumns}, m.name as municipality_name, c.opened_at
       from monitoring_cycles c join municipalities m on m.id = c.municipality_id
      where c.municipality_id = $1 and c.indicator_set_id = $2
        and (c.school_year < $3 or (c.school_year = $3 and c.opened_at < $4))
      order by c.school_year desc, c.opened_at desc limit 1`,
    [row.municipality_id, row.indicator_set_id, row.school_year, row.opened_at],
  );
  return previous;
}

const today = () => new Date().toISOString().slice(0, 10);

/**
 * The справка of a cycle, built by the core from what the portal stores: the indicators from the
 * answers, the comparison with the year before, the recommendations and decisions recorded for
 * this cycle, the defects of the municipality's roadmaps. Nothing in it is typed by the server.
 */
export async function buildCycleReport(
  tx: Queryable,
  user: SessionUser,
  row: CycleRow,
): Promise<AnalyticalReport> {
  const set = indicatorSets[row.indicator_set_id];
  if (!set)
    throw new ApiError(
      409,
      'unknown-set',
      'Набор показателей цикла неизвестен серверу.',
      'Unknown indicator set.',
    );
  const current = computeCycle(await cycleDocument(tx, row), set, { locale: 'ru' });
  const before = await previousCycle(tx, row);
  const previous = before ? computeCycle(await cycleDocument(tx, before), set, { locale: 'ru' }) : undefined;
  const decisions = await tx.query<{ document: DecisionRecord }>(
    `select document from decisions where municipality_id = $1 and document->>'cycleId' = $2 order by id`,
    [row.municipality_id, row.id],
  );
  const roadmaps = await tx.query<{ document: Roadmap }>(
    'select r.document from roadmaps r join schools s on s.id = r.school_id where s.municipality_id = $1 order by r.id',
    [row.municipality_id],
  );
  const asOf = today();
  const documents = roadmaps.map((r) => r.document);
  return cycleReport({
    // The typical defects of the municipality's roadmaps, when it has any.
    ...(documents.length > 0 ? { review: reviewAcrossSchools(documents, { locale: 'ru' }) } : {}),
    current,
    ...(previous ? { previous } : {}),
    set,
    decisions: followDecisions(
      decisions.map((d) => d.document),
      { asOf, roadmaps: documents },
    ),
    header: {
      organisation: row.municipality_name,
      title: 'Аналитическая справка',
      subtitle: `по итогам мониторинга системы работы со школами с низкими образовательными результатами за ${row.school_year.replace('-', '–')} учебный год${row.stage ? ` (${row.stage})` : ''}`,
      date: asOf,
      place: row.municipality_name,
    },
    author: {
      name: user.displayName,
      position: user.role === 'operator' ? 'Региональный оператор' : 'Муниципальный методист',
    },
  });
}

/** The overview of a cycle: its document for the scorecard and the comparison, its справка, the DOCX. */
export const cycleReportRoutes = new Hono<AppEnv>()
  .get('/:id/document', async (c) => {
    const user = requireUser(c);
    assertOverview(user);
    const db = c.get('db');
    const row = await loadCycle(db, user, c.req.param('id'));
    const before = await previousCycle(db, row);
    return c.json({
      cycle: await cycleDocument(db, row),
      previous: before ? await cycleDocument(db, before) : null,
    });
  })
  .get('/:id/report', async (c) => {
    const user = requireUser(c);
    assertOverview(user);
    const db = c.get('db');
    return c.json(await buildCycleReport(db, user, await loadCycle(db, user, c.req.param('id'))));
  })
  .get('/:id/report.docx', async (c) => {
    const user = requireUser(c);
    assertOverview(user);
    const db = c.get('db');
    const report = await buildCycleReport(db, user, await loadCycle(db, user, c.req.param('id')));
    const bytes = await reportToDocx(report, { locale: 'ru' });
    const name = reportFileName(report, 'docx');
    c.header('Content-Type', docxMimeType);
    c.header(
      'Content-Disposition',
      `attachment; filename="spravka.docx"; filename*=UTF-8''${encodeURIComponent(name)}`,
    );
    return c.body(bytes);
  });
