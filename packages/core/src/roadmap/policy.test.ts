import { describe, expect, it } from 'vitest';
import { createRoadmap } from './create.js';
import { availableActions } from './lifecycle.js';
import {
  canEditRoadmap,
  roadmapActionActors,
  roadmapPermissions,
  roadmapRoleSchema,
  sameRoadmapStage,
  tracksProgress,
} from './policy.js';
import { roadmapStatusSchema, type RoadmapAction } from './schema.js';

const draft = createRoadmap({
  id: 'r',
  school: { id: 's', name: 'S' },
  title: 'T',
  period: { start: '2020-09-01', end: '2021-08-31' },
});

describe('roadmap permissions', () => {
  it('lets the school write a draft, the reviewer remark a submitted roadmap, and nobody edit an approved one', () => {
    expect(roadmapPermissions(draft, 'author')).toMatchObject({
      content: true,
      remarks: false,
      actions: ['submit'],
    });
    expect(roadmapPermissions(draft, 'reviewer')).toMatchObject({
      content: false,
      remarks: false,
      actions: [],
    });
    const submitted = { ...draft, status: 'submitted' as const };
    expect(roadmapPermissions(submitted, 'reviewer')).toMatchObject({
      content: false,
      remarks: true,
      actions: ['return', 'approve'],
    });
    expect(roadmapPermissions(submitted, 'author')).toMatchObject({
      content: false,
      dismiss: false,
      actions: [],
    });
    expect(roadmapPermissions({ ...draft, status: 'in-progress' }, 'author')).toMatchObject({
      content: false,
      activityStatus: true,
      actions: ['report'],
    });
    expect(roadmapPermissions({ ...draft, status: 'approved' }, 'readonly')).toMatchObject({
      content: false,
      actions: [],
    });
    expect(roadmapPermissions(undefined, 'author').actions).toEqual([]);
  });

  it('gives every step the state allows to exactly one side, for every status', () => {
    for (const status of roadmapStatusSchema.options) {
      const roadmap = { ...draft, status };
      const byAuthor = roadmapPermissions(roadmap, 'author').actions;
      const byReviewer = roadmapPermissions(roadmap, 'reviewer').actions;
      expect([...byAuthor, ...byReviewer].sort()).toEqual([...availableActions(roadmap)].sort());
    }
    expect(Object.keys(roadmapActionActors).sort()).toEqual(
      (['approve', 'report', 'return', 'start', 'submit'] satisfies RoadmapAction[]).sort(),
    );
    expect(roadmapRoleSchema.safeParse('methodologist').success).toBe(false);
  });

  it('counts remarks and progress as edits for undo, and nothing for a reader', () => {
    expect(canEditRoadmap(roadmapPermissions(draft, 'author'))).toBe(true);
    expect(canEditRoadmap(roadmapPermissions({ ...draft, status: 'submitted' }, 'reviewer'))).toBe(true);
    expect(canEditRoadmap(roadmapPermissions({ ...draft, status: 'in-progress' }, 'author'))).toBe(true);
    expect(canEditRoadmap(roadmapPermissions({ ...draft, status: 'approved' }, 'author'))).toBe(false);
    expect(canEditRoadmap(roadmapPermissions(draft, 'readonly'))).toBe(false);
  });

  it('tracks progress from approval to the report only', () => {
    expect(roadmapStatusSchema.options.filter(tracksProgress)).toEqual([
      'approved',
      'in-progress',
      'reported',
    ]);
  });

  it('calls a draft stale once the roadmap moved a step elsewhere', () => {
    expect(sameRoadmapStage(draft, { ...draft, title: 'edited' })).toBe(true);
    expect(sameRoadmapStage(draft, { ...draft, status: 'submitted' })).toBe(false);
    expect(sameRoadmapStage(draft, { ...draft, version: 2 })).toBe(false);
    expect(sameRoadmapStage(draft, { ...draft, id: 'other' })).toBe(false);
    expect(
      sameRoadmapStage(draft, {
        ...draft,
        history: [{ action: 'submit', from: 'draft', to: 'submitted', date: '2020-10-01' }],
      }),
    ).toBe(false);
  });
});
