import {
  describeImportProblem,
  diffRegistry,
  importRegistry,
  importResults,
  normalizeKey,
  type ImportProblem,
  type Registry,
  type RegistrySchool,
  type RegistryTeacher,
} from '@shnro/core';
import { Hono } from 'hono';
import * as z from 'zod';
import type { AppEnv } from '../app-env.js';
import { requireUser } from '../auth/guard.js';
import type { SessionUser } from '../auth/session.js';
import type { Queryable } from '../db/database.js';
import { readBody } from '../http/body.js';
import { idempotent, type Outcome } from '../http/idempotency.js';
import { ApiError, forbidden } from '../http/problem.js';

/**
 * A file sent as JSON: its name (the extension tells CSV from XLSX) and its bytes in base64. The
 * body stays under the server's 5 MB limit, which a region's registry (a few hundred kB) meets.
 */
export const importFileBody = z.strictObject({
  fileName: z.string().trim().min(1).max(200),
  /** The file's bytes, base64. */
  content: z.string().min(1),
  /** Only show what the file would change (the diff), writing nothing. */
  dryRun: z.boolean().optional(),
});

function assertOperator(user: SessionUser): void {
  if (user.role !== 'operator') {
    throw forbidden(
      'Реестр и результаты оценочных процедур загружает региональный оператор.',
      'The registry and results are imported by the regional operator.',
    );
  }
}

function bytesOf(content: string): Uint8Array {
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(content.replace(/\s+/g, ''))) {
    throw new ApiError(
      422,
      'invalid',
      'Поле «content»: ожидается содержимое файла в base64.',
      'Field "content": base64 expected.',
      {
        issues: [{ path: 'content', message: 'Ожидается содержимое файла в base64.' }],
      },
    );
  }
  return new Uint8Array(Buffer.from(content, 'base64'));
}

const describe = (problems: readonly ImportProblem[]) =>
  problems.map((problem) => ({
    severity: problem.severity,
    code: problem.code,
    message: describeImportProblem(problem),
  }));

interface SchoolRow {
  id: string;
  municipality_id: string;
  record: RegistrySchool | null;
}

/** The registry as stored: every municipality, and the schools that came from a file. */
async function storedRegistry(tx: Queryable): Promise<Registry> {
  const municipalities = await tx.query<{ id: string; name: string }>(
    'select id, name from municipalities order by id',
  );
  const schools = await tx.query<SchoolRow>(
    'select id, municipality_id, record from schools where record is not null order by id',
  );
  const teachers = await tx.query<{ record: RegistryTeacher }>(
    'select record from registry_teachers order by id',
  );
  return {
    municipalities,
    schools: schools.map((row) => row.record!),
    teachers: teachers.map((row) => row.record),
  };
}

/**
 * A teachers file (a sheet with «ФИО педагога»), read against the stored registry: each row finds
 * its school there (by ИНН, code or name). The stored schools do not change; the teachers are added
 * or updated by id. A teacher whose school the registry lacks is the core's problem of that row.
 */
async function importTeachers(
  tx: Queryable,
  file: { name: string; data: Uint8Array },
  dryRun: boolean,
  user: SessionUser,
  raw: { fileName: string; format: string },
): Promise<Outcome> {
  const stored = await storedRegistry(tx);
  const result = await importRegistry(file, { base: stored });
  const known = new Set(stored.teachers.map((teacher) => teacher.id));
  const read = result.registry.teachers.filter((teacher) => !stored.teachers.includes(teacher));
  const teachers = {
    added: read.filter((teacher) => !known.has(teacher.id)).length,
    updated: read.filter((teacher) => known.has(teacher.id)).length,
  };
  const diff = {
    added: [],
    changed: [],
    removed: [],
    unchanged: stored.schools.length,
    withoutMunicipality: [],
    teachers,
  };
  const problems = describe(result.problems);
  if (dryRun) return { status: 200, body: { dryRun: true, format: result.format, diff, problems } };
  for (const teacher of read) {
    await tx.query(
      `insert into registry_teachers (id, school_id, record) values ($1, $2, $3)
       on conflict (id) do update set school_id = excluded.school_id, record = excluded.record, imported_at = now()`,
      [teacher.id, teacher.schoolId, JSON.stringify(teacher)],
    );
  }
  const [row] = await tx.query<{ id: number }>(
    `insert into registry_imports (file_name, format, imported_by, diff, problems)
     values ($1, $2, $3, $4, $5) returning id::int`,
    [raw.fileName, raw.format, user.id, JSON.stringify(diff), JSON.stringify(problems)],
  );
  return { status: 201, body: { id: row!.id, dryRun: false, format: result.format, diff, problems } };
}

/**
 * The file's municipalities matched to the stored ones by name (the core keys a municipality by
 * its written name, «г-канск»; the portal's own ids stay): a file that names «г. Канск» adds its
 * schools to the municipality the methodologist of Канск already sees.
 */
function matchMunicipalities(imported: Registry, stored: Registry): Registry {
  const byName = new Map(stored.municipalities.map((m) => [normalizeKey(m.name), m.id]));
  const idOf = new Map(imported.municipalities.map((m) => [m.id, byName.get(normalizeKey(m.name)) ?? m.id]));
  return {
    ...imported,
    municipalities: imported.municipalities.map((m) => ({ ...m, id: idOf.get(m.id)! })),
    schools: imported.schools.map((school) =>
      school.municipalityId === undefined
        ? school
        : { ...school, municipalityId: idOf.get(school.municipalityId) ?? school.municipalityId },
    ),
    teachers: [],
  };
}

const named = (school: RegistrySchool) => ({ id: school.id, name: school.name });

export const importRoutes = new Hono<AppEnv>()
  .get('/registry/imports', async (c) => {
    const user = requireUser(c);
    assertOperator(user);
    const rows = await c.get('db').query(
      `select id::int, file_name as "fileName", format, imported_at as "importedAt", diff, problems
         from registry_imports order by id desc limit 20`,
    );
    return c.json({ imports: rows });
  })
  .post('/registry/imports', async (c) => {
    const user = requireUser(c);
    const { value, raw } = await readBody(c, importFileBody);
    assertOperator(user);
    const data = bytesOf(value.content);
    // The core reads the file: encoding, separator, columns, every row's problems.
    const result = await importRegistry({ name: value.fileName, data });
    return idempotent(c, c.get('db'), user.id, raw, async (tx) => {
      if (result.sheets.length > 0 && result.sheets.every((sheet) => sheet.kind === 'teachers')) {
        return importTeachers(tx, { name: value.fileName, data }, value.dryRun === true, user, {
          fileName: value.fileName,
          format: result.format,
        });
      }
      const stored = await storedRegistry(tx);
      const next = matchMunicipalities(result.registry, stored);
      const homeless = next.schools.filter((school) => school.municipalityId === undefined);
      const placed = {
        ...next,
        schools: next.schools.filter((school) => school.municipalityId !== undefined),
      };
      // Only the schools compare: the stored municipalities are the portal's, not the file's.
      const diff = diffRegistry({ ...stored, municipalities: [] }, { ...placed, municipalities: [] }).schools;
      const summary = {
        added: diff.added.map(named),
        changed: diff.changed.map((change) => ({
          id: change.id,
          name: change.name,
          fields: change.fields.map((f) => f.field),
        })),
        // Kept, not deleted: their roadmaps and monitoring stay; the operator sees the list.
        removed: diff.removed.map(named),
        unchanged: diff.unchanged,
        withoutMunicipality: homeless.map(named),
      };
      const problems = describe(result.problems);
      if (!value.dryRun) {
        const known = new Set(stored.municipalities.map((m) => m.id));
        for (const m of placed.municipalities) {
          if (known.has(m.id) || !placed.schools.some((s) => s.municipalityId === m.id)) continue;
          await tx.query('insert into municipalities (id, name) values ($1, $2) on conflict do nothing', [
            m.id,
            m.name,
          ]);
        }
        for (const school of [...diff.added, ...diff.changed.map((change) => change.after)]) {
          await tx.query(
            `insert into schools (id, municipality_id, name, categories, record) values ($1, $2, $3, $4, $5)
             on conflict (id) do update set municipality_id = excluded.municipality_id, name = excluded.name,
               categories = excluded.categories, record = excluded.record`,
            [
              school.id,
              school.municipalityId,
              school.shortName ?? school.name,
              JSON.stringify(school.categories ?? []),
              JSON.stringify(school),
            ],
          );
        }
        const [row] = await tx.query<{ id: number }>(
          `insert into registry_imports (file_name, format, imported_by, diff, problems)
           values ($1, $2, $3, $4, $5) returning id::int`,
          [value.fileName, result.format, user.id, JSON.stringify(summary), JSON.stringify(problems)],
        );
        return {
          status: 201,
          body: { id: row!.id, dryRun: false, format: result.format, diff: summary, problems },
        };
      }
      return { status: 200, body: { dryRun: true, format: result.format, diff: summary, problems } };
    });
  })
  .post('/results/imports', async (c) => {
    const user = requireUser(c);
    const { value, raw } = await readBody(c, importFileBody);
    assertOperator(user);
    const data = bytesOf(value.content);
    return idempotent(c, c.get('db'), user.id, raw, async (tx) => {
      // Results name their schools by ИНН or name: the core finds them in the stored registry.
      const registry = await storedRegistry(tx);
      const result = await importResults({ name: value.fileName, data }, { registry });
      const problems = describe(result.problems);
      if (value.dryRun)
        return { status: 200, body: { dryRun: true, results: result.results.length, problems } };
      const [row] = await tx.query<{ id: number }>(
        `insert into result_imports (file_name, imported_by, results, problems) values ($1, $2, $3, $4) returning id::int`,
        [value.fileName, user.id, JSON.stringify(result.results), JSON.stringify(problems)],
      );
      return { status: 201, body: { id: row!.id, dryRun: false, results: result.results.length, problems } };
    });
  });

export { storedRegistry };
