/**
 * @shnro/core: the typed domain core of the ШНОР SDK. No DOM; every rule lives here.
 */
export * from './share/index.js';
