import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { deleteTestDatabases } from '../drafts/test-support/idb.js';
import { fullCheck } from '../indicator-table/loaders.js';
import './define.js';
import type { ShnroIndicatorForm } from './indicator-form.js';

// The form computes with the core's light steps; the validating calculator and its wording are
// loaded only for what those refuse. These tests follow that path from a person's keystrokes.

const text = (node: Element | null | undefined): string =>
  (node?.textContent ?? '').replace(/\s+/g, ' ').trim();

async function mount(): Promise<ShnroIndicatorForm> {
  const element = document.createElement('shnro-indicator-form');
  document.body.append(element);
  await element.updateComplete;
  return element;
}

function field(element: ShnroIndicatorForm, code: string, role: string): HTMLInputElement {
  const found = element.shadowRoot!.getElementById(`f-${code}-${role}`);
  if (!(found instanceof HTMLInputElement)) throw new Error(`no field ${code} ${role}`);
  return found;
}

describe('<shnro-indicator-form>: wording loaded on demand', () => {
  beforeEach(() => (document.documentElement.lang = 'ru'));
  afterEach(async () => {
    document.body.replaceChildren();
    await new Promise((resolve) => setTimeout(resolve, 50));
    await deleteTestDatabases();
  });

  it('names the field in Russian when a count is too long to be a number, and keeps the text', async () => {
    const element = await mount();
    const huge = '9'.repeat(400);
    const input = field(element, '4.8', 'count');
    // As a paste of one cell does: the text arrives at once, then the person leaves the field.
    input.value = huge;
    input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    input.dispatchEvent(new Event('change', { bubbles: true }));
    // `updateComplete` waits for the validating calculator the light steps asked for.
    await element.updateComplete;
    expect(fullCheck.value).toBeDefined();
    const message = text(element.shadowRoot!.querySelector('[data-code="4.8"]'));
    expect(message).toMatch(/4\.8/);
    expect(message).toMatch(/[а-яё]/i);
    expect(message).not.toMatch(/полная проверка/);
    expect(field(element, '4.8', 'count').value).toBe(huge);
    expect(element.checkValidity()).toBe(false);
    expect(element.report.results.find((result) => result.code === '4.8')?.status).toBe('invalid');
  });
});
