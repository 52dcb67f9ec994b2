import type { DocumentRef } from './types.js';

/**
 * The identity of the document a ref names, as a string (ключ документа): two refs to one
 * document give the same key. A record's `schoolId` only says where a new record goes, so it is
 * left out: a record created for a school and later saved without naming it is one document, one
 * chain of revisions in the outbox.
 */
export function documentKey(ref: DocumentRef): string {
  if (ref.kind === 'record')
    return JSON.stringify({ kind: ref.kind, collection: ref.collection, id: ref.id });
  return JSON.stringify(ref);
}
