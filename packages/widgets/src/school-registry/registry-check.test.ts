import type { Registry } from '@shnro/core';
import { afterEach, describe, expect, it } from 'vitest';
import { axeViolations } from '../test-support/axe.js';
import './define.js';

// A registry the page hands over is checked without zod (the core's `registryShapeProblem`): a
// malformed one is said in place, with its place at once and the core's words once they load,
// and never used (no count, no proposals, no diff); a good one handed over next is shown.

const text = (node: Element | null | undefined) => node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

async function until(check: () => boolean): Promise<void> {
  for (let tries = 0; tries < 500 && !check(); tries++)
    await new Promise((resolve) => setTimeout(resolve, 10));
}

const good: Registry = {
  municipalities: [{ id: 'kansk', name: 'г. Канск' }],
  schools: [{ id: '2450001234', name: 'МБОУ «СОШ № 7»', inn: '2450001234', municipalityId: 'kansk' }],
  teachers: [],
};

describe('<shnro-school-registry> with a registry from the page', () => {
  afterEach(() => document.body.replaceChildren());

  it('says where a malformed registry breaks, in words, and shows nothing of it', async () => {
    const element = document.createElement('shnro-school-registry');
    element.lang = 'ru';
    element.access = 'review';
    const bad = { ...good, schools: [{ ...good.schools[0]!, inn: '24500' }] };
    element.registry = bad as unknown as Registry;
    document.body.append(element);
    await element.updateComplete;
    const root = element.shadowRoot!;
    const alert = () => root.querySelector('[role="alert"]');
    expect(text(alert())).toContain('registry.schools[0].inn');
    expect(text(root.querySelector('[part="summary"]'))).toBe('Реестр пуст: загрузите файл.');
    // The core's wording, loaded only now, names the field.
    await until(() => (alert()?.querySelectorAll('li').length ?? 0) > 0);
    const said = [...alert()!.querySelectorAll('li')].map(text);
    expect(said).toHaveLength(1);
    expect(said[0]).toMatch(/^registry\.schools\[0\]\.inn: /);
    expect(await axeViolations(element)).toEqual([]);

    // A good registry next: the problem is gone and the registry is counted.
    element.registry = good;
    await element.updateComplete;
    expect(alert()).toBeNull();
    expect(text(root.querySelector('[part="summary"]'))).toMatch(/^В реестре 1 /);
  });

  it('says it in English for an English page', async () => {
    const element = document.createElement('shnro-school-registry');
    element.lang = 'en';
    element.registry = { ...good, schools: 'none' } as unknown as Registry;
    document.body.append(element);
    await element.updateComplete;
    const alert = element.shadowRoot!.querySelector('[role="alert"]');
    expect(text(alert)).toContain(
      'The registry the page passed is not shown: a problem at registry.schools.',
    );
    await until(() => (alert?.querySelectorAll('li').length ?? 0) > 0);
    expect(text(alert?.querySelector('li'))).toMatch(/^registry\.schools: /);
  });
});
