import type { ActivityForm } from './activity-form.js';
import { compilePhrase, containsPhrase, stemsOf } from './text.js';

// Guessing an activity's form from its text (the review's passive-format rule): it needs the
// Russian stemmer, so it is kept apart from the forms' names a page shows.

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
