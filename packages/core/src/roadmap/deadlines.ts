import { parseDeadline } from '../deadline/parse.js';
import type { DeadlineContext } from '../deadline/schema.js';
import type { Roadmap } from './schema.js';

/** What a roadmap's year-less deadlines resolve against: its period, and the year it starts. */
export function deadlineContextOf(roadmap: Pick<Roadmap, 'period'>): DeadlineContext {
  return { period: roadmap.period, referenceYear: Number(roadmap.period.start.slice(0, 4)) };
}

/** The roadmap with every activity's deadline read again from its text, e.g. after the period changed. */
export function refreshDeadlines(roadmap: Roadmap): Roadmap {
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
