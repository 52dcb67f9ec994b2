import type { Registry, RegistrySchool, RegistryTeacher } from '@shnro/core';
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
  /**
   * The registry (the core's Registry) as far as the person reaches, with the teachers of its schools: the operator the region's,
   * the methodologist its municipality's, a school its own record. Only schools imported from the
   * region's file carry a full record (ИНН, code, categories, risks); a school the portal knows
   * otherwise is not a registry record, so it is not listed, exactly as the import's diff counts.
   */
  .get('/registry', async (c) => {
    const user = requireUser(c);
    const db = c.get('db');
    const municipalities = municipalityScope(user, 'm', 1);
    const schools = schoolScope(user, 's', 1);
    const [places, records, teachers] = await Promise.all([
      db.query<{ id: string; name: string }>(
        `select m.id, m.name from municipalities m where ${municipalities.sql} order by m.id`,
        municipalities.params,
      ),
      db.query<{ record: RegistrySchool }>(
        `select s.record from schools s where s.record is not null and ${schools.sql} order by s.id`,
        schools.params,
      ),
      // The teachers of the schools within reach (the region's teachers file).
      db.query<{ record: RegistryTeacher }>(
        `select t.record from registry_teachers t join schools s on s.id = t.school_id
          where ${schools.sql} order by t.id`,
        schools.params,
      ),
    ]);
    const registry: Registry = {
      municipalities: places,
      schools: records.map((row) => row.record),
      teachers: teachers.map((row) => row.record),
    };
    return c.json(registry);
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
