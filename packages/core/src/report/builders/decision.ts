import { parseDeadline } from '../../deadline/parse.js';
import type { DeadlineContext } from '../../deadline/schema.js';
import type { ManagementDecision } from '../schema.js';

/** A management decision as typed: what, by when (in words), who. */
export interface ManagementDecisionInput {
  text: string;
  /** The deadline as the author writes it: «до 15 декабря 2020 года», «сентябрь 2021 года». */
  deadline: string;
  responsible: string;
}

/**
 * A management decision with its deadline read by `parseDeadline` (the typed words are kept, the
 * dates are added). Pass the report's year (`{ referenceYear }`) for deadlines written without one.
 */
export function managementDecision(
  input: ManagementDecisionInput,
  context: DeadlineContext = {},
): ManagementDecision {
  return {
    text: input.text.trim(),
    deadline: parseDeadline(input.deadline, context),
    responsible: input.responsible.trim(),
  };
}
