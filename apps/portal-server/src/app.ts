import { Hono } from 'hono';
import type { AppEnv } from './app-env.js';
import { cycleQualityRoutes } from './api/cycle-quality.js';
import { cycleReportRoutes } from './api/cycle-report.js';
import { dynamicsRoutes } from './api/dynamics.js';
import { identificationRoutes } from './api/identification.js';
import { importRoutes } from './api/imports.js';
import { monitoringRoutes } from './api/monitoring.js';
import { openApiDocument } from './api/openapi.js';
import { registryRoutes } from './api/registry.js';
import { decisionRoutes, iomRoutes, mentorshipRoutes } from './api/records.js';
import { roadmapRoutes } from './api/roadmaps.js';
import { sessionRoutes } from './api/session.js';
import { sessionAndCsrf } from './auth/guard.js';
import type { Database } from './db/database.js';
import { ApiError, answerError } from './http/problem.js';

export interface AppOptions {
  db: Database;
  /** Force Secure cookies on or off; by default they follow the request's scheme (https → Secure). */
  secureCookies?: boolean;
}

/** The portal's API (every route under /api); the static portal is mounted by `main.ts`. */
export function createApi(options: AppOptions): Hono<AppEnv> {
  const api = new Hono<AppEnv>();
  let openapi: unknown;
  api.use('*', async (c, next) => {
    c.set('db', options.db);
    // The API's answers are per person and change: no cache keeps them.
    c.header('Cache-Control', 'no-store');
    c.header('X-Content-Type-Options', 'nosniff');
    await next();
  });
  api.get('/api/health', async (c) => {
    await options.db.query('select 1');
    return c.json({ ok: true, database: options.db.kind });
  });
  api.get('/api/openapi.json', (c) => c.json((openapi ??= openApiDocument()) as object));
  api.use('/api/*', sessionAndCsrf(options.secureCookies));
  api.route('/api/session', sessionRoutes);
  api.route('/api', registryRoutes);
  api.route('/api/roadmaps', roadmapRoutes);
  api.route('/api/cycles', cycleReportRoutes);
  api.route('/api/cycles', monitoringRoutes);
  api.route('/api/cycles', cycleQualityRoutes);
  api.route('/api', importRoutes);
  api.route('/api/identification', identificationRoutes);
  api.route('/api/dynamics', dynamicsRoutes);
  api.route('/api/decisions', decisionRoutes);
  api.route('/api/ioms', iomRoutes);
  api.route('/api/mentorships', mentorshipRoutes);
  api.all('/api/*', () => {
    throw new ApiError(404, 'no-route', 'Такого адреса в API нет.', 'No such API route.');
  });
  api.onError((error, c) => answerError(c, error));
  return api;
}
