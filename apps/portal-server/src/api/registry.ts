import { Hono } from 'hono';
import type { AppEnv } from '../app-env.js';
import { requireUser } from '../auth/guard.js';
import { municipalityScope, schoolScope } from '../auth/scope.js';

/** The registry as far as a person may see it: municipalities and schools (реестр). */
export const registryRoutes = new Hono<AppEnv>()
  .get('/municipalities', async (c) => {
    const user = requireUser(c);
    const scope = municipalityScope(user, 'm', 1);
    const rows = await c
      .get('db')
      .query(`select m.id, m.name from municipalities m where ${scope.sql} order by m.name`, scope.params);
    return c.json({ municipalities: rows });
  })
  .get('/schools', async (c) => {
    const user = requireUser(c);
    const scope = schoolScope(user, 's', 2);
    const rows = await c.get('db').query(
      `select s.id, s.name, s.municipality_id as "municipalityId", s.categories from schools s
        where ($1::text is null or s.municipality_id = $1) and ${scope.sql} order by s.name`,
      [c.req.query('municipalityId') ?? null, ...scope.params],
    );
    return c.json({ schools: rows });
  });
