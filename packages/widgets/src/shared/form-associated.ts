import type { LitElement, PropertyDeclarations } from 'lit';

// A mixin's constructor must take `any[]` (TypeScript's rule for mixins).
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Constructor<T> = new (...args: any[]) => T;

/** Why the browser hands a form state back: history navigation, or the browser's autofill. */
export type FormStateRestoreReason = 'restore' | 'autocomplete';

/** What a form-associated element sets in one go: its value for `FormData`, and its validity. */
export interface FormSnapshot {
  /** The submitted value (a JSON string for structured editors); `null` submits nothing. */
  readonly value: string | null;
  /** What the browser gives back to `formStateRestore` (the raw text a person typed). */
  readonly state?: string;
  /** The first problem, or none when valid. */
  readonly problem?: {
    readonly flags: ValidityStateFlags;
    /** Shown by the browser's bubble and kept in `validationMessage`; never empty. */
    readonly message: string;
    /** The inner control the browser focuses for the problem. */
    readonly anchor?: HTMLElement;
  };
}

/**
 * The public and protected face of a form-associated Shnro element: the same members a
 * native `<input>` has (`form`, `name`, `validity`, `checkValidity()`…), and the hooks an
 * editor implements.
 */
export declare class FormAssociatedElement {
  /** The name the value is submitted under in `FormData`. */
  name: string;
  /** Disables the element; a disabled element submits nothing and is not validated. */
  disabled: boolean;
  /** The `<form>` this element belongs to, or `null`. */
  get form(): HTMLFormElement | null;
  /** The `<label>` elements that name this element. */
  get labels(): NodeList;
  /** The element's validity, as a native control's. */
  get validity(): ValidityState;
  /** The first problem in words, or an empty string when valid. */
  get validationMessage(): string;
  /** Whether the element takes part in constraint validation. */
  get willValidate(): boolean;
  /** Checks validity now; fires `invalid` and returns false when there is a problem. */
  checkValidity(): boolean;
  /** As `checkValidity()`, and shows the problem to the person. */
  reportValidity(): boolean;

  formAssociatedCallback(form: HTMLFormElement | null): void;
  formDisabledCallback(disabled: boolean): void;
  formResetCallback(): void;
  formStateRestoreCallback(state: string | File | FormData | null, reason: FormStateRestoreReason): void;

  /** The element's internals; editors should prefer `applyFormSnapshot`. */
  protected readonly internals: ElementInternals;
  /** True while a disabled `<fieldset>` or the `disabled` attribute disables the element. */
  protected formDisabled: boolean;
  /** Computes the value and validity from the editor's current state (override). */
  protected formSnapshot(): FormSnapshot;
  /** Sets value and validity from `formSnapshot()` now. */
  protected syncForm(): void;
  /** The form was reset: go back to the initial value (override). */
  protected formReset(): void;
  /** The browser restores a state saved as `FormSnapshot.state` (override). */
  protected formStateRestore(state: string, reason: FormStateRestoreReason): void;
  /** The element's form owner changed (override, call super). */
  protected formOwnerChanged(form: HTMLFormElement | null): void;
  /** Turns a custom state on or off for `:state(name)` selectors; ignored where unsupported. */
  protected toggleState(name: string, on: boolean): void;
}

/**
 * Makes a Lit element a form control (after Material Web's `mixinFormAssociated` and Web
 * Awesome): `static formAssociated = true`, `ElementInternals` for the value and validity,
 * `reset()` of the host form, state restore on history navigation, `disabled` from a
 * `<fieldset>`. The editor says what its value and problems are in `formSnapshot()`; the mixin
 * keeps the browser told.
 */
export function FormAssociated<T extends Constructor<LitElement>>(
  base: T,
): Constructor<FormAssociatedElement> & { readonly formAssociated: true } & T {
  class FormAssociatedMixin extends base {
    static readonly formAssociated = true;

    static properties: PropertyDeclarations = {
      // Reflected because FormData reads the attribute; an empty name adds no `name=""`.
      name: { reflect: true, converter: { toAttribute: (value: string) => value || null } },
      disabled: { type: Boolean, reflect: true },
      formDisabled: { state: true },
    };

    name = '';
    disabled = false;
    protected formDisabled = false;
    protected readonly internals: ElementInternals;

    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    constructor(...args: any[]) {
      super(...args);
      this.internals = this.attachInternals();
    }

    get form(): HTMLFormElement | null {
      return this.internals.form;
    }

    get labels(): NodeList {
      return this.internals.labels;
    }

    get validity(): ValidityState {
      this.syncForm();
      return this.internals.validity;
    }

    get validationMessage(): string {
      this.syncForm();
      return this.internals.validationMessage;
    }

    get willValidate(): boolean {
      return this.internals.willValidate;
    }

    checkValidity(): boolean {
      this.syncForm();
      return this.internals.checkValidity();
    }

    reportValidity(): boolean {
      this.syncForm();
      return this.internals.reportValidity();
    }

    formAssociatedCallback(form: HTMLFormElement | null): void {
      this.formOwnerChanged(form);
    }

    formDisabledCallback(disabled: boolean): void {
      this.formDisabled = disabled;
    }

    formResetCallback(): void {
      this.formReset();
      this.syncForm();
    }

    formStateRestoreCallback(state: string | File | FormData | null, reason: FormStateRestoreReason): void {
      if (typeof state === 'string') this.formStateRestore(state, reason);
      this.syncForm();
    }

    protected formSnapshot(): FormSnapshot {
      return { value: null };
    }

    protected syncForm(): void {
      const { value, state, problem } = this.formSnapshot();
      if (state === undefined) this.internals.setFormValue(value);
      else this.internals.setFormValue(value, state);
      if (problem) this.internals.setValidity(problem.flags, problem.message, problem.anchor);
      else this.internals.setValidity({});
      this.toggleState('invalid', problem !== undefined);
    }

    protected formReset(): void {}

    protected formStateRestore(_state: string, _reason: FormStateRestoreReason): void {}

    protected formOwnerChanged(_form: HTMLFormElement | null): void {}

    protected toggleState(name: string, on: boolean): void {
      try {
        if (on) this.internals.states.add(name);
        else this.internals.states.delete(name);
      } catch {
        // Browsers before custom states (Chromium < 90, Safari < 17.4): the attribute-based parts still style.
      }
    }
  }
  return FormAssociatedMixin as unknown as Constructor<FormAssociatedElement> & {
    readonly formAssociated: true;
  } & T;
}
