import {
  parseOrExplain,
  remarkDismissalListSchema,
  roadmapSchema,
  type RemarkDismissal,
  type Roadmap,
} from '@shnro/core';
import { defineDraftKinds, type DraftKindDefinition } from '../drafts/migrations.js';

/** The draft kind of `<shnro-roadmap-editor>`. */
export const ROADMAP_EDITOR_DRAFT_KIND = 'roadmap-editor';

/** A draft of the editor, version 1: the roadmap as edited and the review remarks hidden in it. */
export interface RoadmapEditorDraft {
  readonly roadmap: Roadmap;
  readonly dismissed: readonly RemarkDismissal[];
}

/** Why `data` is not a version-1 draft of the editor (the core's schema decides), or undefined. */
export function checkRoadmapEditorDraft(data: unknown): string | undefined {
  if (typeof data !== 'object' || data === null) return 'data: expected an object';
  const { roadmap, dismissed } = data as Record<string, unknown>;
  const parsed = parseOrExplain(roadmapSchema, roadmap, { locale: 'en', pathPrefix: ['roadmap'] });
  if (!parsed.ok) return parsed.issues.map((issue) => `${issue.path}: ${issue.message}`).join('; ');
  const hidden = parseOrExplain(remarkDismissalListSchema, dismissed, {
    locale: 'en',
    pathPrefix: ['dismissed'],
  });
  if (!hidden.ok) return hidden.issues.map((issue) => `${issue.path}: ${issue.message}`).join('; ');
  return undefined;
}

/** The editor's draft kind; give it to `<shnro-draft-list>` with the page's other kinds. */
export const roadmapEditorDraftKind: DraftKindDefinition = {
  kind: ROADMAP_EDITOR_DRAFT_KIND,
  version: 1,
  validate: checkRoadmapEditorDraft,
};

/** The registry the editor's own drafts controller uses. */
export const roadmapEditorDraftKinds = defineDraftKinds(roadmapEditorDraftKind);
