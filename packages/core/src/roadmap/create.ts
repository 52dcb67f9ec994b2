import { parseDeadline } from '../deadline/parse.js';
import type { DateRange } from '../deadline/schema.js';
import { deadlineContextOf } from './deadlines.js';
import type { ActivityStatus, Roadmap, RoadmapActivity, RoadmapSchool } from './schema.js';

/** A new roadmap in `draft`, version 1, with no sections, remarks or history yet. */
export function createRoadmap(header: {
  id: string;
  school: RoadmapSchool;
  title: string;
  period: DateRange;
}): Roadmap {
  return { ...header, version: 1, status: 'draft', sections: [], remarks: [], history: [] };
}

/** What a person types for an activity: the deadline as text, the status optional (`planned`). */
export type ActivityInput = Omit<RoadmapActivity, 'deadline' | 'status'> & {
  deadline?: string;
  status?: ActivityStatus;
};

/** An activity with its deadline text read against the roadmap period; the text is kept as typed. */
export function createActivity(input: ActivityInput, roadmap: Pick<Roadmap, 'period'>): RoadmapActivity {
  const { deadline, status, ...rest } = input;
  return {
    ...rest,
    status: status ?? 'planned',
    ...(deadline === undefined ? {} : { deadline: parseDeadline(deadline, deadlineContextOf(roadmap)) }),
  };
}
