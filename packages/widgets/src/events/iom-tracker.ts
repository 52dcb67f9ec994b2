import { ShnroDetailEvent } from './shnro-event.js';

/** What choosing a route (ИОМ) carries: which route and whose. */
export interface ShnroIomSelectDetail {
  readonly iomId: string;
  readonly teacherId: string;
}

/** The person opened one teacher's route from `<shnro-iom-tracker>`'s municipal summary. */
export class ShnroIomSelectEvent extends ShnroDetailEvent<'shnro-iom-select', ShnroIomSelectDetail> {
  static readonly eventName = 'shnro-iom-select';

  constructor(detail: ShnroIomSelectDetail) {
    super(ShnroIomSelectEvent.eventName, detail);
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'shnro-iom-select': ShnroIomSelectEvent;
  }
}
