import { municipalMonitoringSet } from '@shnro/core';
import { LitElement } from 'lit';
import { describe, expect, it } from 'vitest';
import type { ShnroIndicatorsSubmitEvent } from '../events/indicators-submit.js';
import { hostMounter } from '../shared/test-support/mount-host.js';
import { entriesFromInput, fieldKey, type IndicatorFormEntries } from './entries.js';
import { evaluateForm } from './evaluate.js';
import { FormSubmitController } from './submit-controller.js';

/** A bare host with seed 001's set, its text, and a validity the test decides. */
class SubmitHost extends LitElement {
  entries: IndicatorFormEntries = entriesFromInput(municipalMonitoringSet, undefined, undefined);
  disabled = false;
  editing = true;
  valid = true;
  checks: string[] = [];
  readonly submitter = new FormSubmitController(this, {
    disabled: () => this.disabled,
    editing: () => this.editing,
    evaluation: () => evaluateForm(municipalMonitoringSet, this.entries, 'ru', false),
    locale: () => 'ru',
    checkValidity: () => {
      this.checks.push('check');
      return this.valid;
    },
    reportValidity: () => {
      this.checks.push('report');
      return this.valid;
    },
  });
}
customElements.define('shnro-form-submit-host-test', SubmitHost);

const mount = hostMounter<SubmitHost>('shnro-form-submit-host-test');

function submits(host: SubmitHost): ShnroIndicatorsSubmitEvent[] {
  const seen: ShnroIndicatorsSubmitEvent[] = [];
  host.addEventListener('shnro-indicators-submit', (event) => seen.push(event));
  return seen;
}

describe('FormSubmitController', () => {
  it('on its own: reports validity, then fires the counts input the core validated', () => {
    const host = mount();
    host.entries = { ...host.entries, [fieldKey('4.8', 'count')]: '3' };
    const seen = submits(host);
    host.submitter.request();
    expect(host.checks).toEqual(['report']);
    expect(seen).toHaveLength(1);
    expect(seen[0]?.detail.input.answers['4.8']).toBe(3);
    expect(seen[0]?.detail.report.results.find((result) => result.code === '4.8')?.display).toBe('3');
  });

  it('sends nothing when invalid, when disabled, or when an answer has a problem', () => {
    const host = mount();
    const seen = submits(host);
    host.valid = false;
    host.submitter.request();
    host.valid = true;
    host.disabled = true;
    host.submitter.request();
    expect(host.checks).toEqual(['report']);
    host.disabled = false;
    // A count above its population: the core's rule, so no event even if validity said yes.
    host.entries = {
      ...host.entries,
      [fieldKey('1.5', 'numerator')]: '20',
      [fieldKey('1.5', 'denominator')]: '18',
    };
    host.submitter.request();
    expect(seen).toHaveLength(0);
  });

  it('inside a form: the form submits, and the event goes out for valid data only', () => {
    const form = document.createElement('form');
    // No navigation in a test page.
    form.addEventListener('submit', (event) => event.preventDefault());
    document.body.append(form);
    const host = mount();
    form.append(host);
    host.submitter.watch(form);
    expect(host.submitter.form).toBe(form);
    const seen = submits(host);
    host.submitter.request();
    expect(host.checks).toEqual(['check']);
    expect(seen).toHaveLength(1);
    host.valid = false;
    form.requestSubmit();
    expect(seen).toHaveLength(1);
    // A read-only form has nothing to check: whatever the form holds is sent.
    host.editing = false;
    form.requestSubmit();
    expect(seen).toHaveLength(2);
    host.submitter.watch(null);
    form.requestSubmit();
    expect(seen).toHaveLength(2);
    form.remove();
  });
});
