import { freshId, usedIds } from '@shnro/core';
import { describe, expect, it } from 'vitest';
import { moveActivity, moveItem, removeActivity } from './edit.js';
import { seed000Roadmap } from './examples.js';
import { recordEdit, redoEdit, sealHistory, startHistory, undoEdit } from './history.js';
import { indexByPlace } from './place-index.js';

const ids = (roadmap: ReturnType<typeof seed000Roadmap>, section: number) =>
  roadmap.sections[section]!.activities.map((activity) => activity.id);

describe('roadmap editor helpers', () => {
  it('moves, removes and names activities without touching the given roadmap', () => {
    const roadmap = seed000Roadmap();
    const frozen = JSON.stringify(roadmap);
    expect(moveItem(['a', 'b', 'c'], 0, 2)).toEqual(['b', 'c', 'a']);
    const moved = moveActivity(
      roadmap,
      { sectionId: 'teachers', index: 1 },
      { sectionId: 'parents', index: 0 },
    );
    expect(ids(moved, 0)).toEqual(['conversation']);
    expect(ids(moved, 3)).toEqual(['seminar', 'parents-meeting']);
    expect(
      moveActivity(roadmap, { sectionId: 'teachers', index: 0 }, { sectionId: 'teachers', index: 0 }),
    ).toBe(roadmap);
    expect(ids(removeActivity(roadmap, 'teachers', 'seminar'), 0)).toEqual(['conversation']);
    expect(JSON.stringify(roadmap)).toBe(frozen);
    const taken = usedIds(roadmap);
    expect(taken.has(freshId('activity', taken))).toBe(false);
  });

  it('merges typing in one field into one undo step, and not across a pause, a blur or another field', () => {
    let history = startHistory('');
    history = recordEdit(history, 'a', { group: 'f', at: 0 });
    history = recordEdit(history, 'ab', { group: 'f', at: 100 });
    history = recordEdit(history, 'abc', { group: 'f', at: 200 });
    expect(history.past).toEqual(['']);
    history = recordEdit(history, 'abcd', { group: 'f', at: 5000 });
    expect(history.past).toEqual(['', 'abc']);
    history = recordEdit(sealHistory(history), 'abcde', { group: 'f', at: 5100 });
    history = recordEdit(history, 'x', { group: 'g', at: 5200 });
    expect(history.past).toEqual(['', 'abc', 'abcd', 'abcde']);
    history = undoEdit(undoEdit(history));
    expect(history.present).toBe('abcd');
    expect(redoEdit(history).present).toBe('abcde');
    expect(undoEdit(startHistory('only'))).toEqual(startHistory('only'));
  });

  it('keeps a group of remarks the same array while it does not change, so rows are not rendered again', () => {
    const a = { id: 'a', target: { activityId: 'x' } };
    const b = { id: 'b', target: { activityId: 'y' } };
    const first = indexByPlace(
      [a, b],
      (item) => item.target,
      (item) => item.id,
    );
    const second = indexByPlace(
      [a, b, { id: 'c', target: { activityId: 'y' } }],
      (item) => item.target,
      (item) => item.id,
      first,
    );
    expect(second.byActivity.get('x')).toBe(first.byActivity.get('x'));
    expect(second.byActivity.get('y')).not.toBe(first.byActivity.get('y'));
  });
});
