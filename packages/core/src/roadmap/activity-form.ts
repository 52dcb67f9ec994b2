import * as z from 'zod/mini';
import { withMeta } from '../json-schema/meta.js';
import { compilePhrase, containsPhrase, stemsOf } from './text.js';

/** The form an activity takes (форма мероприятия): seminar, course, open lesson, consultation, … */
export const activityFormSchema = /* @__PURE__ */ withMeta(
  z.enum([
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
  ]),
  {
    title: 'ActivityForm',
    description: 'Форма мероприятия: семинар, курсы, открытый урок, консультация, собеседование, …',
  },
);

/** The form of an activity (форма мероприятия). */
export type ActivityForm = z.infer<typeof activityFormSchema>;

/** Russian and English names of the activity forms. */
export const activityFormLabels: Readonly<Record<ActivityForm, { ru: string; en: string }>> = {
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
export const passiveActivityForms: readonly ActivityForm[] = [
  'seminar',
  'webinar',
  'conference',
  'course',
  'parent-meeting',
];

// Phrases checked in this order: «родительское собрание» before «собрание», «посещение уроков» before «урок».
const formPhrases: ReadonlyArray<[ActivityForm, string[]]> = [
  ['parent-meeting', ['родительское собрание', 'родительский всеобуч']],
  ['pedagogical-council', ['педагогический совет', 'педсовет']],
  ['methodological-visit', ['методический десант']],
  ['lesson-visit', ['посещение уроков', 'посещение урока', 'взаимопосещение уроков']],
  ['open-lesson', ['открытый урок', 'открытое занятие']],
  ['masterclass', ['мастер-класс']],
  ['workshop', ['мастерская', 'практикум']],
  ['webinar', ['вебинар']],
  ['seminar', ['семинар', 'семинар-практикум']],
  ['conference', ['конференция']],
  ['course', ['курсы повышения квалификации', 'курсовая подготовка', 'КПК']],
  ['consultation', ['консультация', 'консультирование']],
  ['conversation', ['собеседование', 'беседа']],
  ['meeting', ['совещание', 'собрание', 'заседание']],
  ['monitoring', ['мониторинг']],
  ['diagnostics', ['диагностика', 'диагностическая работа', 'самодиагностика']],
  ['internship', ['стажировка']],
  ['mentoring', ['наставничество']],
  ['training', ['тренинг']],
  ['festival', ['фестиваль', 'ярмарка']],
  ['competition', ['конкурс']],
];

const compiledFormPhrases = formPhrases.map(([form, phrases]) => [form, phrases.map(compilePhrase)] as const);

/** Guesses the form from the activity text («Проведение семинара» → seminar); `other` when none fits. */
export function inferActivityForm(activityText: string): ActivityForm {
  let form = inferredForms.get(activityText);
  if (form === undefined) {
    form = formOf(activityText);
    if (inferredForms.size >= 50_000) inferredForms.clear();
    inferredForms.set(activityText, form);
  }
  return form;
}

// A region's roadmaps repeat their activities' wording: each text's form is guessed once (bounded).
const inferredForms = new Map<string, ActivityForm>();

function formOf(activityText: string): ActivityForm {
  const stems = stemsOf(activityText);
  for (const [form, phrases] of compiledFormPhrases) {
    if (phrases.some((phrase) => containsPhrase(stems, phrase))) return form;
  }
  return 'other';
}
