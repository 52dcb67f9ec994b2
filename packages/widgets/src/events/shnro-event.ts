/** Every SDK event bubbles out of shadow roots, so a host can listen on any ancestor. */
const crossing: EventInit = { bubbles: true, composed: true };

/**
 * The base of the SDK's events (события): named, bubbling and composed. Events that carry
 * data either extend `ShnroDetailEvent` (a typed `detail`) or add their own read-only fields.
 */
export class ShnroEvent<Name extends string = string> extends Event {
  declare readonly type: Name;

  /** `cancelable` for events whose default action a host may prevent (`preventDefault()`). */
  constructor(name: Name, options: { cancelable?: boolean } = {}) {
    super(name, { ...crossing, ...options });
  }
}

/** An SDK event whose data is in a typed `detail`, as `CustomEvent` would carry it. */
export class ShnroDetailEvent<Name extends string, Detail> extends ShnroEvent<Name> {
  readonly detail: Detail;

  constructor(name: Name, detail: Detail, options: { cancelable?: boolean } = {}) {
    super(name, options);
    this.detail = detail;
  }
}
