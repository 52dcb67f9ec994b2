import {
  cellVerdict,
  cellVerdictLabels,
  formatDecimal,
  targetVerdictLabels,
  type CellVerdict,
  type ScorecardRow,
  type TargetCheck,
  type TargetVerdict,
} from '@shnro/core';
import { html, nothing, type TemplateResult } from 'lit';
import type { LocalizeController } from '../shared/localize.js';
import type { ScorecardMessageKey } from './messages.js';

type Localize = LocalizeController<ScorecardMessageKey>;

const verdictClass: Record<CellVerdict, string> = {
  better: 'success',
  worse: 'danger',
  same: '',
  changed: 'warning',
  'no-data': 'missing',
};

/** A cell's colour against its target, when it has one. */
const targetClass: Record<TargetVerdict, CellVerdict> = {
  met: 'better',
  'not-met': 'worse',
  'not-judged': 'changed',
  'no-data': 'no-data',
  'no-target': 'same',
};

const targetMarkClass: Record<TargetVerdict, string> = {
  met: 'success',
  'not-met': 'danger',
  'not-judged': '',
  'no-data': 'missing',
  'no-target': '',
};

function renderTarget(check: TargetCheck, localize: Localize): TemplateResult {
  const locale = localize.locale;
  const label = targetVerdictLabels[check.verdict];
  const goal = check.target === null ? '' : formatDecimal(check.target.value, 1, locale);
  const unit = check.unit === 'percentage-points' ? '%' : '';
  return html`<span part="target" class="mark ${targetMarkClass[check.verdict]}"
    >${label.sign} ${label[locale] ?? label.ru}
    (${localize.term('targetValue', { value: `${goal}${unit}` })})</span
  >`;
}

/**
 * One cell of `<shnro-scorecard>`: the value, its verdict against the previous cycle in a sign and
 * a word, the target mark and the outlier mark — every verdict the core's, said in words as well
 * as in colour. A school outside the indicator's population reads «не относится»; one whose
 * population has no record (no teacher in the registry) «нет записей в реестре».
 */
export function renderScorecardCell(row: ScorecardRow, code: string, localize: Localize): TemplateResult {
  const t = localize.term.bind(localize);
  const locale = localize.locale;
  const result = row.report.report.results.find((entry) => entry.code === code);
  const display = result?.display ?? null;
  const verdict = cellVerdict(row.comparison?.rows.find((entry) => entry.code === code));
  const label = cellVerdictLabels[verdict];
  const outlier = row.outliers.get(code);
  const target = row.targets.get(code);
  const colour = target ? targetClass[target.verdict] : verdict;
  const classes = [colour, outlier ? 'outlier' : ''].filter(Boolean).join(' ');
  const empty = row.outside.has(code)
    ? t('notApplicable')
    : row.level === 'school' && result?.status === 'empty-population'
      ? t('noRecords')
      : t('noData');
  return html`<td
    class=${classes}
    data-column=${code}
    data-verdict=${verdict}
    data-target=${target ? target.verdict : nothing}
  >
    <span class="value number">${display ?? html`<span class="missing">${empty}</span>`}</span>
    ${
      row.previous === null
        ? nothing
        : html`<span part="verdict" class="mark ${verdictClass[verdict]}"
            >${label.sign} ${label[locale] ?? label.ru}</span
          >`
    }
    ${target ? renderTarget(target, localize) : nothing}
    ${
      outlier
        ? html`<span part="outlier" class="mark warning"
            >${outlier.explanation === null ? t('outlier') : t('outlierExplained')}</span
          >`
        : nothing
    }
  </td>`;
}
