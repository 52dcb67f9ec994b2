export {
  supportInstrumentSchema,
  supportInstruments,
  supportInstrumentLabels,
  supportModelSchema,
  supportModelsSchema,
  instrumentsFor,
  type SupportInstrument,
  type SupportModel,
} from './schema.js';
