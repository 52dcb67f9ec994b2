import { kanskMonitoring2022Counts } from '../examples/kansk-monitoring-2022.js';
import type { IndicatorAnswer } from '../indicator/input.js';
import { monitoringCycleSchema, type MonitoringCycle } from './schema.js';

// Seed 001 (г. Канск): the 2021–2022 cycle holds the answers the seed prints (the same counts as
// `kanskMonitoring2022Counts`); the 2022–2023 cycle is illustrative — the seed has one year only —
// chosen so that a comparison shows a rise, a fall, an unchanged value, a school that left the
// registry and an indicator still unanswered.

const answeredBy = { by: 'Федорук М.Г.', at: '2022-06-15T10:00:00+07:00' };

function municipalAnswers(answers: Readonly<Record<string, IndicatorAnswer>>) {
  return Object.fromEntries(Object.entries(answers).map(([code, value]) => [code, { value, history: [] }]));
}

function schoolUnits(count: number, state: 'approved' | 'draft' = 'approved') {
  return Array.from({ length: count }, (_, index) => ({
    level: 'school' as const,
    unitId: `kansk-school-${index + 1}`,
    name: `МБОУ СОШ № ${index + 1}`,
    state,
  }));
}

/** Seed 001's cycle: г. Канск, 2021–2022, the municipal monitoring set, 18 schools, closed. */
export function kanskCycle2022(): MonitoringCycle {
  return monitoringCycleSchema.parse({
    id: 'kansk-2021-2022',
    level: 'municipality',
    territoryId: 'kansk',
    territoryName: 'г. Канск',
    schoolYear: '2021-2022',
    indicatorSetId: 'municipal-monitoring',
    status: 'closed',
    deadline: '2022-06-10',
    closedAt: '2022-06-20',
    populations: kanskMonitoring2022Counts.populations,
    units: [
      {
        level: 'municipality',
        unitId: 'kansk',
        name: 'МКУ РМЦ г. Канска',
        state: 'accepted',
        answers: municipalAnswers(kanskMonitoring2022Counts.answers),
        trace: [{ ...answeredBy, action: 'submit' }],
      },
      ...schoolUnits(18),
    ],
  });
}

/**
 * An illustrative next year: one school fewer (№ 18 left the registry), 8 ШНРО/ШНСУ of 17, more
 * teachers with an ИОМ, fewer in regional methodological associations, 4.8 still unanswered.
 */
export function kanskCycle2023(): MonitoringCycle {
  const answers: Record<string, IndicatorAnswer> = {
    ...kanskMonitoring2022Counts.answers,
    '1.5': { numerator: 8 },
    '4.2': { numerator: 20 },
    '4.4': { numerator: 121 },
    '4.8': null,
  };
  return monitoringCycleSchema.parse({
    id: 'kansk-2022-2023',
    level: 'municipality',
    territoryId: 'kansk',
    territoryName: 'г. Канск',
    schoolYear: '2022-2023',
    indicatorSetId: 'municipal-monitoring',
    status: 'collecting',
    deadline: '2023-06-10',
    populations: { 'municipality-schools': 17, 'target-schools': 8, 'target-teachers': 210 },
    units: [
      {
        level: 'municipality',
        unitId: 'kansk',
        name: 'МКУ РМЦ г. Канска',
        state: 'submitted',
        answers: municipalAnswers(answers),
      },
      ...schoolUnits(17, 'draft'),
    ],
  });
}

/**
 * Seed 003 (МБОУ «Малошильнинская СОШ», Тукаевский район, 2021): the initial monitoring of May
 * and the final one of December, the same school year. The seed prints no numbers, only that the
 * indicators with shortcomings improved; the counts below are illustrative and agree with that.
 */
export function tukaevCycles(): { initial: MonitoringCycle; final: MonitoringCycle } {
  const cycle = (stage: string, id: string, answers: Record<string, IndicatorAnswer>) =>
    monitoringCycleSchema.parse({
      id,
      level: 'municipality',
      territoryId: 'tukaev',
      territoryName: 'Тукаевский муниципальный район',
      schoolYear: '2020-2021',
      stage,
      indicatorSetId: 'municipal-monitoring',
      status: 'closed',
      closedAt: stage === 'начальный мониторинг' ? '2021-05-31' : '2021-12-24',
      populations: { 'municipality-schools': 1, 'target-schools': 1, 'target-teachers': 24 },
      units: [
        {
          level: 'municipality',
          unitId: 'tukaev',
          name: 'МКУ «Управление образования»',
          state: 'accepted',
          answers: municipalAnswers(answers),
        },
        { level: 'school', unitId: 'malosh', name: 'МБОУ «Малошильнинская СОШ»', state: 'accepted' },
      ],
    });
  return {
    initial: cycle('начальный мониторинг', 'tukaev-2021-initial', {
      '3.1': { numerator: 6 },
      '4.1': { numerator: 10 },
      '4.4': { numerator: 2 },
    }),
    final: cycle('итоговый мониторинг', 'tukaev-2021-final', {
      '3.1': { numerator: 24 },
      '4.1': { numerator: 22 },
      '4.4': { numerator: 9 },
    }),
  };
}
