import type { MonitoringCycle } from './schema.js';

/** What identifies a cycle: the territory, the school year, the indicator set and, when named, the stage. */
export type CycleKeyParts = Pick<MonitoringCycle, 'territoryId' | 'schoolYear' | 'indicatorSetId'> & {
  stage?: string | undefined;
};

/** The stage as a key holds it: trimmed, lower case, spaces single, «ё» as «е». */
function normalStage(stage: string): string {
  return stage.trim().toLowerCase().replaceAll('ё', 'е').replace(/\s+/gu, ' ');
}

/**
 * The key of a cycle: `territory|2021-2022|set`, and `|stage` when the cycle names one, so that
 * seed 003's «начальный мониторинг» and «итоговый мониторинг» of one school year are two cycles,
 * while a cycle without a stage keeps the key it always had (one cycle per year). The stage is
 * compared without regard to case, spaces or ё: «Итоговый  мониторинг» is «итоговый мониторинг».
 */
export function cycleKey(cycle: CycleKeyParts): string {
  const base = `${cycle.territoryId}|${cycle.schoolYear}|${cycle.indicatorSetId}`;
  const stage = cycle.stage === undefined ? '' : normalStage(cycle.stage);
  return stage === '' ? base : `${base}|${stage}`;
}

// Stages named in the seeds, in the order they happen within a year; others follow by date.
const stageOrder = [/^(начальн|входн|стартов)/u, /^(промежуточн)/u, /^(итогов|финальн)/u];

function stageRank(stage: string | undefined): number {
  if (stage === undefined) return stageOrder.length;
  const index = stageOrder.findIndex((pattern) => pattern.test(normalStage(stage)));
  return index === -1 ? stageOrder.length : index;
}

/**
 * The order of cycles in time: by school year; within a year by the stage's usual order (начальный,
 * промежуточный, итоговый), then by the day the cycle closed or was due. Returns a sorted copy.
 */
export function orderCycles<T extends CycleKeyParts & Pick<MonitoringCycle, 'closedAt' | 'deadline'>>(
  cycles: readonly T[],
): T[] {
  const day = (cycle: T) => cycle.closedAt ?? cycle.deadline ?? '';
  return [...cycles].sort(
    (a, b) =>
      a.schoolYear.localeCompare(b.schoolYear) ||
      stageRank(a.stage) - stageRank(b.stage) ||
      day(a).localeCompare(day(b)),
  );
}

/**
 * The cycle a cycle is compared with: the latest earlier cycle of the same territory and indicator
 * set — the initial monitoring for the final one of the same year (seed 003), the previous year's
 * for a yearly cycle (seed 001); `undefined` when there is none.
 */
export function previousCycle<T extends CycleKeyParts & Pick<MonitoringCycle, 'closedAt' | 'deadline'>>(
  cycles: readonly T[],
  cycle: T,
): T | undefined {
  const key = cycleKey(cycle);
  // The cycle itself need not be in the list (a cycle being opened): it is placed among the others.
  const same = orderCycles([
    ...cycles.filter(
      (other) =>
        other.territoryId === cycle.territoryId &&
        other.indicatorSetId === cycle.indicatorSetId &&
        cycleKey(other) !== key,
    ),
    cycle,
  ]);
  const index = same.indexOf(cycle);
  return index > 0 ? same[index - 1] : undefined;
}
