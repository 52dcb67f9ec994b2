import type { DecisionRecord, DecisionStatus } from '@shnro/core';
import { ShnroDetailEvent } from './shnro-event.js';

/** What a change of a decision's state carries: the record as changed and the state before. */
export interface ShnroDecisionStatusChangeDetail {
  /** The decision with its new `status` (and `doneOn`, set to the day of the table, when done). */
  readonly decision: DecisionRecord;
  readonly previous: DecisionStatus;
}

/**
 * The person changed the state of a recommendation or decision in `<shnro-decisions editable>`.
 * Send `detail.decision` to the server; cancel the event (`preventDefault()`) to refuse the change,
 * and the table keeps the old state.
 */
export class ShnroDecisionStatusChangeEvent extends ShnroDetailEvent<
  'shnro-decision-status-change',
  ShnroDecisionStatusChangeDetail
> {
  static readonly eventName = 'shnro-decision-status-change';

  constructor(detail: ShnroDecisionStatusChangeDetail) {
    super(ShnroDecisionStatusChangeEvent.eventName, detail, { cancelable: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'shnro-decision-status-change': ShnroDecisionStatusChangeEvent;
  }
}
