import type { CountsInput, IndicatorReport } from '@shnro/core';
import { ShnroDetailEvent } from './shnro-event.js';

/** What a submitted monitoring carries: the counts as the core's schema accepted them, and their report. */
export interface ShnroIndicatorsSubmitDetail {
  /** The answers, validated by `countsInputSchema`: send this to the server. */
  readonly input: CountsInput;
  /** The core's report on `input`: values, percentages, nothing invalid. */
  readonly report: IndicatorReport;
}

/**
 * A person submitted a filled indicator set and every check passed. Fires from
 * `<shnro-indicator-form>`'s own button, or when its host `<form>` is submitted.
 */
export class ShnroIndicatorsSubmitEvent extends ShnroDetailEvent<
  'shnro-indicators-submit',
  ShnroIndicatorsSubmitDetail
> {
  static readonly eventName = 'shnro-indicators-submit';

  constructor(detail: ShnroIndicatorsSubmitDetail) {
    super(ShnroIndicatorsSubmitEvent.eventName, detail);
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'shnro-indicators-submit': ShnroIndicatorsSubmitEvent;
  }
}
