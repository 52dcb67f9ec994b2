import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * Follows the `<form>` a form-associated element belongs to and hears its submit, so that the
 * element can send its own event for valid data (a form with `novalidate` submits whatever it
 * holds). The element calls `watch` from `formOwnerChanged`; leaving the page stops listening.
 */
export class OwnerFormController implements ReactiveController {
  private current: HTMLFormElement | null = null;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly submitted: () => void,
  ) {
    host.addController(this);
  }

  /** The form the element belongs to, or null. */
  get form(): HTMLFormElement | null {
    return this.current;
  }

  hostDisconnected(): void {
    this.watch(null);
  }

  /** The element's form changed (or it left one). */
  watch(form: HTMLFormElement | null): void {
    if (form === this.current) return;
    this.current?.removeEventListener('submit', this.onSubmit);
    this.current = form;
    form?.addEventListener('submit', this.onSubmit);
    this.host.requestUpdate();
  }

  private readonly onSubmit = (): void => this.submitted();
}
