// The activity forms and their names, without the schema: what a page needs to show a form and
// offer the list (activity-form.ts builds the schema from the same list).

/** Every form an activity can take, in the order a list offers them (the values of `activityFormSchema`). */
export const activityForms = [
  'seminar',
  'webinar',
  'conference',
  'course',
  'open-lesson',
  'masterclass',
  'workshop',
  'consultation',
  'conversation',
  'meeting',
  'parent-meeting',
  'pedagogical-council',
  'monitoring',
  'diagnostics',
  'lesson-visit',
  'internship',
  'mentoring',
  'training',
  'festival',
  'competition',
  'methodological-visit',
  'other',
] as const;

/** One of `activityForms`. */
type FormValue = (typeof activityForms)[number];

/** Russian and English names of the activity forms. */
export const activityFormLabels: Readonly<Record<FormValue, { ru: string; en: string }>> = {
  seminar: { ru: 'семинар', en: 'seminar' },
  webinar: { ru: 'вебинар', en: 'webinar' },
  conference: { ru: 'конференция', en: 'conference' },
  course: { ru: 'курсы повышения квалификации', en: 'professional development course' },
  'open-lesson': { ru: 'открытый урок', en: 'open lesson' },
  masterclass: { ru: 'мастер-класс', en: 'masterclass' },
  workshop: { ru: 'педагогическая мастерская, практикум', en: 'workshop' },
  consultation: { ru: 'консультация', en: 'consultation' },
  conversation: { ru: 'собеседование', en: 'conversation' },
  meeting: { ru: 'совещание', en: 'meeting' },
  'parent-meeting': { ru: 'родительское собрание', en: 'parents’ meeting' },
  'pedagogical-council': { ru: 'педагогический совет', en: 'teachers’ council' },
  monitoring: { ru: 'мониторинг', en: 'monitoring' },
  diagnostics: { ru: 'диагностика', en: 'diagnostics' },
  'lesson-visit': { ru: 'посещение уроков', en: 'lesson observation' },
  internship: { ru: 'стажировка', en: 'internship' },
  mentoring: { ru: 'наставничество', en: 'mentoring' },
  training: { ru: 'тренинг', en: 'training' },
  festival: { ru: 'фестиваль', en: 'festival' },
  competition: { ru: 'конкурс', en: 'competition' },
  'methodological-visit': { ru: 'методический десант', en: 'methodological team visit' },
  other: { ru: 'другое', en: 'other' },
};

/**
 * Forms in which participants listen rather than produce: without a product or an application in
 * practice they change nothing (seed 000: «Пассивное участие в семинаре не даст повышения качества»).
 * The set is argued, form by form:
 * - seminar, webinar, conference, course: a speaker talks, the participants listen;
 * - parent-meeting: the school informs, the parents listen.
 * Not passive: an interview (собеседование) and a consultation are two-way and end in a picture of a
 * person's deficits or an answer to their question; a meeting (совещание) and a teachers' council end
 * in a decision; open lessons, masterclasses, workshops, internships, mentoring, lesson visits and
 * diagnostics are done, not listened to.
 */
export const passiveActivityForms: readonly FormValue[] = [
  'seminar',
  'webinar',
  'conference',
  'course',
  'parent-meeting',
];
