import { ShnroDetailEvent } from './shnro-event.js';

/** What a sort of the scorecard carries: the column and the order, so a host can keep them. */
export interface ShnroScorecardSortDetail {
  /** `territory`, `completeness`, `approval`, or an indicator's code (`1.5`). */
  readonly column: string;
  readonly direction: 'ascending' | 'descending';
}

/** The person sorted `<shnro-scorecard>` by a column (a header button). */
export class ShnroScorecardSortEvent extends ShnroDetailEvent<
  'shnro-scorecard-sort',
  ShnroScorecardSortDetail
> {
  static readonly eventName = 'shnro-scorecard-sort';

  constructor(detail: ShnroScorecardSortDetail) {
    super(ShnroScorecardSortEvent.eventName, detail);
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'shnro-scorecard-sort': ShnroScorecardSortEvent;
  }
}
