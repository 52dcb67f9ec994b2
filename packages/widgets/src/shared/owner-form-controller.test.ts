import { LitElement } from 'lit';
import { afterEach, describe, expect, it } from 'vitest';
import { OwnerFormController } from './owner-form-controller.js';

class OwnerFormHost extends LitElement {
  submits = 0;
  readonly owner = new OwnerFormController(this, () => (this.submits += 1));
}
customElements.define('shnro-owner-form-host-test', OwnerFormHost);

afterEach(() => document.body.replaceChildren());

function submit(form: HTMLFormElement): void {
  form.addEventListener('submit', (event) => event.preventDefault(), { once: true });
  form.requestSubmit();
}

describe('OwnerFormController', () => {
  it('hears the submit of the form it watches, and of no other', () => {
    const first = document.createElement('form');
    const second = document.createElement('form');
    const host = document.createElement('shnro-owner-form-host-test') as OwnerFormHost;
    document.body.append(first, second, host);
    host.owner.watch(first);
    expect(host.owner.form).toBe(first);
    submit(first);
    expect(host.submits).toBe(1);
    host.owner.watch(second);
    submit(first);
    submit(second);
    expect(host.submits).toBe(2);
  });

  it('stops listening once the element leaves the page', () => {
    const form = document.createElement('form');
    const host = document.createElement('shnro-owner-form-host-test') as OwnerFormHost;
    document.body.append(form, host);
    host.owner.watch(form);
    host.remove();
    expect(host.owner.form).toBeNull();
    submit(form);
    expect(host.submits).toBe(0);
  });
});
