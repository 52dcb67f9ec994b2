import {
  applyIdentification,
  decideIdentification,
  exampleIdentificationMethodology,
  identificationDecisionSchema,
  identifySchools,
  type AssessmentResult,
  type CategoryProposal,
  type Identification,
  type IdentificationMethodology,
  type RegistrySchool,
} from '@shnro/core';
import { Hono } from 'hono';
import * as z from 'zod';
import type { AppEnv } from '../app-env.js';
import { requireUser } from '../auth/guard.js';
import { schoolScope } from '../auth/scope.js';
import { check, readBody } from '../http/body.js';
import { idempotent } from '../http/idempotency.js';
import { ApiError, forbidden, notFound } from '../http/problem.js';
import { storedRegistry } from './imports.js';

/** The methodologies a run can use, by id (a region adds its own here). */
export const methodologies: Readonly<Record<string, IdentificationMethodology>> = {
  [exampleIdentificationMethodology.id]: exampleIdentificationMethodology,
};

export const identificationRunBody = z.strictObject({
  methodologyId: z.string().min(1).default(exampleIdentificationMethodology.id),
  /** The year identified (its school year's end); default: the latest year of the results. */
  year: z.number().int().min(2000).max(2100).optional(),
});

export const proposalDecisionBody = z.strictObject({
  year: z.number().int(),
  methodologyId: z.string().min(1),
  baseRevision: z.number().int().positive(),
  /** The core's IdentificationDecision without schoolId and category (they are in the path). */
  decision: z.unknown(),
});

interface ProposalRow {
  school_id: string;
  school_name: string;
  municipality_id: string;
  category: string;
  year: number;
  methodology_id: string;
  proposal: CategoryProposal;
  status: string;
  decision: unknown;
  revision: number;
  record: RegistrySchool | null;
}

const proposalJson = (row: ProposalRow) => ({
  schoolId: row.school_id,
  schoolName: row.school_name,
  municipalityId: row.municipality_id,
  category: row.category,
  year: row.year,
  methodologyId: row.methodology_id,
  status: row.status,
  decision: row.decision ?? null,
  revision: row.revision,
  proposal: row.proposal,
});

const what = { ru: 'Предложение', en: 'Proposal' };

/**
 * Identification (определение ОО): the operator runs the region's methodology on the stored
 * registry and results (the core's `identifySchools`); each proposed category of a school waits
 * for the methodologist of its municipality, who confirms it or rejects it with a reason (the
 * core's `decideIdentification`); a confirmed category reaches the school in the registry (the
 * core's `applyIdentification`).
 */
export const identificationRoutes = new Hono<AppEnv>()
  .get('/proposals', async (c) => {
    const user = requireUser(c);
    const scope = schoolScope(user, 's', 1);
    const rows = await c.get('db').query<ProposalRow>(
      `select p.*, s.name as school_name, s.municipality_id from identification_proposals p
         join schools s on s.id = p.school_id where ${scope.sql} order by s.name, p.category`,
      scope.params,
    );
    return c.json({ proposals: rows.map(proposalJson) });
  })
  .post('/runs', async (c) => {
    const user = requireUser(c);
    const { value, raw } = await readBody(c, identificationRunBody);
    if (user.role !== 'operator') {
      throw forbidden(
        'Определение школ запускает региональный оператор.',
        'Identification is run by the regional operator.',
      );
    }
    const methodology = methodologies[value.methodologyId];
    if (!methodology) {
      throw new ApiError(
        422,
        'invalid',
        `Поле «methodologyId»: неизвестная методика «${value.methodologyId}».`,
        'Unknown methodology.',
        {
          issues: [{ path: 'methodologyId', message: 'Неизвестная методика.' }],
        },
      );
    }
    return idempotent(c, c.get('db'), user.id, raw, async (tx) => {
      const registry = await storedRegistry(tx);
      const imports = await tx.query<{ results: AssessmentResult[] }>(
        'select results from result_imports order by id',
      );
      const results = imports.flatMap((row) => row.results);
      if (results.length === 0) {
        throw new ApiError(
          409,
          'no-results',
          'Результаты оценочных процедур ещё не загружены: определять не по чему.',
          'No results imported yet.',
        );
      }
      const identification = identifySchools(
        registry,
        results,
        methodology,
        value.year === undefined ? {} : { year: value.year },
      );
      let proposed = 0;
      for (const school of identification.proposals) {
        for (const category of school.categories) {
          proposed += 1;
          // A repeated run refreshes the figures and keeps a decision already taken.
          await tx.query(
            `insert into identification_proposals (school_id, category, year, methodology_id, proposal, status, updated_by)
             values ($1, $2, $3, $4, $5, 'proposed', $6)
             on conflict (school_id, category, year, methodology_id) do update set proposal = excluded.proposal,
               revision = identification_proposals.revision + 1, updated_at = now(), updated_by = excluded.updated_by`,
            [
              school.schoolId,
              category.category,
              identification.year,
              methodology.id,
              JSON.stringify(category),
              user.id,
            ],
          );
        }
      }
      return {
        status: 201,
        body: {
          methodologyId: methodology.id,
          year: identification.year,
          schoolsEvaluated: identification.schoolsEvaluated,
          proposed,
        },
      };
    });
  })
  .post('/proposals/:schoolId/:category/decision', async (c) => {
    const user = requireUser(c);
    const { value, raw } = await readBody(c, proposalDecisionBody);
    const schoolId = c.req.param('schoolId');
    const category = c.req.param('category');
    const decision = check(
      identificationDecisionSchema,
      { ...(value.decision as object), schoolId, category, by: user.displayName },
      ['decision'],
    );
    return idempotent(c, c.get('db'), user.id, raw, async (tx) => {
      const scope = schoolScope(user, 's', 5);
      const [row] = await tx.query<ProposalRow>(
        `select p.*, s.name as school_name, s.municipality_id, s.record from identification_proposals p
           join schools s on s.id = p.school_id
          where p.school_id = $1 and p.category = $2 and p.year = $3 and p.methodology_id = $4 and ${scope.sql}
          for update of p`,
        [schoolId, category, value.year, value.methodologyId, ...scope.params],
      );
      if (!row) throw notFound(what);
      if (user.role !== 'methodologist') {
        throw forbidden(
          'Предложение подтверждает или отклоняет муниципальный методист.',
          'A proposal is confirmed or rejected by the municipal methodologist.',
        );
      }
      if (row.revision !== value.baseRevision) {
        throw new ApiError(
          409,
          'conflict',
          `Предложение уже изменили (версия на сервере — ${row.revision}).`,
          'Changed meanwhile.',
          {
            current: proposalJson(row),
          },
        );
      }
      const methodology = methodologies[row.methodology_id] ?? exampleIdentificationMethodology;
      const single: Identification = {
        methodologyId: row.methodology_id,
        year: row.year,
        schoolsEvaluated: 1,
        proposals: [{ schoolId, schoolName: row.school_name, categories: [row.proposal], outcomes: [] }],
      };
      const decided = decideIdentification(single, [decision]);
      if (decided.problems.length > 0) {
        const problem = decided.problems[0]!;
        throw new ApiError(
          422,
          problem.code,
          `Поле «decision»: ${problem.message.ru}`,
          problem.message.en ?? problem.message.ru,
          {
            issues: [
              {
                path: problem.code === 'reason-required' ? 'decision.reason' : 'decision',
                message: problem.message.ru,
              },
            ],
          },
        );
      }
      const after = decided.identification.proposals[0]!.categories[0]!;
      const revision = row.revision + 1;
      await tx.query(
        `update identification_proposals set proposal = $5, status = $6, decision = $7, revision = $8, updated_at = now(), updated_by = $9
          where school_id = $1 and category = $2 and year = $3 and methodology_id = $4`,
        [
          schoolId,
          category,
          row.year,
          row.methodology_id,
          JSON.stringify(after),
          after.status,
          JSON.stringify(decision),
          revision,
          user.id,
        ],
      );
      if (after.status === 'confirmed' && row.record) {
        // The core gives the confirmed category to the school; the portal stores what it returns.
        const [school] = applyIdentification(
          { municipalities: [], schools: [row.record], teachers: [] },
          decided.identification,
          methodology,
        ).schools;
        await tx.query('update schools set categories = $2, record = $3 where id = $1', [
          schoolId,
          JSON.stringify(school!.categories ?? []),
          JSON.stringify(school),
        ]);
      }
      return {
        status: 200,
        body: proposalJson({ ...row, proposal: after, status: after.status, decision, revision }),
      };
    });
  });
