import {
  roadmapActionLabels,
  roadmapRemarkSchema,
  roadmapSchema,
  resolveRemark,
  roadmapStatusLabels,
  transitionRoadmap,
  type Roadmap,
  type RoadmapAction,
  type RoadmapRemark,
} from '@shnro/core';
import { Hono } from 'hono';
import * as z from 'zod';
import type { AppEnv } from '../app-env.js';
import { requireUser } from '../auth/guard.js';
import { schoolScope } from '../auth/scope.js';
import type { SessionUser } from '../auth/session.js';
import type { Queryable } from '../db/database.js';
import { check, readBody } from '../http/body.js';
import { idempotent } from '../http/idempotency.js';
import { ApiError, forbidden, notFound } from '../http/problem.js';

const what = { ru: 'Дорожная карта', en: 'Roadmap' };

/** What the API answers for one roadmap: the document and the server's revision of it. */
export interface StoredRoadmap {
  id: string;
  revision: number;
  document: Roadmap;
}

export const saveRoadmapBody = z.strictObject({
  /** The server revision the client edited; a newer one on the server is a conflict (409). */
  baseRevision: z.number().int().positive(),
  roadmap: z.unknown(),
});

export const createRoadmapBody = z.strictObject({ roadmap: z.unknown() });

export const transitionBody = z.strictObject({
  action: z.enum(['submit', 'return', 'approve', 'start', 'report']),
  baseRevision: z.number().int().positive(),
  /** With `submit`: the author's last edits, saved in the same step. */
  roadmap: z.unknown().optional(),
  /**
   * With `return`: the remarks to add (at least one open remark in total). From the reviewer, a
   * stored remark sent as resolved is marked resolved (before a return or an approval).
   */
  remarks: z.array(roadmapRemarkSchema).optional(),
  /** With `approve`: the order, as text («приказ № 1699-осн от 30.12.2022») or number and date. */
  order: z.union([z.string(), z.strictObject({ number: z.string(), date: z.string() })]).optional(),
  allowOpenRemarks: z.boolean().optional(),
  /**
   * With `approve`: the reviewer's reason for approving while the automatic review still finds
   * remarks (the core refuses without it and keeps it in the history).
   */
  overrideReason: z.string().trim().min(1).max(2000).optional(),
});

/** Who may take each step: the school moves its own roadmap, the methodologist reviews. */
const actorOf: Record<RoadmapAction, SessionUser['role']> = {
  submit: 'school',
  start: 'school',
  report: 'school',
  return: 'methodologist',
  approve: 'methodologist',
};

const today = () => new Date().toISOString().slice(0, 10);

interface Row {
  id: string;
  school_id: string;
  document: Roadmap;
  status: string;
  revision: number;
}

async function loadScoped(tx: Queryable, user: SessionUser, id: string, lock = false): Promise<Row> {
  const scope = schoolScope(user, 's', 2);
  const [row] = await tx.query<Row>(
    `select r.id, r.school_id, r.document, r.status, r.revision
       from roadmaps r join schools s on s.id = r.school_id
      where r.id = $1 and ${scope.sql}${lock ? ' for update of r' : ''}`,
    [id, ...scope.params],
  );
  // Out of scope and absent look the same: an edited id learns nothing.
  if (!row) throw notFound(what);
  return row;
}

function conflict(row: Row): ApiError {
  return new ApiError(
    409,
    'conflict',
    `Дорожную карту уже изменили (версия на сервере — ${row.revision}). Обе версии сохранены: сравните и выберите.`,
    `The roadmap was changed meanwhile (server revision ${row.revision}). Both versions are kept.`,
    { current: { id: row.id, revision: row.revision, document: row.document } },
  );
}

/**
 * The author's edit applied to the stored roadmap: the content (title, period, sections, risk
 * factors) comes from the client; identity, school, status, approval and history stay the
 * server's; remarks can only be marked resolved, never added or removed by the school.
 */
function mergeAuthorEdit(stored: Roadmap, sent: unknown): Roadmap {
  const edit = check(roadmapSchema, sent, ['roadmap']);
  const resolved = new Map(edit.remarks.filter((r) => r.status === 'resolved').map((r) => [r.id, r]));
  return check(
    roadmapSchema,
    {
      ...stored,
      title: edit.title,
      period: edit.period,
      sections: edit.sections,
      ...(edit.riskFactorListId ? { riskFactorListId: edit.riskFactorListId } : {}),
      remarks: stored.remarks.map((remark) =>
        remark.status === 'open' && resolved.has(remark.id)
          ? { ...remark, status: 'resolved', resolvedOn: resolved.get(remark.id)!.resolvedOn ?? today() }
          : remark,
      ),
    },
    ['roadmap'],
  );
}

async function write(tx: Queryable, row: Row, next: Roadmap, user: SessionUser, action?: RoadmapAction) {
  const revision = row.revision + 1;
  await tx.query(
    `update roadmaps set document = $2, status = $3, revision = $4, updated_at = now(), updated_by = $5 where id = $1`,
    [row.id, JSON.stringify(next), next.status, revision, user.id],
  );
  await tx.query(
    `insert into roadmap_events (roadmap_id, action, from_status, to_status, revision, actor_id)
     values ($1, $2, $3, $4, $5, $6)`,
    [row.id, action ?? 'save', row.status, next.status, revision, user.id],
  );
  return { id: row.id, revision, document: next } satisfies StoredRoadmap;
}

export const roadmapRoutes = new Hono<AppEnv>()
  .get('/', async (c) => {
    const user = requireUser(c);
    const scope = schoolScope(user, 's', 1);
    const rows = await c.get('db').query(
      `select r.id, r.school_id as "schoolId", s.name as "schoolName", s.municipality_id as "municipalityId",
              r.status, r.revision, r.document->>'title' as title, r.updated_at as "updatedAt"${
                // The board of a municipality reads every document at once (?include=document).
                c.req.query('include') === 'document' ? ', r.document' : ''
              }
         from roadmaps r join schools s on s.id = r.school_id
        where ${scope.sql} order by s.name, r.id`,
      scope.params,
    );
    return c.json({ roadmaps: rows });
  })
  .get('/:id', async (c) => {
    const user = requireUser(c);
    const row = await loadScoped(c.get('db'), user, c.req.param('id'));
    return c.json({ id: row.id, revision: row.revision, document: row.document } satisfies StoredRoadmap);
  })
  .post('/', async (c) => {
    const user = requireUser(c);
    const { value, raw } = await readBody(c, createRoadmapBody);
    if (user.role !== 'school') {
      throw forbidden(
        'Создавать дорожные карты может только команда школы.',
        'Only a school team creates roadmaps.',
      );
    }
    const sent = check(roadmapSchema, value.roadmap, ['roadmap']);
    if (sent.school.id !== user.schoolId) {
      throw forbidden(
        'Поле «roadmap.school.id»: можно создавать дорожные карты только своей школы.',
        'Field "roadmap.school.id": you can only create roadmaps of your own school.',
        'roadmap.school.id',
      );
    }
    return idempotent(c, c.get('db'), user.id, raw, async (tx) => {
      const [school] = await tx.query<{ name: string }>('select name from schools where id = $1', [
        user.schoolId,
      ]);
      const taken = await tx.query('select 1 from roadmaps where id = $1', [sent.id]);
      if (taken.length > 0) {
        throw new ApiError(
          409,
          'exists',
          `Дорожная карта «${sent.id}» уже существует.`,
          `Roadmap "${sent.id}" exists.`,
          {
            issues: [{ path: 'roadmap.id', message: 'Такой идентификатор уже занят.' }],
          },
        );
      }
      // A new roadmap starts as a draft with no remarks and no history, whatever was sent.
      const document: Roadmap = {
        ...sent,
        school: { id: user.schoolId!, name: school!.name },
        status: 'draft',
        version: 1,
        remarks: [],
        history: [],
      };
      delete document.approval;
      await tx.query(
        'insert into roadmaps (id, school_id, document, status, revision, updated_by) values ($1, $2, $3, $4, 1, $5)',
        [document.id, user.schoolId, JSON.stringify(document), document.status, user.id],
      );
      return { status: 201, body: { id: document.id, revision: 1, document } satisfies StoredRoadmap };
    });
  })
  .put('/:id', async (c) => {
    const user = requireUser(c);
    const { value, raw } = await readBody(c, saveRoadmapBody);
    return idempotent(c, c.get('db'), user.id, raw, async (tx) => {
      const row = await loadScoped(tx, user, c.req.param('id'), true);
      if (user.role !== 'school') {
        throw forbidden(
          'Содержание дорожной карты меняет команда школы; методист возвращает её с замечаниями или утверждает.',
          'Only the school team edits a roadmap; the methodologist returns or approves it.',
        );
      }
      if (value.baseRevision !== row.revision) throw conflict(row);
      if (row.document.status !== 'draft' && row.document.status !== 'returned') {
        const label = roadmapStatusLabels[row.document.status].ru;
        throw new ApiError(
          409,
          'not-editable',
          `Дорожная карта в состоянии «${label}»: изменять её можно только в черновике или после возврата на доработку.`,
          `The roadmap is ${roadmapStatusLabels[row.document.status].en}; it can be edited only as a draft or when returned.`,
        );
      }
      return { status: 200, body: await write(tx, row, mergeAuthorEdit(row.document, value.roadmap), user) };
    });
  })
  .post('/:id/transitions', async (c) => {
    const user = requireUser(c);
    const { value, raw } = await readBody(c, transitionBody);
    return idempotent(c, c.get('db'), user.id, raw, async (tx) => {
      const row = await loadScoped(tx, user, c.req.param('id'), true);
      const action = value.action;
      if (actorOf[action] !== user.role) {
        const label = roadmapActionLabels[action];
        throw forbidden(
          `Действие «${label.ru}» выполняет ${actorOf[action] === 'school' ? 'команда школы' : 'муниципальный методист'}.`,
          `Action "${label.en}" is for the ${actorOf[action] === 'school' ? 'school team' : 'municipal methodologist'}.`,
          'action',
        );
      }
      if (value.baseRevision !== row.revision) throw conflict(row);
      let base = row.document;
      if (
        value.roadmap !== undefined &&
        user.role === 'school' &&
        (base.status === 'draft' || base.status === 'returned')
      ) {
        base = mergeAuthorEdit(base, value.roadmap);
      }
      if (user.role === 'methodologist' && value.remarks !== undefined) {
        // The reviewer marks remarks resolved (the core's policy gives that to the reviewer of a
        // submitted roadmap): only the status of remarks already stored changes, through the core.
        const open = new Set(
          base.remarks.filter((remark) => remark.status === 'open').map((remark) => remark.id),
        );
        for (const remark of value.remarks) {
          if (remark.status === 'resolved' && open.has(remark.id)) {
            base = resolveRemark(base, remark.id, remark.resolvedOn ?? today());
          }
        }
      }
      const stamp = { date: today(), by: user.displayName };
      const known = new Set(base.remarks.map((remark) => remark.id));
      const added: RoadmapRemark[] = (value.remarks ?? [])
        .filter((remark) => !known.has(remark.id))
        .map((remark) => ({ ...remark, author: user.displayName }));
      const result =
        action === 'return'
          ? transitionRoadmap(base, 'return', { ...stamp, remarks: added })
          : action === 'approve'
            ? transitionRoadmap(base, 'approve', {
                ...stamp,
                order: value.order ?? '',
                ...(value.allowOpenRemarks ? { allowOpenRemarks: true } : {}),
                ...(value.overrideReason ? { overrideReason: value.overrideReason } : {}),
              })
            : transitionRoadmap(base, action, stamp);
      if (!result.ok) {
        const { code, ru, en } = result.error;
        const path = code === 'order-required' ? 'order' : code === 'remark-required' ? 'remarks' : 'action';
        throw new ApiError(code === 'illegal-transition' ? 409 : 422, code, ru, en, {
          issues: [{ path, message: ru }],
        });
      }
      return {
        status: 200,
        body: await write(tx, row, check(roadmapSchema, result.roadmap, ['roadmap']), user, action),
      };
    });
  });
