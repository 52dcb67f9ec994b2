/**
 * @shnro/core: the typed domain core of the ШНОР SDK. No DOM; every rule lives here.
 */
export * from './share/index.js';
export * from './text/index.js';
export * from './record/index.js';
export * from './errors/index.js';
export * from './municipality/index.js';
export * from './school/index.js';
export * from './teacher/index.js';
export * from './predicate/index.js';
export * from './indicator/index.js';
export * from './json-schema/index.js';
export * from './deadline/index.js';
export * from './roadmap/index.js';
export * from './iom/index.js';
export * from './mentorship/index.js';
export * from './dynamics/index.js';
export * from './csp/index.js';
export * from './report/index.js';
export * from './cycle/index.js';
export * from './decisions/index.js';
export * from './registry/index.js';
export * from './results/index.js';
export * from './identification/index.js';
export * from './support-model/index.js';
export * from './paste/index.js';
export * from './indicator/form-support/index.js';
