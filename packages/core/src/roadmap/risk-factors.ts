import * as z from 'zod/mini';
import { withMeta } from '../json-schema/meta.js';
import { reportIssue } from '../mentorship/issue.js';
import { bilingualTextSchema } from './schema.js';
import { textSchema } from '../record/schema.js';

/** A risk factor of a school's risk profile (фактор риска), as the federal «500+» project names it. */
export const riskFactorSchema = /* @__PURE__ */ withMeta(
  z.strictObject({ id: textSchema, title: bilingualTextSchema }),
  { title: 'RiskFactor', description: 'Фактор риска рискового профиля школы (проект «500+»).' },
);

/** A risk factor (фактор риска). */
export type RiskFactor = z.infer<typeof riskFactorSchema>;

/**
 * One year's list of risk factors. The list is reference data, not code: it changed between years,
 * and a region replaces or adds a list without a release. The same id means the same factor in every year.
 */
export const riskFactorListSchema = /* @__PURE__ */ withMeta(
  z
    .strictObject({
      id: textSchema,
      year: z.number().check(z.int()),
      source: z.string().check(z.minLength(1)),
      factors: z.array(riskFactorSchema).check(z.minLength(1)),
    })
    .check(
      z.superRefine((list, context) => {
        const ids = list.factors.map((factor) => factor.id);
        ids.forEach((id, index) => {
          if (ids.indexOf(id) !== index)
            reportIssue(context, ['factors', index, 'id'], 'duplicate-id', {
              ru: `фактор риска «${id}» уже есть выше; идентификаторы должны быть уникальны.`,
              en: `the risk factor "${id}" appears above already; ids must be unique.`,
            });
        });
      }),
    ),
  { title: 'RiskFactorList', description: 'Перечень факторов риска на год.' },
);

/** A year's list of risk factors (перечень факторов риска). */
export type RiskFactorList = z.infer<typeof riskFactorListSchema>;

const factor = (id: string, ru: string, en: string): RiskFactor => ({ id, title: { ru, en } });

// Shared by both years; kept once so that an id always carries the same wording.
const lowEquipment = factor('low-equipment', 'Низкий уровень оснащения школы', 'Poorly equipped school');
const teacherShortage = factor(
  'teacher-shortage',
  'Дефицит педагогических кадров',
  'Shortage of teaching staff',
);
const teacherCompetence = factor(
  'teacher-competence',
  'Недостаточная предметная и методическая компетентность педагогических работников',
  'Insufficient subject and methodological competence of teachers',
);
const noInSchoolTraining = factor(
  'no-in-school-training',
  'Несформированность внутришкольной системы повышения квалификации',
  'No in-school system of professional development',
);
const failureRiskShare = factor(
  'failure-risk-share',
  'Высокая доля обучающихся с рисками учебной неуспешности',
  'High share of students at risk of academic failure',
);
const lowMotivation = factor(
  'low-motivation',
  'Низкая учебная мотивация обучающихся',
  'Low learning motivation of students',
);
const lowDiscipline = factor(
  'low-discipline',
  'Низкий уровень дисциплины в классе',
  'Low classroom discipline',
);
const lowAdaptivity = factor(
  'low-adaptivity',
  'Риски низкой адаптивности учебного процесса',
  'Risk of a poorly adaptive learning process',
);
const weakEnvironment = factor(
  'weak-school-environment',
  'Пониженный уровень качества школьной образовательной и воспитательной среды',
  'Lower quality of the school’s learning and upbringing environment',
);
const lowParentInvolvement = factor(
  'low-parent-involvement',
  'Низкий уровень вовлечённости родителей',
  'Low parental involvement',
);
const specialNeedsShare = factor(
  'special-needs-share',
  'Высокая доля обучающихся с ОВЗ',
  'High share of students with special educational needs',
);
const languageBarriers = factor(
  'language-barriers',
  'Низкое качество преодоления языковых и культурных барьеров',
  'Poor handling of language and cultural barriers',
);

const sourceNote =
  'ФИОКО, проект «Адресная методическая помощь» («500+»): рисковый профиль школы. ' +
  'Перечень восстановлен по опубликованным материалам проекта; сверяйте с методическими рекомендациями ' +
  'текущего года и заменяйте региональным перечнем при расхождении.';

/** The «500+» risk profile of 2020, the project's first year (twelve factors). */
export const riskFactors500Plus2020: RiskFactorList = {
  id: '500plus-2020',
  year: 2020,
  source: sourceNote,
  factors: [
    lowEquipment,
    teacherShortage,
    teacherCompetence,
    noInSchoolTraining,
    failureRiskShare,
    lowMotivation,
    lowDiscipline,
    lowAdaptivity,
    weakEnvironment,
    lowParentInvolvement,
    specialNeedsShare,
    languageBarriers,
  ],
};

/** The «500+» risk profile of 2021 (ten factors). */
export const riskFactors500Plus2021: RiskFactorList = {
  id: '500plus-2021',
  year: 2021,
  source: sourceNote,
  factors: [
    lowEquipment,
    teacherShortage,
    teacherCompetence,
    noInSchoolTraining,
    failureRiskShare,
    lowMotivation,
    weakEnvironment,
    lowParentInvolvement,
    specialNeedsShare,
    languageBarriers,
  ],
};

/** The built-in risk-factor lists, oldest first. */
export const riskFactorLists500Plus: readonly RiskFactorList[] = [
  riskFactors500Plus2020,
  riskFactors500Plus2021,
];

/** The list in force in `year`: the latest list of that year or before, or `undefined` before the first. */
export function riskFactorListFor(
  year: number,
  lists: readonly RiskFactorList[] = riskFactorLists500Plus,
): RiskFactorList | undefined {
  return [...lists].sort((a, b) => b.year - a.year).find((list) => list.year <= year);
}

/** The factor with this id in the list, or `undefined` (e.g. an id from another year's list). */
export function findRiskFactor(list: RiskFactorList, id: string): RiskFactor | undefined {
  return list.factors.find((candidate) => candidate.id === id);
}
