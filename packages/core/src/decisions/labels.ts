import type { LocalizedText } from '../text/schema.js';
import type { Addressee, DecisionRecord, DecisionStatus } from './schema.js';

/** How a monitoring table names each state of a decision. */
export const decisionStatusLabels: Readonly<Record<DecisionStatus, LocalizedText>> = {
  planned: { ru: 'запланировано', en: 'planned' },
  'in-progress': { ru: 'выполняется', en: 'in progress' },
  done: { ru: 'выполнено', en: 'done' },
  overdue: { ru: 'просрочено', en: 'overdue' },
};

/** Recommendation (рекомендация) or management decision (управленческое решение). */
export const decisionKindLabels: Readonly<Record<DecisionRecord['kind'], LocalizedText>> = {
  recommendation: { ru: 'рекомендация', en: 'recommendation' },
  'management-decision': { ru: 'управленческое решение', en: 'management decision' },
};

/** What kind of addressee a decision has, for filters and headings. */
export const addresseeKindLabels: Readonly<Record<Addressee['kind'], LocalizedText>> = {
  school: { ru: 'школа', en: 'school' },
  'municipal-body': { ru: 'муниципальный орган управления образованием', en: 'municipal education body' },
  'methodological-service': { ru: 'методическая служба', en: 'methodological service' },
  'subject-teachers': { ru: 'учителя-предметники', en: 'subject teachers' },
  other: { ru: 'иной адресат', en: 'other' },
};

/**
 * The states a person sets by hand. `overdue` is not among them: `followDecision` finds it from
 * the date, so a decision done late is set to `done`, never stored as overdue by hand.
 */
export const settableDecisionStatuses: readonly DecisionStatus[] = ['planned', 'in-progress', 'done'];
