import type { LocalizedText } from '../text/schema.js';
import type { IndicatorComparison } from './compare.js';
import type { ApprovalState } from './schema.js';

/**
 * The verdict of one cell of a scorecard (оценка показателя в сводной таблице) against the
 * previous cycle: `better` / `worse` (moved beyond the policy's tolerance, judged by the
 * indicator's `betterDirection`), `same` (within the tolerance), `changed` (moved, but the
 * indicator has no better direction: not judged), `no-data` (no value in either cycle, or the
 * indicator added to or removed from the set: never compared with an invented zero).
 */
export type CellVerdict = 'better' | 'worse' | 'same' | 'changed' | 'no-data';

/**
 * The verdict of one indicator of `compareCycles`: the comparison already holds the direction
 * and the assessment, this only says which of the five a table shows, so every table that marks
 * cells (scorecard, cycle comparison) marks them alike.
 */
export function cellVerdict(row: IndicatorComparison | undefined): CellVerdict {
  if (row === undefined || row.status !== 'compared' || row.assessment === null) return 'no-data';
  switch (row.assessment) {
    case 'better':
      return 'better';
    case 'worse':
      return 'worse';
    case 'unchanged':
      return 'same';
    case 'neutral':
      return 'changed';
  }
}

/**
 * How a table names each verdict: a word and a sign, so that nothing is said by colour alone
 * (the sign is not an arrow: «лучше» may be a fall, for an indicator where lower is better).
 */
export const cellVerdictLabels: Readonly<Record<CellVerdict, LocalizedText & { sign: string }>> = {
  better: { ru: 'лучше', en: 'better', sign: '+' },
  worse: { ru: 'хуже', en: 'worse', sign: '−' },
  same: { ru: 'без изменений', en: 'same', sign: '=' },
  changed: { ru: 'изменилось', en: 'changed', sign: '~' },
  'no-data': { ru: 'нет данных', en: 'no data', sign: '—' },
};

/** How a table names each level of the approval ladder (уровень согласования). */
export const approvalStateLabels: Readonly<Record<ApprovalState, LocalizedText>> = {
  draft: { ru: 'черновик', en: 'draft' },
  submitted: { ru: 'отправлено в муниципалитет', en: 'submitted' },
  returned: { ru: 'возвращено на доработку', en: 'returned' },
  approved: { ru: 'утверждено муниципалитетом', en: 'approved' },
  accepted: { ru: 'принято регионом', en: 'accepted by the region' },
};
