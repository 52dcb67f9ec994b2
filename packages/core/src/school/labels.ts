import type { LocalizedText } from '../text/schema.js';
import type { ResourceRisk, SchoolCategory, SchoolRole } from './schema.js';

/** How reports name each school category. */
export const schoolCategoryLabels: Readonly<Record<SchoolCategory, LocalizedText>> = {
  'low-results': {
    ru: 'ШНОР/ШНРО (школа с низкими результатами обучения)',
    en: 'school with low educational results',
  },
  'unfavourable-conditions': {
    ru: 'ШНСУ (школа, функционирующая в неблагоприятных социальных условиях)',
    en: 'school in unfavourable social conditions',
  },
  'risk-of-decline': {
    ru: 'школа в зоне риска снижения образовательных результатов',
    en: 'school at risk of declining results',
  },
};

/** How reports name each school role. */
export const schoolRoleLabels: Readonly<Record<SchoolRole, LocalizedText>> = {
  'curator-school': { ru: 'школа-куратор', en: 'curator school' },
  'leader-school': { ru: 'школа-лидер (проект 500+)', en: 'leader school (project 500+)' },
  'internship-site': { ru: 'стажировочная площадка', en: 'internship site' },
};

/** How seed 001 names each resource risk. */
export const resourceRiskLabels: Readonly<Record<ResourceRisk, LocalizedText>> = {
  'no-stable-internet': { ru: 'отсутствие устойчивого доступа в интернет', en: 'no stable internet access' },
  'too-few-computers': {
    ru: 'отсутствие достаточного количества компьютерной техники',
    en: 'not enough computers',
  },
  'staff-shortage': { ru: 'дефицит педагогических кадров', en: 'shortage of teaching staff' },
};
