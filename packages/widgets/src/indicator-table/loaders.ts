import { LazyModule } from './lazy-module.js';

/** The validating calculator and its wording (`./full-check.js`), shared by every table and form. */
export const fullCheck = new LazyModule(() => import('./full-check.js'));

/** The reconciliation of printed tables (`./reconcile-check.js`). */
export const reconcileCheck = new LazyModule(() => import('./reconcile-check.js'));

/** The built-in set (seed 001's `municipalMonitoringSet`), for a page that gives no `set`. */
export const defaultSet = new LazyModule(() => import('@shnro/core/catalogue'));
