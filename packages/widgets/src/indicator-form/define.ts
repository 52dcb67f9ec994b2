// The read-only and review modes show <shnro-indicator-table>, so registering the form registers it too.
import '../indicator-table/define.js';
import { defineElement } from '../shared/define-element.js';
import { ShnroIndicatorForm } from './indicator-form.js';

defineElement('shnro-indicator-form', ShnroIndicatorForm);

declare global {
  interface HTMLElementTagNameMap {
    'shnro-indicator-form': ShnroIndicatorForm;
  }
}

export { ShnroIndicatorForm };
// Re-exported so that importing this module's types also declares the events the form fires.
export { ShnroIndicatorsSubmitEvent, type ShnroIndicatorsSubmitDetail } from '../events/indicators-submit.js';
export type {
  ShnroDraftConflictEvent,
  ShnroDraftRestoredEvent,
  ShnroDraftSavedEvent,
  ShnroDraftStorageUnavailableEvent,
} from '../events/drafts.js';
