import type { CountsInput, IndicatorReport } from '@shnro/core';

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
export class ShnroIndicatorsSubmitEvent extends Event {
  static readonly eventName = 'shnro-indicators-submit';
  readonly detail: ShnroIndicatorsSubmitDetail;

  constructor(detail: ShnroIndicatorsSubmitDetail) {
    super(ShnroIndicatorsSubmitEvent.eventName, { bubbles: true, composed: true });
    this.detail = detail;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'shnro-indicators-submit': ShnroIndicatorsSubmitEvent;
  }
}
