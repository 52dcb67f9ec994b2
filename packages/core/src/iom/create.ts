import { parseDeadline } from '../deadline/parse.js';
import { deadlineContextOf } from '../roadmap/deadlines.js';
import type { ActivityStatus } from '../roadmap/schema.js';
import type { Iom, IomItem } from './schema.js';

/** What a person types for an ИОМ activity: the deadline as text, the status optional (`planned`). */
export type IomItemInput = Omit<IomItem, 'deadline' | 'status'> & {
  deadline?: string;
  status?: ActivityStatus;
};

/**
 * An ИОМ activity with its deadline text read against the route's period («до 1 апреля» is the
 * 1 April inside it); the text is kept as typed.
 */
export function createIomItem(input: IomItemInput, iom: Pick<Iom, 'period'>): IomItem {
  const { deadline, status, ...rest } = input;
  return {
    ...rest,
    status: status ?? 'planned',
    ...(deadline === undefined ? {} : { deadline: parseDeadline(deadline, deadlineContextOf(iom)) }),
  };
}
