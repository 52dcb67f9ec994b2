import type { LocalizedText } from '../text/schema.js';
import type { CompetenceLevel, DeficitArea, IomEvidenceKind, IomItemKind, IomStatus } from './schema.js';

/** How reports name each deficit area (seed 001: «предметных; методических; психолого-педагогических»). */
export const deficitAreaLabels: Readonly<Record<DeficitArea, LocalizedText>> = {
  subject: { ru: 'предметный', en: 'subject' },
  methodological: { ru: 'методический', en: 'methodological' },
  'psycho-pedagogical': { ru: 'психолого-педагогический', en: 'psycho-pedagogical' },
  communicative: { ru: 'коммуникативный', en: 'communicative' },
};

/** How reports name each competence level. */
export const competenceLevelLabels: Readonly<Record<CompetenceLevel, LocalizedText>> = {
  low: { ru: 'низкий', en: 'low' },
  medium: { ru: 'средний', en: 'medium' },
  high: { ru: 'высокий', en: 'high' },
};

/** How an ИОМ names each form of activity. */
export const iomItemKindLabels: Readonly<Record<IomItemKind, LocalizedText>> = {
  course: { ru: 'курсы повышения квалификации', en: 'professional development course' },
  internship: { ru: 'стажировка', en: 'internship' },
  'open-lesson': { ru: 'открытый урок', en: 'open lesson' },
  'lesson-visits': { ru: 'взаимопосещение уроков', en: 'mutual lesson visits' },
  mentoring: { ru: 'занятия с наставником (тьютором)', en: 'sessions with a mentor (tutor)' },
  'network-association': {
    ru: 'работа в сетевом методическом объединении',
    en: 'networked methodological association',
  },
  seminar: { ru: 'семинар (вебинар)', en: 'seminar (webinar)' },
  masterclass: { ru: 'мастер-класс', en: 'master class' },
  'self-study': { ru: 'самообразование', en: 'self-study' },
};

/** How an ИОМ names each kind of evidence. */
export const iomEvidenceKindLabels: Readonly<Record<IomEvidenceKind, LocalizedText>> = {
  certificate: { ru: 'удостоверение (сертификат)', en: 'certificate' },
  'lesson-plan': { ru: 'технологическая карта (конспект) урока', en: 'lesson plan' },
  'lesson-analysis': { ru: 'анализ урока', en: 'lesson analysis' },
  report: { ru: 'отчёт', en: 'report' },
  publication: { ru: 'публикация', en: 'publication' },
  other: { ru: 'иное', en: 'other' },
};

/** How reports name each ИОМ state. */
export const iomStatusLabels: Readonly<Record<IomStatus, LocalizedText>> = {
  draft: { ru: 'составляется', en: 'draft' },
  active: { ru: 'реализуется', en: 'in progress' },
  completed: { ru: 'завершён', en: 'completed' },
  cancelled: { ru: 'отменён', en: 'cancelled' },
};
