import type { LocalizedText } from '../text/schema.js';
import type { AssignmentKind, EventLevel, InternshipVenue, PartyKind, SupportEventKind } from './schema.js';

/** How reports name each kind of assignment. */
export const assignmentKindLabels: Readonly<Record<AssignmentKind, LocalizedText>> = {
  mentor: { ru: 'наставник', en: 'mentor' },
  curator: { ru: 'куратор (специалист)', en: 'curator (specialist)' },
  'curator-school': { ru: 'школа-куратор', en: 'curator school' },
  'leader-school': { ru: 'школа-лидер (проект 500+)', en: 'leader school (project 500+)' },
  tutor: { ru: 'муниципальный тьютор', en: 'municipal tutor' },
};

/** How reports name each kind of party. */
export const partyKindLabels: Readonly<Record<PartyKind, LocalizedText>> = {
  school: { ru: 'школа', en: 'school' },
  teacher: { ru: 'педагог', en: 'teacher' },
  person: { ru: 'специалист', en: 'specialist' },
};

/** How reports name each kind of support event. */
export const supportEventKindLabels: Readonly<Record<SupportEventKind, LocalizedText>> = {
  'methodological-landing': { ru: 'методический десант', en: 'methodological landing' },
  'managerial-landing': { ru: 'управленческий десант', en: 'managerial landing' },
  consultation: { ru: 'консультация', en: 'consultation' },
  visit: { ru: 'выезд специалистов в ОО', en: 'visit to the school' },
  seminar: { ru: 'семинар', en: 'seminar' },
  masterclass: { ru: 'мастер-класс', en: 'master class' },
  workshop: { ru: 'педагогическая мастерская', en: 'teaching workshop' },
  internship: { ru: 'стажировка', en: 'internship' },
  festival: { ru: 'фестиваль', en: 'festival' },
  meeting: { ru: 'совещание', en: 'meeting' },
};

/** How reports name each event level. */
export const eventLevelLabels: Readonly<Record<EventLevel, LocalizedText>> = {
  school: { ru: 'школьный', en: 'school' },
  municipal: { ru: 'муниципальный', en: 'municipal' },
  'inter-municipal': { ru: 'межмуниципальный', en: 'inter-municipal' },
  regional: { ru: 'региональный', en: 'regional' },
  federal: { ru: 'федеральный', en: 'federal' },
};

/** How seed 001 names where an internship took place. */
export const internshipVenueLabels: Readonly<Record<InternshipVenue, LocalizedText>> = {
  'own-municipality': { ru: 'в своём муниципалитете', en: 'in its own municipality' },
  'other-municipality': { ru: 'в другом МСО региона', en: 'in another municipality of the region' },
  'other-region': { ru: 'в другом субъекте РФ', en: 'in another region of Russia' },
};
