import type { SupportInstrument, SupportModel } from './schema.js';

// Apart from the schemas, so that reading a model pulls no zod into an element's bundle.

/**
 * The instruments a school's municipality uses, or `undefined` when it has no model (then every
 * instrument counts, as before support models existed).
 */
export function instrumentsFor(
  models: readonly SupportModel[] | undefined,
  municipalityId: string | undefined,
): readonly SupportInstrument[] | undefined {
  if (models === undefined || municipalityId === undefined) return undefined;
  return models.find((model) => model.municipalityId === municipalityId)?.instruments;
}
