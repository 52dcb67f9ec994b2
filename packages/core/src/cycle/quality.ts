import type { Issue } from '../errors/index.js';
import type { IndicatorAnswer } from '../indicator/input.js';
import type { IndicatorResult } from '../indicator/compute/result.js';
import type { DisplayLocale } from '../share/index.js';
import type { CycleReport } from './compute.js';
import type { ApprovalStep, CycleUnit, MonitoringCycle } from './schema.js';
import { toDisplayLocale } from '../text/locale.js';

// The cycle's data quality as DHIS2 users expect it: completeness, approval levels with locking,
// closing with exceptions, outliers against the previous cycle, and a history per answer. Every
// operation returns a new cycle (the stored one is never changed in place) or a refusal naming
// the place in Russian (English on request).

/** What an operation on a cycle gives: the new cycle, or why it was refused. */
export type CycleChange = { ok: true; cycle: MonitoringCycle } | { ok: false; issue: Issue };

/** Who acts and when: the history and the trace record both. */
export interface Actor {
  by: string;
  /** ISO 8601 instant with a zone: `2022-05-20T10:00:00+07:00`. */
  at: string;
  locale?: DisplayLocale;
}

const locked = new Set(['approved', 'accepted']);

function refuse(actor: Actor, path: string, code: string, ru: string, en: string): CycleChange {
  return { ok: false, issue: { path, code, message: toDisplayLocale(actor.locale) === 'ru' ? ru : en } };
}

function withUnit(
  cycle: MonitoringCycle,
  unitId: string,
  change: (unit: CycleUnit) => CycleUnit,
): MonitoringCycle {
  return { ...cycle, units: cycle.units.map((unit) => (unit.unitId === unitId ? change(unit) : unit)) };
}

function findUnit(cycle: MonitoringCycle, unitId: string): CycleUnit | undefined {
  return cycle.units.find((unit) => unit.unitId === unitId);
}

/** The refusal of a change to a unit that does not take part in the cycle. */
function notInCycle(cycle: MonitoringCycle, unitId: string, actor: Actor): CycleChange {
  return refuse(
    actor,
    `units.${unitId}`,
    'unknown-unit',
    `«${unitId}» не участвует в цикле «${cycle.territoryName}, ${cycle.schoolYear}».`,
    `"${unitId}" is not in the cycle.`,
  );
}

function sameAnswer(a: IndicatorAnswer, b: IndicatorAnswer): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/**
 * Sets one answer of a unit, keeping the old value in the answer's history (who, when, from, to).
 * Refused when the cycle is closed or the unit's answers are approved (locked): unlock first.
 */
export function setAnswer(
  cycle: MonitoringCycle,
  unitId: string,
  code: string,
  value: IndicatorAnswer,
  actor: Actor & { note?: string; comment?: string },
): CycleChange {
  const unit = findUnit(cycle, unitId);
  if (unit === undefined) return notInCycle(cycle, unitId, actor);
  if (cycle.status === 'closed')
    return refuse(
      actor,
      `units.${unitId}.answers.${code}`,
      'cycle-closed',
      `Цикл «${cycle.territoryName}, ${cycle.schoolYear}» закрыт: ответ «${unit.name}» по показателю ${code} не изменить.`,
      `The cycle is closed: the answer of "${unit.name}" to ${code} cannot change.`,
    );
  if (locked.has(unit.state))
    return refuse(
      actor,
      `units.${unitId}.answers.${code}`,
      'answers-locked',
      `Ответы «${unit.name}» утверждены и заблокированы: чтобы изменить показатель ${code}, их нужно разблокировать (с указанием причины).`,
      `The answers of "${unit.name}" are approved and locked: unlock them (with a reason) to change ${code}.`,
    );
  const previous = unit.answers[code];
  const from = previous?.value ?? null;
  if (previous !== undefined && sameAnswer(from, value) && actor.comment === undefined)
    return { ok: true, cycle };
  const history = [...(previous?.history ?? [])];
  if (!sameAnswer(from, value))
    history.push({
      at: actor.at,
      by: actor.by,
      from,
      to: value,
      ...(actor.note === undefined ? {} : { note: actor.note }),
    });
  const comment = actor.comment ?? previous?.comment;
  const answer = {
    value,
    history,
    ...(comment === undefined ? {} : { comment }),
    ...(previous?.explanation === undefined ? {} : { explanation: previous.explanation }),
  };
  return {
    ok: true,
    cycle: withUnit(cycle, unitId, (entry) => ({ ...entry, answers: { ...entry.answers, [code]: answer } })),
  };
}

/** Explains an outlier (пояснение): kept with the answer, not in its history (the value did not change). */
export function explainAnswer(
  cycle: MonitoringCycle,
  unitId: string,
  code: string,
  explanation: string,
  actor: Actor,
): CycleChange {
  const unit = findUnit(cycle, unitId);
  const answer = unit?.answers[code];
  if (unit === undefined || answer === undefined)
    return refuse(
      actor,
      `units.${unitId}.answers.${code}`,
      'no-answer',
      `У «${unit?.name ?? unitId}» нет ответа по показателю ${code}: пояснять нечего.`,
      `"${unitId}" has no answer to ${code}.`,
    );
  const text = explanation.trim();
  if (text === '')
    return refuse(
      actor,
      `units.${unitId}.answers.${code}.explanation`,
      'empty-explanation',
      `Пояснение к показателю ${code} («${unit.name}») пустое.`,
      `The explanation of ${code} is empty.`,
    );
  return {
    ok: true,
    cycle: withUnit(cycle, unitId, (entry) => ({
      ...entry,
      answers: { ...entry.answers, [code]: { ...answer, explanation: text } },
    })),
  };
}

type Action = ApprovalStep['action'];

const transitions: Record<Action, { from: readonly string[]; to: CycleUnit['state'] }> = {
  submit: { from: ['draft', 'returned'], to: 'submitted' },
  approve: { from: ['submitted'], to: 'approved' },
  return: { from: ['submitted', 'approved'], to: 'returned' },
  accept: { from: ['approved'], to: 'accepted' },
  unlock: { from: ['approved', 'accepted'], to: 'draft' },
};

const actionNames: Record<Action, string> = {
  submit: 'отправить',
  approve: 'утвердить',
  return: 'вернуть на доработку',
  accept: 'принять',
  unlock: 'разблокировать',
};

const stateNames: Record<CycleUnit['state'], string> = {
  draft: 'черновик',
  submitted: 'отправлено в муниципалитет',
  returned: 'возвращено на доработку',
  approved: 'утверждено муниципалитетом',
  accepted: 'принято регионом',
};

/**
 * One step on the approval ladder: the school submits, the municipality approves or returns with
 * a comment, the region accepts; approved answers are locked, and unlocking them needs a reason.
 * Every step is kept in the unit's trace. Returning and unlocking without a comment are refused.
 */
export function approve(
  cycle: MonitoringCycle,
  unitId: string,
  action: Action,
  actor: Actor & { comment?: string },
): CycleChange {
  const unit = findUnit(cycle, unitId);
  if (unit === undefined) return notInCycle(cycle, unitId, actor);
  const rule = transitions[action];
  if (!rule.from.includes(unit.state))
    return refuse(
      actor,
      `units.${unitId}.state`,
      'wrong-state',
      `Нельзя ${actionNames[action]} ответы «${unit.name}»: сейчас они в состоянии «${stateNames[unit.state]}».`,
      `Cannot ${action} the answers of "${unit.name}": they are ${unit.state}.`,
    );
  const comment = actor.comment?.trim();
  if ((action === 'return' || action === 'unlock') && (comment === undefined || comment === ''))
    return refuse(
      actor,
      `units.${unitId}.trace`,
      'comment-required',
      `Чтобы ${actionNames[action]} ответы «${unit.name}», укажите причину.`,
      `Give a reason to ${action} the answers of "${unit.name}".`,
    );
  if (cycle.status === 'closed' && action !== 'unlock')
    return refuse(
      actor,
      `units.${unitId}.state`,
      'cycle-closed',
      `Цикл «${cycle.territoryName}, ${cycle.schoolYear}» закрыт.`,
      'The cycle is closed.',
    );
  const step: ApprovalStep = { at: actor.at, by: actor.by, action, ...(comment ? { comment } : {}) };
  return {
    ok: true,
    cycle: withUnit(cycle, unitId, (entry) => ({ ...entry, state: rule.to, trace: [...entry.trace, step] })),
  };
}

/** Who has not answered yet, and by when they must. */
export interface Completeness {
  /** Schools (and the municipality) that are expected to answer. */
  expected: number;
  /** Those whose answers reached the municipality (submitted, approved or accepted). */
  submitted: number;
  /** Rounded percentage of `submitted` over `expected`; `null` for a cycle with nobody in it. */
  percent: number | null;
  /** Units not submitted: id, name, state, and whether the deadline has passed. */
  pending: { unitId: string; name: string; state: CycleUnit['state']; overdue: boolean }[];
  deadline: string | null;
}

/** The completeness of a cycle on a date (`YYYY-MM-DD`): who has not answered, and who is late. */
export function completeness(cycle: MonitoringCycle, asOf: string): Completeness {
  const excused = new Set(cycle.exceptions.map((exception) => exception.unitId));
  const expected = cycle.units.filter((unit) => !excused.has(unit.unitId));
  const pending = expected.filter((unit) => unit.state === 'draft' || unit.state === 'returned');
  const late = cycle.deadline !== undefined && asOf > cycle.deadline;
  const submitted = expected.length - pending.length;
  return {
    expected: expected.length,
    submitted,
    percent: expected.length === 0 ? null : Math.round((submitted * 1000) / expected.length) / 10,
    pending: pending.map((unit) => ({
      unitId: unit.unitId,
      name: unit.name,
      state: unit.state,
      overdue: late,
    })),
    deadline: cycle.deadline ?? null,
  };
}

/**
 * Closes a cycle after its deadline. Every unit must be approved (or accepted), or be listed in
 * `exceptions` with a reason; otherwise the refusal names the units still missing.
 */
export function closeCycle(
  cycle: MonitoringCycle,
  on: string,
  exceptions: readonly { unitId: string; reason: string }[],
  actor: Actor,
): CycleChange {
  if (cycle.deadline !== undefined && on <= cycle.deadline)
    return refuse(
      actor,
      'closedAt',
      'before-deadline',
      `Цикл «${cycle.territoryName}, ${cycle.schoolYear}» нельзя закрыть до окончания срока представления данных (${cycle.deadline.split('-').reverse().join('.')}).`,
      `The cycle cannot be closed before its deadline (${cycle.deadline}).`,
    );
  const excused = new Map(exceptions.map((entry) => [entry.unitId, entry.reason.trim()]));
  const empty = [...excused].find(([, reason]) => reason === '');
  if (empty !== undefined)
    return refuse(
      actor,
      `exceptions.${empty[0]}`,
      'reason-required',
      `Для исключения «${empty[0]}» не указана причина.`,
      `The exception for "${empty[0]}" has no reason.`,
    );
  const open = cycle.units.filter((unit) => !locked.has(unit.state) && !excused.has(unit.unitId));
  if (open.length > 0)
    return refuse(
      actor,
      'units',
      'not-approved',
      `Цикл нельзя закрыть: не утверждены ответы ${open.map((unit) => `«${unit.name}»`).join(', ')}. Утвердите их или укажите как исключения с причиной.`,
      `Cannot close: answers of ${open.map((unit) => unit.name).join(', ')} are not approved; approve them or list them as exceptions.`,
    );
  return {
    ok: true,
    cycle: {
      ...cycle,
      status: 'closed',
      closedAt: on,
      exceptions: [...cycle.exceptions, ...[...excused].map(([unitId, reason]) => ({ unitId, reason }))],
    },
  };
}

/** Thresholds of an outlier against the previous cycle. */
export interface OutlierRules {
  /** A share that moved by more than this many п.п. (default 20). */
  sharePoints?: number;
  /** A count that grew or shrank by this factor or more (default 2: doubled or halved). */
  countRatio?: number;
}

/** An answer flagged against the previous cycle; it needs an explanation before approval. */
export interface Outlier {
  code: string;
  kind: 'share' | 'count';
  before: number;
  after: number;
  /** The explanation given, or `null` while it is still required. */
  explanation: string | null;
  message: string;
}

function numberOf(result: IndicatorResult): number | null {
  if (result.kind === 'share') return result.percent;
  if (result.kind === 'count') return result.count;
  return null;
}

/**
 * Flags the municipality's answers that moved too far since the previous cycle: a share by more
 * than `sharePoints` п.п., a count that doubled or halved. Each comes with the explanation stored
 * on the answer, or `null` when it is still required.
 */
export function findOutliers(
  previous: CycleReport,
  current: CycleReport,
  rules: OutlierRules = {},
  requested: DisplayLocale = 'ru',
): Outlier[] {
  const locale = toDisplayLocale(requested);
  const sharePoints = rules.sharePoints ?? 20;
  const ratio = rules.countRatio ?? 2;
  const before = new Map(previous.report.results.map((result) => [result.code, result]));
  const municipal = current.cycle.units.find((unit) => unit.level === 'municipality');
  const outliers: Outlier[] = [];
  for (const result of current.report.results) {
    const old = before.get(result.code);
    if (old === undefined || old.kind !== result.kind || (result.kind !== 'share' && result.kind !== 'count'))
      continue;
    const a = numberOf(old);
    const b = numberOf(result);
    if (a === null || b === null) continue;
    const moved =
      result.kind === 'share'
        ? Math.abs(b - a) > sharePoints
        : a === 0
          ? b >= ratio
          : b >= a * ratio || b * ratio <= a;
    if (!moved) continue;
    const shown = (value: number) =>
      result.kind === 'share' ? `${String(value).replace('.', ',')}%` : String(value);
    const text =
      locale === 'ru'
        ? `Показатель ${result.code} «${result.title}»: ${shown(a)} в ${previous.cycle.schoolYear} учебном году и ${shown(b)} в ${current.cycle.schoolYear} — требуется пояснение.`
        : `Indicator ${result.code}: ${shown(a)} in ${previous.cycle.schoolYear} and ${shown(b)} in ${current.cycle.schoolYear} — an explanation is required.`;
    outliers.push({
      code: result.code,
      kind: result.kind,
      before: a,
      after: b,
      explanation: municipal?.answers[result.code]?.explanation ?? null,
      message: text,
    });
  }
  return outliers;
}
