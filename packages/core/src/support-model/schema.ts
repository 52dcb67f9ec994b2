import * as z from 'zod/mini';
import { withMeta } from '../json-schema/meta.js';
import { recordIdSchema } from '../record/schema.js';
import type { LocalizedText } from '../text/schema.js';

/**
 * An instrument of support a municipality may use (инструмент поддержки): `curator-specialist`
 * (куратор — специалист управления или методической службы), `curator-school` (школа-куратор),
 * `leader-school` (школа-лидер проекта «500+»), `school-mentor` (наставник школы),
 * `teacher-tutor` (муниципальный тьютор педагогов), `methodological-visit` (методический выезд,
 * десант), `internship-site` (стажировочная площадка).
 */
export const supportInstrumentSchema = /* @__PURE__ */ withMeta(
  z.enum([
    'curator-specialist',
    'curator-school',
    'leader-school',
    'school-mentor',
    'teacher-tutor',
    'methodological-visit',
    'internship-site',
  ]),
  {
    title: 'SupportInstrument',
    description: 'Инструмент поддержки школ, который использует муниципалитет.',
  },
);

/** An instrument of support (инструмент поддержки). */
export type SupportInstrument = z.infer<typeof supportInstrumentSchema>;

/** Every instrument of support, in the order the seeds list them. */
export const supportInstruments: readonly SupportInstrument[] = supportInstrumentSchema.options;

/** How reports name each instrument. */
export const supportInstrumentLabels: Readonly<Record<SupportInstrument, LocalizedText>> = {
  'curator-specialist': { ru: 'куратор (специалист)', en: 'curator (specialist)' },
  'curator-school': { ru: 'школа-куратор', en: 'curator school' },
  'leader-school': { ru: 'школа-лидер (проект 500+)', en: 'leader school (project 500+)' },
  'school-mentor': { ru: 'наставник школы', en: 'school mentor' },
  'teacher-tutor': { ru: 'муниципальный тьютор педагогов', en: 'municipal tutor for teachers' },
  'methodological-visit': { ru: 'методический выезд (десант)', en: 'methodological visit' },
  'internship-site': { ru: 'стажировочная площадка', en: 'internship site' },
};

/**
 * A municipality's support model (модель сопровождения): which instruments it uses. Seed 003's
 * district works through a curator school, seed 004's through mentors and municipal tutors; seed
 * 001's city also through leader schools and landings. Coverage and gaps speak only of these.
 */
export const supportModelSchema = /* @__PURE__ */ withMeta(
  z.strictObject({
    municipalityId: recordIdSchema,
    instruments: z.array(supportInstrumentSchema),
  }),
  {
    title: 'SupportModel',
    description: 'Модель сопровождения муниципалитета: используемые инструменты поддержки.',
  },
);

/** A municipality's support model. */
export type SupportModel = z.infer<typeof supportModelSchema>;

/** Support models of a region's municipalities. */
export const supportModelsSchema = /* @__PURE__ */ withMeta(z.array(supportModelSchema), {
  title: 'SupportModels',
  description: 'Модели сопровождения муниципалитетов региона.',
});

export { instrumentsFor } from './instruments.js';
