// Loaded on demand (a dynamic import): the reconciliation of a printed table (сверка) is needed
// only when a printed table is given.
export { reconcileTable } from '@shnro/core';
