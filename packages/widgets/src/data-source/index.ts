export type {
  DocumentRef,
  FieldProblem,
  ListQuery,
  RecordCollection,
  SendOptions,
  SendResult,
  ShnroDataSource,
  StoredDocument,
  TransitionPayload,
} from './types.js';
export { createHttpDataSource, type HttpDataSourceOptions } from './http-data-source.js';
export { documentKey } from './document-key.js';
