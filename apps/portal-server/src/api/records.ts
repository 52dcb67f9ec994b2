import {
  assignmentSchema,
  decisionRecordSchema,
  decisionStatusLabels,
  iomSchema,
  settableDecisionStatuses,
  type Assignment,
  type DecisionRecord,
  type Iom,
} from '@shnro/core';
import { Hono } from 'hono';
import * as z from 'zod';
import type { AppEnv } from '../app-env.js';
import { requireUser } from '../auth/guard.js';
import type { SessionUser } from '../auth/session.js';
import type { Queryable } from '../db/database.js';
import { check, readBody } from '../http/body.js';
import { idempotent } from '../http/idempotency.js';
import { ApiError, forbidden, notFound } from '../http/problem.js';

export const createRecordBody = z.strictObject({
  document: z.unknown(),
  /**
   * The school an ИОМ is kept by, when a methodologist draws it up for a teacher of a school of
   * its municipality (the ИОМ document names the teacher, not the school). A school team's own
   * ИОМ needs none: it is its school's.
   */
  schoolId: z.string().min(1).optional(),
});
export const saveRecordBody = z.strictObject({
  baseRevision: z.number().int().positive(),
  document: z.unknown(),
});

/** Where a record sits: the municipality and, when it concerns one school, that school. */
interface Place {
  municipalityId: string;
  schoolId: string | null;
}

interface Row<T> {
  id: string;
  municipality_id: string;
  school_id: string | null;
  document: T;
  revision: number;
}

/** One kind of stored document: its table, the core's schema, and who may write what. */
interface RecordKind<T> {
  table: 'decisions' | 'ioms' | 'mentorships';
  what: { ru: string; en: string };
  schema: z.ZodType<T>;
  id(document: T): string;
  /** Where a new document goes, checked against the person's reach (throws when out of it). */
  place(tx: Queryable, user: SessionUser, document: T, schoolId?: string): Promise<Place>;
  /** The document as stored after this person's edit (throws when the person may not). */
  edit(user: SessionUser, stored: T, sent: T, place: Place): T;
  status?(document: T): string;
}

const iomKeepers = () =>
  forbidden(
    'ИОМ педагогов ведёт команда школы или муниципальный методист.',
    'Individual routes are kept by the school team or the municipal methodologist.',
  );

/** A school of the person's reach, with its municipality; absent and out of reach look the same. */
async function schoolInReach(
  tx: Queryable,
  user: SessionUser,
  schoolId: string,
  path: string,
): Promise<Place> {
  const [row] = await tx.query<{ municipality_id: string }>(
    'select municipality_id from schools where id = $1',
    [schoolId],
  );
  const inReach =
    row &&
    (user.role === 'operator' ||
      (user.role === 'methodologist' && row.municipality_id === user.municipalityId) ||
      (user.role === 'school' && schoolId === user.schoolId));
  if (!inReach) {
    throw new ApiError(
      404,
      'not-found',
      `Поле «${path}»: школа «${schoolId}» не найдена или недоступна вам.`,
      'School not found or not yours.',
      {
        issues: [{ path, message: 'Школа не найдена или недоступна вам.' }],
      },
    );
  }
  return { municipalityId: row.municipality_id, schoolId };
}

const decisionKind: RecordKind<DecisionRecord> = {
  table: 'decisions',
  what: { ru: 'Рекомендация или решение', en: 'Decision' },
  schema: decisionRecordSchema as unknown as z.ZodType<DecisionRecord>,
  id: (d) => d.id,
  status: (d) => d.status,
  async place(tx, user, document) {
    if (user.role === 'school') {
      throw forbidden(
        'Рекомендации и управленческие решения принимает методист или региональный оператор.',
        'Decisions are made by the methodologist or the operator.',
      );
    }
    if (document.addressee.kind === 'school')
      return schoolInReach(tx, user, document.addressee.schoolId, 'document.addressee.schoolId');
    if (user.role === 'operator') {
      throw new ApiError(
        422,
        'invalid',
        'Поле «document.addressee»: региональный оператор адресует решение школе.',
        'Address a school.',
        {
          issues: [{ path: 'document.addressee', message: 'Укажите школу-адресата.' }],
        },
      );
    }
    return { municipalityId: user.municipalityId!, schoolId: null };
  },
  edit(user, stored, sent) {
    if (user.role !== 'school') return { ...sent, id: stored.id };
    // The addressed school reports its progress: state, date done, evidence; the text stays.
    return {
      ...stored,
      status: sent.status,
      evidence: sent.evidence,
      ...(sent.doneOn ? { doneOn: sent.doneOn } : {}),
    };
  },
};

/** «просрочено» is what the core computes from the deadline, never a state a person sets. */
function assertSettable(document: DecisionRecord, stored?: DecisionRecord): void {
  if (stored?.status === document.status || settableDecisionStatuses.includes(document.status)) return;
  const label = decisionStatusLabels[document.status].ru;
  throw new ApiError(
    422,
    'invalid',
    `Поле «document.status»: состояние «${label}» вычисляется по сроку, его не устанавливают вручную.`,
    'This state is computed.',
    {
      issues: [{ path: 'document.status', message: `Состояние «${label}» устанавливается по сроку.` }],
    },
  );
}

const iomKind: RecordKind<Iom> = {
  table: 'ioms',
  what: { ru: 'ИОМ', en: 'Individual route' },
  schema: iomSchema as unknown as z.ZodType<Iom>,
  id: (d) => d.id,
  status: (d) => d.status,
  // The school team keeps its teachers' routes; the methodologist (seed 004: drawn up with the
  // municipal tutors) may for a school of its municipality; the operator only reads them.
  async place(tx, user, _document, schoolId) {
    if (user.role === 'operator') throw iomKeepers();
    if (user.role === 'methodologist' && schoolId === undefined) {
      throw new ApiError(
        422,
        'invalid',
        'Поле «schoolId»: укажите школу, педагогу которой составлен ИОМ.',
        'Name the school of the teacher.',
        { issues: [{ path: 'schoolId', message: 'Укажите школу.' }] },
      );
    }
    return schoolInReach(tx, user, schoolId ?? user.schoolId!, 'schoolId');
  },
  edit(user, stored, sent) {
    if (user.role === 'operator') throw iomKeepers();
    return { ...sent, id: stored.id };
  },
};

const mentorshipKind: RecordKind<Assignment> = {
  table: 'mentorships',
  what: { ru: 'Закрепление', en: 'Assignment' },
  schema: assignmentSchema as unknown as z.ZodType<Assignment>,
  id: (d) => d.id,
  async place(tx, user, document) {
    if (user.role !== 'methodologist') {
      throw forbidden(
        'Закрепления оформляет муниципальный методист.',
        'Assignments are made by the municipal methodologist.',
      );
    }
    if (document.to.kind === 'school')
      return schoolInReach(tx, user, document.to.schoolId, 'document.to.schoolId');
    return { municipalityId: user.municipalityId!, schoolId: null };
  },
  edit(user, stored, sent) {
    if (user.role !== 'methodologist') {
      throw forbidden(
        'Закрепления оформляет муниципальный методист.',
        'Assignments are made by the municipal methodologist.',
      );
    }
    return { ...sent, id: stored.id };
  },
};

/**
 * Who sees a record: the school team — its own school's (ИОМ; decisions and assignments addressed
 * to it); the methodologist — its municipality's; the operator — the region's.
 */
function reach(user: SessionUser, param: number): { sql: string; params: unknown[] } {
  switch (user.role) {
    case 'school':
      return { sql: `r.school_id = $${param}`, params: [user.schoolId] };
    case 'methodologist':
      return { sql: `r.municipality_id = $${param}`, params: [user.municipalityId] };
    case 'operator':
      return { sql: `$${param}::text is null`, params: [null] };
  }
}

const columns = (table: string) =>
  table === 'ioms'
    ? 'r.id, s.municipality_id, r.school_id, r.document, r.revision'
    : 'r.id, r.municipality_id, r.school_id, r.document, r.revision';
const from = (table: string) =>
  table === 'ioms'
    ? 'ioms r join schools s on s.id = r.school_id'
    : `${table} r left join schools s on s.id = r.school_id`;
// The ИОМ table has no municipality of its own: its school's is used.
const scoped = (table: string, sql: string) =>
  table === 'ioms' ? sql.replace('r.municipality_id', 's.municipality_id') : sql;

async function loadRow<T>(
  tx: Queryable,
  kind: RecordKind<T>,
  user: SessionUser,
  id: string,
  lock = false,
): Promise<Row<T>> {
  const scope = reach(user, 2);
  const [row] = await tx.query<Row<T>>(
    `select ${columns(kind.table)} from ${from(kind.table)} where r.id = $1 and ${scoped(kind.table, scope.sql)}${lock ? ' for update of r' : ''}`,
    [id, ...scope.params],
  );
  if (!row) throw notFound(kind.what);
  return row;
}

const stored = <T>(row: { id: string; revision: number; document: T }) => ({
  id: row.id,
  revision: row.revision,
  document: row.document,
});

function recordRoutes<T>(kind: RecordKind<T>) {
  const isDecision = (kind as RecordKind<unknown>) === decisionKind;
  return new Hono<AppEnv>()
    .get('/', async (c) => {
      const user = requireUser(c);
      const scope = reach(user, 1);
      const rows = await c
        .get('db')
        .query<Row<T>>(
          `select ${columns(kind.table)}, s.name as "schoolName" from ${from(kind.table)} where ${scoped(kind.table, scope.sql)} order by r.id`,
          scope.params,
        );
      return c.json({
        [kind.table]: rows.map((row) => ({
          ...stored(row),
          municipalityId: row.municipality_id,
          schoolId: row.school_id,
          schoolName: (row as unknown as { schoolName: string | null }).schoolName,
        })),
      });
    })
    .get('/:id', async (c) => {
      const user = requireUser(c);
      return c.json(stored(await loadRow(c.get('db'), kind, user, c.req.param('id'))));
    })
    .post('/', async (c) => {
      const user = requireUser(c);
      const { value, raw } = await readBody(c, createRecordBody);
      const document = check(kind.schema, value.document, ['document']);
      if (isDecision) assertSettable(document as DecisionRecord);
      return idempotent(c, c.get('db'), user.id, raw, async (tx) => {
        const place = await kind.place(tx, user, document, value.schoolId);
        const id = kind.id(document);
        const taken = await tx.query(`select 1 from ${kind.table} where id = $1`, [id]);
        if (taken.length > 0) {
          throw new ApiError(
            409,
            'exists',
            `${kind.what.ru} «${id}» уже существует.`,
            `${kind.what.en} "${id}" exists.`,
            {
              issues: [{ path: 'document.id', message: 'Такой идентификатор уже занят.' }],
            },
          );
        }
        if (kind.table === 'ioms') {
          await tx.query(
            'insert into ioms (id, school_id, document, status, updated_by) values ($1, $2, $3, $4, $5)',
            [id, place.schoolId, JSON.stringify(document), kind.status!(document), user.id],
          );
        } else {
          await tx.query(
            `insert into ${kind.table} (id, municipality_id, school_id, document, ${kind.status ? 'status, ' : ''}updated_by)
             values ($1, $2, $3, $4, ${kind.status ? '$6, ' : ''}$5)`,
            [
              id,
              place.municipalityId,
              place.schoolId,
              JSON.stringify(document),
              user.id,
              ...(kind.status ? [kind.status(document)] : []),
            ],
          );
        }
        return { status: 201, body: { id, revision: 1, document } };
      });
    })
    .put('/:id', async (c) => {
      const user = requireUser(c);
      const { value, raw } = await readBody(c, saveRecordBody);
      const sent = check(kind.schema, value.document, ['document']);
      return idempotent(c, c.get('db'), user.id, raw, async (tx) => {
        const row = await loadRow(tx, kind, user, c.req.param('id'), true);
        if (row.revision !== value.baseRevision) {
          throw new ApiError(
            409,
            'conflict',
            `${kind.what.ru}: уже изменено (версия на сервере — ${row.revision}). Обе версии сохранены: сравните и выберите.`,
            `Changed meanwhile (server revision ${row.revision}).`,
            { current: stored(row) },
          );
        }
        const next = check(
          kind.schema,
          kind.edit(user, row.document, sent, {
            municipalityId: row.municipality_id,
            schoolId: row.school_id,
          }),
          ['document'],
        );
        if (isDecision) assertSettable(next as DecisionRecord, row.document as DecisionRecord);
        // A methodologist may re-address a decision or an assignment only within its reach.
        if (user.role !== 'school' && kind.table !== 'ioms') {
          const place = await kind.place(tx, user, next);
          await tx.query(`update ${kind.table} set municipality_id = $2, school_id = $3 where id = $1`, [
            row.id,
            place.municipalityId,
            place.schoolId,
          ]);
        }
        const revision = row.revision + 1;
        await tx.query(
          `update ${kind.table} set document = $2, revision = $3, updated_at = now(), updated_by = $4${kind.status ? ', status = $5' : ''} where id = $1`,
          [row.id, JSON.stringify(next), revision, user.id, ...(kind.status ? [kind.status(next)] : [])],
        );
        return { status: 200, body: { id: row.id, revision, document: next } };
      });
    });
}

export const decisionRoutes = recordRoutes(decisionKind);
export const iomRoutes = recordRoutes(iomKind);
export const mentorshipRoutes = recordRoutes(mentorshipKind);
