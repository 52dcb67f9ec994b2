import * as z from 'zod/mini';
import { withMeta } from '../json-schema/meta.js';
import { activityForms } from './activity-form-values.js';

/** The form an activity takes (форма мероприятия): seminar, course, open lesson, consultation, … */
export const activityFormSchema = /* @__PURE__ */ withMeta(z.enum(activityForms), {
  title: 'ActivityForm',
  description: 'Форма мероприятия: семинар, курсы, открытый урок, консультация, собеседование, …',
});

/** The form of an activity (форма мероприятия). */
export type ActivityForm = z.infer<typeof activityFormSchema>;
