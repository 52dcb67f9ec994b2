import { parseDeadline } from '../deadline/parse.js';
import type { DeadlineContext } from '../deadline/schema.js';
import type { Roadmap } from './schema.js';
import { assertArgument } from '../errors/require-argument.js';
import { roadmapSchema } from './schema.js';

/** What a roadmap's year-less deadlines resolve against: its period, and the year it starts. */
export function deadlineContextOf(roadmap: Pick<Roadmap, 'period'>): DeadlineContext {
  const year = Number(roadmap.period.start.slice(0, 4));
  // Years outside the calendar the deadlines use (1900–2200) are left to the period alone.
  const within = Number.isInteger(year) && year >= 1900 && year <= 2200;
  return { period: roadmap.period, ...(within ? { referenceYear: year } : {}) };
}

/** The roadmap with every activity's deadline read again from its text, e.g. after the period changed. */
export function refreshDeadlines(roadmap: Roadmap): Roadmap {
  assertArgument('refreshDeadlines', 'roadmap', roadmapSchema, roadmap);
  const context = deadlineContextOf(roadmap);
  return {
    ...roadmap,
    sections: roadmap.sections.map((section) => ({
      ...section,
      activities: section.activities.map((activity) =>
        activity.deadline
          ? { ...activity, deadline: parseDeadline(activity.deadline.text, context) }
          : activity,
      ),
    })),
  };
}
