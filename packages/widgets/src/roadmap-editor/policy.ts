import { availableActions, type Roadmap, type RoadmapAction } from '@shnro/core';

/** Who is using the editor: the school's team, the methodologist who reviews, or a reader. */
export type RoadmapEditorMode = 'author' | 'reviewer' | 'readonly';

/** What the person may do in the editor now. */
export interface EditPolicy {
  /** Edit the header, sections and activities. */
  readonly content: boolean;
  /** Mark activities as in progress, done or cancelled (while the roadmap is carried out). */
  readonly activityStatus: boolean;
  /** Hide automatic review remarks with a reason. */
  readonly dismiss: boolean;
  /** Add reviewer's remarks and mark them resolved. */
  readonly remarks: boolean;
  /** The lifecycle actions offered as buttons. */
  readonly actions: readonly RoadmapAction[];
}

// Which side takes which lifecycle step. The core says which steps the state allows
// (`availableActions`); it does not yet say who takes them, so the split lives here for now
// (see the report: `roadmapActionActors` belongs in the core).
const actionActor: Readonly<Record<RoadmapAction, RoadmapEditorMode>> = {
  submit: 'author',
  return: 'reviewer',
  approve: 'reviewer',
  start: 'author',
  report: 'author',
};

/**
 * The editor's permissions for a mode and the roadmap's state: the school writes in `draft`
 * and `returned`, marks progress `in-progress`; the reviewer writes remarks while it is
 * `submitted`; nobody edits a roadmap under review, approved or reported.
 */
export function editPolicy(roadmap: Roadmap | undefined, mode: RoadmapEditorMode): EditPolicy {
  if (!roadmap || mode === 'readonly') {
    return { content: false, activityStatus: false, dismiss: false, remarks: false, actions: [] };
  }
  const writing = mode === 'author' && (roadmap.status === 'draft' || roadmap.status === 'returned');
  return {
    content: writing,
    activityStatus: writing || (mode === 'author' && roadmap.status === 'in-progress'),
    dismiss: writing,
    remarks: mode === 'reviewer' && roadmap.status === 'submitted',
    actions: availableActions(roadmap).filter((action) => actionActor[action] === mode),
  };
}
