import type { Roadmap, RoadmapActivity, RoadmapRemark, RoadmapSection } from '@shnro/core';

// Structural list operations on an immutable roadmap: where things are, not what is allowed.
// Every rule (what a deadline means, which transition is legal, what a remark needs) is the core's.

/** Where an activity is: its section and its index there. */
export interface ActivityPlace {
  readonly sectionId: string;
  readonly index: number;
}

/** An activity found in a roadmap, with its section and both positions. */
export interface FoundActivity {
  readonly section: RoadmapSection;
  readonly sectionIndex: number;
  readonly activity: RoadmapActivity;
  readonly index: number;
}

/** The list with the item at `from` moved to `to` (indices in the resulting list). */
export function moveItem<T>(list: readonly T[], from: number, to: number): T[] {
  const next = list.slice();
  const [item] = next.splice(from, 1);
  if (item === undefined) return next;
  next.splice(Math.max(0, Math.min(to, next.length)), 0, item);
  return next;
}

/** The list with `item` inserted at `index` (clamped to the list). */
export function insertItem<T>(list: readonly T[], index: number, item: T): T[] {
  const next = list.slice();
  next.splice(Math.max(0, Math.min(index, next.length)), 0, item);
  return next;
}

/** The list without the item at `index`. */
export function removeAt<T>(list: readonly T[], index: number): T[] {
  return list.filter((_, position) => position !== index);
}

/** The activity with this id, its section and positions, or undefined. */
export function findActivity(roadmap: Roadmap, activityId: string): FoundActivity | undefined {
  for (const [sectionIndex, section] of roadmap.sections.entries()) {
    const index = section.activities.findIndex((activity) => activity.id === activityId);
    const activity = section.activities[index];
    if (activity) return { section, sectionIndex, activity, index };
  }
  return undefined;
}

/** The roadmap with one section replaced by `update(section)`. */
export function updateSection(
  roadmap: Roadmap,
  sectionId: string,
  update: (section: RoadmapSection) => RoadmapSection,
): Roadmap {
  return {
    ...roadmap,
    sections: roadmap.sections.map((section) => (section.id === sectionId ? update(section) : section)),
  };
}

/** The roadmap with one activity replaced by `update(activity)`. */
export function updateActivity(
  roadmap: Roadmap,
  sectionId: string,
  activityId: string,
  update: (activity: RoadmapActivity) => RoadmapActivity,
): Roadmap {
  return updateSection(roadmap, sectionId, (section) => ({
    ...section,
    activities: section.activities.map((activity) =>
      activity.id === activityId ? update(activity) : activity,
    ),
  }));
}

/** The roadmap with `activity` inserted into a section at `index`. */
export function insertActivity(
  roadmap: Roadmap,
  sectionId: string,
  index: number,
  activity: RoadmapActivity,
): Roadmap {
  return updateSection(roadmap, sectionId, (section) => ({
    ...section,
    activities: insertItem(section.activities, index, activity),
  }));
}

/** The roadmap without one activity. Remarks about it stay: a reviewer resolves them, not a delete. */
export function removeActivity(roadmap: Roadmap, sectionId: string, activityId: string): Roadmap {
  return updateSection(roadmap, sectionId, (section) => ({
    ...section,
    activities: section.activities.filter((activity) => activity.id !== activityId),
  }));
}

/**
 * The roadmap with the activity at `from` moved to `to`; `to.index` is its index in the target
 * section once moved. Returns the same roadmap when nothing moves.
 */
export function moveActivity(roadmap: Roadmap, from: ActivityPlace, to: ActivityPlace): Roadmap {
  const source = roadmap.sections.find((section) => section.id === from.sectionId);
  const activity = source?.activities[from.index];
  if (!source || !activity) return roadmap;
  if (from.sectionId === to.sectionId) {
    const index = Math.max(0, Math.min(to.index, source.activities.length - 1));
    if (index === from.index) return roadmap;
    return updateSection(roadmap, source.id, (section) => ({
      ...section,
      activities: moveItem(section.activities, from.index, index),
    }));
  }
  if (!roadmap.sections.some((section) => section.id === to.sectionId)) return roadmap;
  return insertActivity(removeActivity(roadmap, source.id, activity.id), to.sectionId, to.index, activity);
}

/** The roadmap with `section` inserted at `index`. */
export function insertSection(roadmap: Roadmap, index: number, section: RoadmapSection): Roadmap {
  return { ...roadmap, sections: insertItem(roadmap.sections, index, section) };
}

/** The roadmap without one section (its remarks stay, as with activities). */
export function removeSection(roadmap: Roadmap, sectionId: string): Roadmap {
  return { ...roadmap, sections: roadmap.sections.filter((section) => section.id !== sectionId) };
}

/** The roadmap with the section at `from` moved to `to`. */
export function moveSection(roadmap: Roadmap, from: number, to: number): Roadmap {
  if (from === to || to < 0 || to >= roadmap.sections.length) return roadmap;
  return { ...roadmap, sections: moveItem(roadmap.sections, from, to) };
}

/** The roadmap with a remark appended. */
export function appendRemarks(roadmap: Roadmap, remarks: readonly RoadmapRemark[]): Roadmap {
  return remarks.length === 0 ? roadmap : { ...roadmap, remarks: [...roadmap.remarks, ...remarks] };
}

/** A text field with the empty string stored as absent, so a cleared field leaves no `""` behind. */
export function withOptionalText<T extends object, K extends keyof T>(record: T, key: K, text: string): T {
  const next = { ...record };
  if (text === '') delete next[key];
  else (next as Record<K, unknown>)[key] = text;
  return next;
}
