import type { IndicatorSet } from '../schema.js';
import type { CountingPlan, PlannedSlot } from './compile.js';
import type { GroupedCounts } from './count-grouped.js';
import type { RawValue } from './result.js';

// The values of each group's table, read from the counting tables. 2,000 tables of 25 values
// each would make 50,000 short-lived objects; the builder copies what it reads at once, so one
// object per indicator, refilled for each table, does.

/** Reads the values of row `row` (a group, or the total's only row) into the same array each time. */
export type ValueReader = (
  counts: GroupedCounts,
  row: number,
  /** Whether the group's municipality record is valid (its presences can be read). */
  municipalityValid: boolean,
  /** Presences by row: 0 no, 1 yes, 2 not stated (one byte per indicator). */
  presences: Uint8Array,
) => readonly RawValue[];

const invalid: RawValue = { kind: 'invalid' };
const notCountable: RawValue = { kind: 'missing', reason: 'not-countable' };
const noTeacherRecords: RawValue = { kind: 'missing', reason: 'no-teacher-records' };
const present: RawValue = { kind: 'presence', present: true };
const absent: RawValue = { kind: 'presence', present: false };

type Reading =
  | { kind: 'fixed'; value: RawValue }
  | { kind: 'presence'; unstated: RawValue }
  | {
      kind: 'counted';
      school: boolean;
      /** Where the count is in its table's row, and the population's size in its own. */
      member: number;
      population: number;
      value: { kind: 'count'; count: number } | { kind: 'share'; numerator: number; denominator: number };
    };

/**
 * A reader for the tables of one call: `slots` has each indicator's counting slot, `null` when
 * it is refused (a category nobody defined), `undefined` when nothing is counted for it.
 */
export function createValueReader(
  set: IndicatorSet,
  plan: CountingPlan,
  slots: readonly (PlannedSlot | null | undefined)[],
  hasTeachers: boolean,
): ValueReader {
  const readings = set.indicators.map((indicator, position): Reading => {
    const slot = slots[position];
    if (slot === null) return { kind: 'fixed', value: invalid };
    if (indicator.kind === 'presence') {
      const flag = indicator.municipalityFlag;
      return flag === undefined
        ? { kind: 'fixed', value: notCountable }
        : { kind: 'presence', unstated: { kind: 'missing', reason: 'no-municipality-flag', detail: flag } };
    }
    if (slot === undefined) return { kind: 'fixed', value: notCountable };
    if (slot.entity === 'teacher' && !hasTeachers) return { kind: 'fixed', value: noTeacherRecords };
    return {
      kind: 'counted',
      school: slot.entity === 'school',
      member: slot.member,
      population: slot.population,
      value:
        indicator.kind === 'count'
          ? { kind: 'count', count: 0 }
          : { kind: 'share', numerator: 0, denominator: 0 },
    };
  });
  const width = readings.length;
  const values: RawValue[] = new Array<RawValue>(width).fill(invalid);
  const schoolWidth = plan.schoolMembers;
  const teacherWidth = plan.teacherMembers;
  const schoolPopulations = plan.schoolGroups.length;
  const teacherPopulations = plan.teacherGroups.length;
  return (counts, row, municipalityValid, presences) => {
    for (let position = 0; position < width; position++) {
      const reading = readings[position]!;
      if (reading.kind === 'fixed') {
        values[position] = reading.value;
      } else if (reading.kind === 'presence') {
        const stated = presences[row * width + position];
        values[position] = !municipalityValid
          ? invalid
          : stated === 2
            ? reading.unstated
            : stated === 1
              ? present
              : absent;
      } else if (!(reading.school ? counts.schoolsUsable : counts.teachersUsable)) {
        values[position] = invalid;
      } else {
        const count = reading.school
          ? counts.schoolCounts[row * schoolWidth + reading.member]!
          : counts.teacherCounts[row * teacherWidth + reading.member]!;
        const value = reading.value;
        if (value.kind === 'count') value.count = count;
        else {
          value.numerator = count;
          value.denominator = reading.school
            ? counts.schoolSizes[row * schoolPopulations + reading.population]!
            : counts.teacherSizes[row * teacherPopulations + reading.population]!;
        }
        values[position] = value;
      }
    }
    return values;
  };
}
