import * as z from 'zod/mini';
import { withMeta } from '../json-schema/meta.js';
import { availableActions } from './lifecycle.js';
import type { Roadmap, RoadmapAction, RoadmapStatus } from './schema.js';

/**
 * Who looks at a roadmap (роль): the school's team that writes it (`author`), the methodologist
 * who reviews it (`reviewer`), or a reader (`readonly`).
 */
export const roadmapRoleSchema = /* @__PURE__ */ withMeta(z.enum(['author', 'reviewer', 'readonly']), {
  title: 'RoadmapRole',
  description: 'Роль: автор (школа), проверяющий (методист) или читатель.',
});

/** Who looks at a roadmap: `author`, `reviewer` or `readonly`. */
export type RoadmapRole = z.infer<typeof roadmapRoleSchema>;

/** The roles that take lifecycle steps. */
export type RoadmapActor = Exclude<RoadmapRole, 'readonly'>;

/**
 * Which side takes which lifecycle step (кто выполняет шаг): the school submits, starts and
 * reports; the methodologist returns and approves. `availableActions` says which steps the state
 * allows; this says who takes them.
 */
export const roadmapActionActors: Readonly<Record<RoadmapAction, RoadmapActor>> = Object.freeze({
  submit: 'author',
  return: 'reviewer',
  approve: 'reviewer',
  start: 'author',
  report: 'author',
});

/** What a role may do with a roadmap in its current state (права). */
export interface RoadmapPermissions {
  /** Edit the header, sections and activities. */
  readonly content: boolean;
  /** Mark activities as in progress, done or cancelled (while the roadmap is carried out). */
  readonly activityStatus: boolean;
  /** Hide automatic review remarks with a reason. */
  readonly dismiss: boolean;
  /** Add reviewer's remarks and mark them resolved. */
  readonly remarks: boolean;
  /** The lifecycle steps this role may take now. */
  readonly actions: readonly RoadmapAction[];
}

const nothingAllowed: RoadmapPermissions = Object.freeze({
  content: false,
  activityStatus: false,
  dismiss: false,
  remarks: false,
  actions: Object.freeze([]) as readonly RoadmapAction[],
});

/**
 * The permissions of `role` for the roadmap as it stands: the school writes in `draft` and
 * `returned` and marks progress `in-progress`; the reviewer writes remarks while it is
 * `submitted`; nobody edits a roadmap under review, approved or reported.
 */
export function roadmapPermissions(roadmap: Roadmap | undefined, role: RoadmapRole): RoadmapPermissions {
  if (!roadmap || role === 'readonly') return nothingAllowed;
  const writing = role === 'author' && (roadmap.status === 'draft' || roadmap.status === 'returned');
  return {
    content: writing,
    activityStatus: writing || (role === 'author' && roadmap.status === 'in-progress'),
    dismiss: writing,
    remarks: role === 'reviewer' && roadmap.status === 'submitted',
    actions: availableActions(roadmap).filter((action) => roadmapActionActors[action] === role),
  };
}

/** Whether any edit (content, remarks or progress) is open to `role` now; undo follows this. */
export function canEditRoadmap(permissions: RoadmapPermissions): boolean {
  return permissions.content || permissions.remarks || permissions.activityStatus;
}

/**
 * Whether the roadmap is being carried out, so each activity's deadline is weighed against today
 * (ход исполнения): from approval to the report.
 */
export function tracksProgress(status: RoadmapStatus): boolean {
  return status === 'approved' || status === 'in-progress' || status === 'reported';
}

/**
 * Whether a draft of `draft` was written at the same lifecycle step as `roadmap`. A draft made
 * before the roadmap was submitted, returned or approved elsewhere is stale (устарел): it may be
 * offered to the person, never applied on its own.
 */
export function sameRoadmapStage(draft: Roadmap, roadmap: Roadmap): boolean {
  return (
    draft.id === roadmap.id &&
    draft.status === roadmap.status &&
    draft.version === roadmap.version &&
    draft.history.length === roadmap.history.length
  );
}
