/**
 * @shnro/core/catalogue: the built-in indicator sets (каталог наборов показателей), apart from
 * the calculator. `import { computeIndicators } from '@shnro/core'` then weighs nothing of their
 * titles and notes; a page that computes a region's own set never downloads seed 001's.
 * (The main entry still re-exports them, for code written before this entry existed.)
 */
export * from '../indicator/catalogue/municipal-monitoring.js';
