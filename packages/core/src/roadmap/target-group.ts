import * as z from 'zod/mini';
import { withMeta } from '../json-schema/meta.js';

/**
 * Whom a roadmap section works with (направление работы): teachers (учителя), students (учащиеся),
 * parents (родители), the school's management team (управленческая команда).
 */
export const targetGroupSchema = /* @__PURE__ */ withMeta(
  z.enum(['teachers', 'students', 'parents', 'management']),
  {
    title: 'TargetGroup',
    description: 'Целевая группа раздела: учителя, учащиеся, родители, управленческая команда.',
  },
);

/** A target group of a roadmap section (целевая группа). */
export type TargetGroup = z.infer<typeof targetGroupSchema>;

/** Every target group, in the order seed 000 lists them. */
export const targetGroups: readonly TargetGroup[] = targetGroupSchema.options;

/** Names of the target groups as seed 000 lists them («учителя, учащиеся и родители»). */
export const targetGroupLabels: Readonly<Record<TargetGroup, { ru: string; en: string }>> = {
  teachers: { ru: 'учителя', en: 'teachers' },
  students: { ru: 'учащиеся', en: 'students' },
  parents: { ru: 'родители', en: 'parents' },
  management: { ru: 'управленческая команда', en: 'management team' },
};

/** The «работа с …» form seed 000 uses when it counts schools («с учителями – 18 (100%)»). */
export const targetGroupWorkLabels: Readonly<Record<TargetGroup, { ru: string; en: string }>> = {
  teachers: { ru: 'с учителями', en: 'with teachers' },
  students: { ru: 'с обучающимися', en: 'with students' },
  parents: { ru: 'с родителями', en: 'with parents' },
  management: { ru: 'с управленческой командой', en: 'with the management team' },
};
