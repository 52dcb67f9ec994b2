import { leningradskyMentorship2023 } from '@shnro/core/examples';
import type { Assignment, School } from '@shnro/core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { axeViolations } from '../test-support/axe.js';
import { mountElement, text } from '../test-support/mount-element.js';
import './define.js';
import type { ShnroMentorshipMap } from './mentorship-map.js';

const { schools, teachers, assignments, events, period: year2023 } = leningradskyMentorship2023;

const mount = (setup: (element: ShnroMentorshipMap) => void, lang?: string) =>
  mountElement('shnro-mentorship-map', setup, lang);

const full = (el: ShnroMentorshipMap) => {
  el.schools = schools;
  el.assignments = assignments;
  el.events = events;
  el.teachers = teachers;
  el.period = year2023;
};

describe('<shnro-mentorship-map>', () => {
  beforeEach(() => (document.documentElement.lang = 'ru'));
  afterEach(() => document.body.replaceChildren());

  // First in the file: the schemas and their wording load only for a record the light check refuses.
  it('reads valid records without loading the schemas, on the first update', async () => {
    const element = await mount(full);
    expect(element.shadowRoot!.querySelectorAll('tr[data-school]')).toHaveLength(3);
    const loaded = performance.getEntriesByType('resource').map((entry) => entry.name);
    expect(loaded.filter((name) => name.includes('/mentorship-map/explain'))).toEqual([]);
    expect(element.shadowRoot!.querySelector('[role="alert"]')).toBeNull();
  });

  it('shows the coverage shares with their counts, as the core counts them', async () => {
    const element = await mount(full);
    const rows = [...element.shadowRoot!.querySelectorAll('table.totals tbody tr')].map(text);
    expect(rows).toEqual([
      'Школ с низкими результатами и в сложных условиях 3',
      'Доля школ с закреплённым куратором 1 из 3 (33,3%)',
      'Доля школ со школой-лидером 0 из 3 (0%)',
      'Доля школ с наставником 2 из 3 (66,7%)',
      'Доля школ, где проводился методический десант 1 из 3 (33,3%)',
      'Доля педагогов этих школ с тьютором (наставником) 2 из 4 (50%)',
      'Методических десантов проведено 2',
    ]);
  });

  it('lists who supports each school, and names what it lacks in words', async () => {
    const element = await mount(full);
    const root = element.shadowRoot!;
    const school8 = root.querySelector('tr[data-school="school-8"]')!;
    expect(text(school8)).toContain('Смирнова Е. В.');
    expect(text(school8)).toContain('1 из 2');
    expect(text(school8)).toContain('15.03.2023: Функциональная грамотность');
    expect([...school8.querySelectorAll('[part="gap"]')].map((gap) => gap.getAttribute('data-gap'))).toEqual([
      'no-curator',
      'no-leader-school',
    ]);
    expect(text(root.querySelector('tr[data-school="school-27"]'))).toContain('МБОУ СОШ № 1');
    // Tutors of teachers: the teacher, the school, the tutor and the order.
    const tutor = root.querySelector('tr[data-assignment="tutor-t8-1"]')!;
    expect(text(tutor)).toMatch(
      /^Орлова А\. С\. МБОУ СОШ № 8 Лебедева М\. В\. \(муниципальный тьютор\) математика/,
    );
    expect(text(tutor)).toContain('45-осн');
  });

  it('without teacher records it says so instead of a zero', async () => {
    const element = await mount((el) => {
      full(el);
      el.teachers = undefined;
    });
    expect(text(element.shadowRoot!.querySelector('tr[data-school="school-8"]'))).toContain(
      'педагоги не переданы',
    );
  });

  it('an empty municipality says so', async () => {
    const element = await mount((el) => {
      el.schools = [];
    });
    expect(text(element.shadowRoot!.querySelector('[role="status"]'))).toMatch(/^В муниципалитете нет школ/);
  });

  it('a record that fails the schema is named by place, and the rest are still counted', async () => {
    const bad = { ...assignments[0], kind: 'tutor' } as Assignment; // a tutor attached to a school
    const nameless = { id: 'school-x', name: ' ' } as School;
    const element = await mount((el) => {
      full(el);
      el.assignments = [bad, ...assignments.slice(1)];
      el.schools = [...schools, nameless];
    });
    const alert = text(element.shadowRoot!.querySelector('[role="alert"]'));
    expect(alert).toContain('schools[4].name');
    expect(alert).toContain('assignments[0].to');
    expect(alert).toContain('тьютор закрепляется только за педагогом');
    expect(element.shadowRoot!.querySelectorAll('tr[data-school]')).toHaveLength(3);
  });

  it('names the field of a bad record in English too, once the wording has loaded', async () => {
    const element = await mount((el) => {
      full(el);
      el.events = [...events, { ...events[0]!, id: 'late', endDate: '2000-01-01' }];
    }, 'en');
    const alert = text(element.shadowRoot!.querySelector('[role="alert"]'));
    expect(alert).toContain(`events[${events.length}].endDate`);
    expect(alert).toMatch(/ends .* before it starts/);
    expect(element.shadowRoot!.querySelectorAll('tr[data-school]')).toHaveLength(3);
  });

  it('renders names as text, never as HTML', async () => {
    const element = await mount((el) => {
      full(el);
      el.schools = schools.map((school) =>
        school.id === 'school-8' ? { ...school, name: '<img src=x onerror=alert(1)>СОШ № 8' } : school,
      );
    });
    expect(element.shadowRoot!.querySelector('img')).toBeNull();
    expect(text(element.shadowRoot!.querySelector('tr[data-school="school-8"] th'))).toBe(
      '<img src=x onerror=alert(1)>СОШ № 8',
    );
  });

  it('speaks English when its lang says so', async () => {
    const element = await mount(full, 'en');
    expect(text(element.shadowRoot!.querySelector('table.totals caption'))).toBe(
      'Coverage of schools by support',
    );
    expect(
      text(element.shadowRoot!.querySelector('tr[data-school="school-22"] [data-gap="no-landing"]')),
    ).toBe('no methodological landing');
  });

  it('has no axe violations', async () => {
    const element = await mount(full);
    expect(await axeViolations(element)).toEqual([]);
  });
});
