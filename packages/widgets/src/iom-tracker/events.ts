/** What choosing a route carries: which route and whose. */
export interface ShnroIomSelectDetail {
  readonly iomId: string;
  readonly teacherId: string;
}

/** The person opened one teacher's route from the municipal summary. */
export class ShnroIomSelectEvent extends Event {
  static readonly eventName = 'shnro-iom-select';
  readonly detail: ShnroIomSelectDetail;

  constructor(detail: ShnroIomSelectDetail) {
    super(ShnroIomSelectEvent.eventName, { bubbles: true, composed: true });
    this.detail = detail;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'shnro-iom-select': ShnroIomSelectEvent;
  }
}
