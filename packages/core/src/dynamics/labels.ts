import type { LocalizedText } from '../text/schema.js';
import type { Assessment, DynamicsClass, ResultMetric } from './schema.js';

/** How reports name each assessment: as the seeds write it (ГИА-9, not ОГЭ). */
export const assessmentLabels: Readonly<Record<Assessment, LocalizedText>> = {
  vpr: { ru: 'ВПР', en: 'VPR' },
  'gia-9': { ru: 'ГИА-9', en: 'GIA-9' },
  'gia-11': { ru: 'ГИА-11', en: 'GIA-11' },
};

/** How a table heads each metric. */
export const resultMetricLabels: Readonly<Record<ResultMetric, LocalizedText>> = {
  'average-score': { ru: 'средний балл', en: 'average score' },
  'sum-of-average-scores': { ru: 'совокупность среднего балла', en: 'sum of average scores' },
  'quality-percent': { ru: 'качество знаний, %', en: 'quality rate, %' },
  'sum-of-quality-percents': {
    ru: 'совокупность среднего балла по качеству образования',
    en: 'sum of quality rates',
  },
  'pass-rate': { ru: 'успеваемость, %', en: 'pass rate, %' },
};

/** How a summary names each class of dynamics. */
export const dynamicsClassLabels: Readonly<Record<DynamicsClass, LocalizedText>> = {
  improving: { ru: 'положительная динамика', en: 'positive dynamics' },
  stable: { ru: 'без существенных изменений', en: 'no significant change' },
  declining: { ru: 'снижение результатов', en: 'decline' },
  'stable-low': { ru: 'стабильно низкие результаты', en: 'stable low results' },
  'insufficient-data': { ru: 'недостаточно данных', en: 'insufficient data' },
};
