import type { Issue } from '../errors/issue.js';
import { formatPath } from '../errors/path.js';
import type { DisplayLocale } from '../share/index.js';
import { roadmapSchema, type Roadmap, type RoadmapActivity } from './schema.js';
import { assertArgument } from '../errors/require-argument.js';
import { toDisplayLocale } from '../text/locale.js';

/**
 * The longest texts a roadmap may be submitted with (знаков). Titles are a line; an activity's
 * texts a paragraph or two. Anything longer is a paste gone wrong, not a plan a reviewer can read.
 */
export const submitTextLimits = { title: 500, text: 5_000 } as const;

/** Where a submit problem is, by ids, so a form can link to the field («Перейти»). */
export interface SubmitProblemTarget {
  sectionId?: string;
  activityId?: string;
  /** The field: `title`, `activity`, `problem`, `plannedResult`, `responsible`, `deadline`, … */
  field: string;
}

/** One reason a roadmap cannot be submitted yet: an `Issue` with both languages and its place. */
export interface SubmitProblem extends Issue {
  code: 'blank-title' | 'blank-section-title' | 'empty-activity' | 'text-too-long';
  messages: { ru: string; en: string };
  target: SubmitProblemTarget;
}

const activityFields = ['activity', 'problem', 'plannedResult', 'responsible'] as const;
const activityFieldNames: Record<(typeof activityFields)[number] | 'deadline', { ru: string; en: string }> = {
  activity: { ru: 'Мероприятие', en: 'Activity' },
  problem: { ru: 'Проблема', en: 'Problem' },
  plannedResult: { ru: 'Прогнозируемый результат', en: 'Planned result' },
  responsible: { ru: 'Ответственный', en: 'Responsible' },
  deadline: { ru: 'Срок', en: 'Deadline' },
};

function blank(text: string | undefined): boolean {
  return text === undefined || text.trim() === '';
}

/** «1 000 знаков»: counts with a thin group separator, as the seeds print them. */
function characters(count: number, locale: DisplayLocale): string {
  const digits = String(count).replace(/\B(?=(\d{3})+(?!\d))/g, locale === 'ru' ? '\u00a0' : ',');
  return locale === 'ru' ? `${digits} знаков` : `${digits} characters`;
}

/**
 * What stops a roadmap from being submitted (направить на рассмотрение): a blank roadmap or section
 * title, an activity with no text, a text longer than `submitTextLimits`. Each problem has the path
 * of its field (`sections[0].activities[2].activity`), the ids of its section and activity, and a
 * message in the requested language with both languages in `messages`. Empty means ready.
 */
export function checkRoadmapForSubmit(roadmap: Roadmap, locale: DisplayLocale = 'ru'): SubmitProblem[] {
  assertArgument('checkRoadmapForSubmit', 'roadmap', roadmapSchema, roadmap);
  return submitProblems(roadmap, locale === 'en' ? 'en' : 'ru');
}

/** `checkRoadmapForSubmit` on a roadmap already checked against its schema (the lifecycle checks it). */
export function submitProblems(roadmap: Roadmap, requested: DisplayLocale = 'ru'): SubmitProblem[] {
  const locale = toDisplayLocale(requested);
  const problems: SubmitProblem[] = [];
  const add = (
    path: PropertyKey[],
    code: SubmitProblem['code'],
    target: SubmitProblemTarget,
    messages: { ru: string; en: string },
  ) => problems.push({ path: formatPath(path), code, message: messages[locale], messages, target });
  const tooLong = (
    path: PropertyKey[],
    target: SubmitProblemTarget,
    text: string | undefined,
    limit: number,
    where: { ru: string; en: string },
  ) => {
    if (text === undefined || text.length <= limit) return;
    add(path, 'text-too-long', target, {
      ru: `${where.ru}: текст длиной ${characters(text.length, 'ru')}, а допустимо не больше ${characters(limit, 'ru')}. Сократите его.`,
      en: `${where.en}: the text is ${characters(text.length, 'en')} long; at most ${characters(limit, 'en')} are allowed. Shorten it.`,
    });
  };

  if (blank(roadmap.title)) {
    add(
      ['title'],
      'blank-title',
      { field: 'title' },
      {
        ru: 'Не заполнено название дорожной карты.',
        en: 'The roadmap has no title.',
      },
    );
  }
  tooLong(['title'], { field: 'title' }, roadmap.title, submitTextLimits.title, {
    ru: 'Название дорожной карты',
    en: 'The roadmap title',
  });

  roadmap.sections.forEach((section, s) => {
    const sectionPath = ['sections', s];
    const where = { ru: `Раздел ${s + 1}`, en: `Section ${s + 1}` };
    const target = { sectionId: section.id, field: 'title' };
    if (blank(section.title)) {
      add([...sectionPath, 'title'], 'blank-section-title', target, {
        ru: `${where.ru}: не заполнено название раздела.`,
        en: `${where.en}: the section has no title.`,
      });
    }
    tooLong([...sectionPath, 'title'], target, section.title, submitTextLimits.title, {
      ru: `${where.ru}, название`,
      en: `${where.en}, title`,
    });
    section.activities.forEach((activity, a) =>
      checkActivity(
        activity,
        [...sectionPath, 'activities', a],
        `${s + 1}.${a + 1}`,
        section.id,
        add,
        tooLong,
      ),
    );
  });
  return problems;
}

function checkActivity(
  activity: RoadmapActivity,
  path: PropertyKey[],
  number: string,
  sectionId: string,
  add: (
    path: PropertyKey[],
    code: SubmitProblem['code'],
    target: SubmitProblemTarget,
    messages: { ru: string; en: string },
  ) => void,
  tooLong: (
    path: PropertyKey[],
    target: SubmitProblemTarget,
    text: string | undefined,
    limit: number,
    where: { ru: string; en: string },
  ) => void,
): void {
  const target = (field: string) => ({ sectionId, activityId: activity.id, field });
  if (blank(activity.activity)) {
    add([...path, 'activity'], 'empty-activity', target('activity'), {
      ru: `Мероприятие ${number}: не заполнено, что будет сделано. Заполните или удалите строку.`,
      en: `Activity ${number}: it does not say what will be done. Fill it in or delete the row.`,
    });
  }
  for (const field of activityFields) {
    const name = activityFieldNames[field];
    tooLong([...path, field], target(field), activity[field], submitTextLimits.text, {
      ru: `Мероприятие ${number}, поле «${name.ru}»`,
      en: `Activity ${number}, field “${name.en}”`,
    });
  }
  tooLong(
    [...path, 'deadline', 'text'],
    target('deadline'),
    activity.deadline?.text,
    submitTextLimits.title,
    {
      ru: `Мероприятие ${number}, поле «${activityFieldNames.deadline.ru}»`,
      en: `Activity ${number}, field “${activityFieldNames.deadline.en}”`,
    },
  );
}
