import type { Iom, Teacher } from '@shnro/core';
import { exampleDiagnosis, exampleIom } from '@shnro/core/examples';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { axeViolations } from '../test-support/axe.js';
import './define.js';
import type { ShnroIomTracker } from './iom-tracker.js';

async function mount(setup: (element: ShnroIomTracker) => void, lang?: string): Promise<ShnroIomTracker> {
  const element = document.createElement('shnro-iom-tracker');
  if (lang) element.lang = lang;
  element.asOf = '2023-10-01';
  setup(element);
  document.body.append(element);
  await element.updateComplete;
  return element;
}

const text = (node: Element | null | undefined) => node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
const teachers: Teacher[] = [
  { id: 't22-math', schoolId: 's22', name: 'Кравец О. В.' },
  { id: 't22-rus', schoolId: 's22', name: 'Петрова А. А.' },
];

describe('<shnro-iom-tracker>', () => {
  beforeEach(() => (document.documentElement.lang = 'ru'));
  afterEach(() => document.body.replaceChildren());

  it('shows one route: the tutor, deficits by area, activities overdue by N days, and quarterly checkpoints', async () => {
    const element = await mount((el) => {
      el.iom = exampleIom;
      el.diagnosis = exampleDiagnosis;
    });
    const root = element.shadowRoot!;
    expect(text(root.querySelector('.facts'))).toContain('муниципальный тьютор Фролова Т. Г.');
    expect(text(root.querySelector('.facts'))).toContain('2 из 5 (40%)');
    // Deficit d4 (communicative) has no activity: it is marked, in words.
    expect(text(root.querySelector('dd[data-deficit="d4"]'))).toContain('не закрыт ни одним мероприятием');
    expect(text(root.querySelector('dd[data-deficit="d1"]'))).toContain('закрывают: «Курсы');
    // Mutual visits were due by 30 April 2023: 154 days overdue on 1 October.
    const visits = root.querySelector('tr[data-item="i3"]')!;
    expect(visits.getAttribute('data-status')).toBe('overdue');
    expect(text(visits.querySelector('[part="overdue"]'))).toBe('просрочено на 154 дн.');
    expect(text(root.querySelector('tr[data-item="i1"]'))).toContain('выполнено');
    // The first quarter: the course was due by 31 March and done on 24 March.
    expect(text(root.querySelector('tr[data-quarter="1"]'))).toContain('выполнено в срок');
    expect(text(root.querySelector('tr[data-quarter="2"]'))).toMatch(
      /не выполнено: «Взаимопосещение.*просрочено на 154 дн\./,
    );
    expect(text(root.querySelector('tr[data-quarter="4"]'))).toContain('квартал не завершён');
    expect([...root.querySelectorAll('li[data-code]')].map((li) => li.getAttribute('data-code'))).toContain(
      'uncovered-deficit',
    );
  });

  it('gives the municipal summary and opens a route from it with the keyboard', async () => {
    const draft: Iom = { ...exampleIom, id: 'iom-draft', teacherId: 't22-rus', status: 'draft' };
    const element = await mount((el) => {
      el.teachers = teachers;
      el.ioms = [exampleIom, draft];
      el.diagnoses = [exampleDiagnosis];
    });
    const root = element.shadowRoot!;
    const shares = [...root.querySelectorAll('table.shares tbody tr')].map(text);
    expect(shares).toContain('Доля педагогов с ИОМ 1 из 2 (50%)');
    expect(shares).toContain('Доля выполненных мероприятий ИОМ 2 из 5 (40%)');
    expect(root.querySelector('[part="route"]')).toBeNull();
    const opened = new Promise<CustomEvent>((resolve) =>
      element.addEventListener('shnro-iom-select', (event) => resolve(event as unknown as CustomEvent)),
    );
    const button = root.querySelector<HTMLButtonElement>('tr[data-iom="iom-t22-math"] button')!;
    expect(button.getAttribute('aria-label')).toBe('Открыть маршрут: Кравец О. В.');
    button.focus();
    button.click();
    expect((await opened).detail).toEqual({ iomId: 'iom-t22-math', teacherId: 't22-math' });
    await element.updateComplete;
    expect(text(root.querySelector('[part="route"] .facts'))).toContain('Кравец О. В.');
    // The diagnosis is found among `diagnoses` by the route's diagnosisId.
    expect(root.querySelector('dd[data-deficit="d4"]')).not.toBeNull();
  });

  it('an empty municipality says so and shows no percentage instead of a zero', async () => {
    const element = await mount((el) => {
      el.teachers = [];
      el.ioms = [];
    });
    const root = element.shadowRoot!;
    expect(text(root.querySelector('[role="status"]'))).toBe(
      'В муниципалитете нет педагогов: сводку считать не по чему.',
    );
    expect(text(root.querySelector('table.shares'))).toContain('0 из 0 (нет данных)');
  });

  it('a route that fails the schema is named field by field, and the summary stays', async () => {
    const broken = { ...exampleIom, period: { start: '2023-02-01' } } as unknown as Iom;
    const element = await mount((el) => {
      el.teachers = teachers;
      el.ioms = [broken, exampleIom];
      el.iom = broken;
    });
    const alerts = [...element.shadowRoot!.querySelectorAll('[role="alert"]')].map(text);
    expect(alerts).toHaveLength(2);
    expect(alerts[0]).toContain('ioms[0].period.end');
    expect(alerts[1]).toMatch(/^Маршрут не показан: данные не прошли проверку\. period\.end/);
    // The valid route is still summarised.
    expect(element.shadowRoot!.querySelector('tr[data-iom="iom-t22-math"]')).not.toBeNull();
  });

  it('renders titles as text, never as HTML', async () => {
    const element = await mount((el) => {
      el.iom = {
        ...exampleIom,
        items: exampleIom.items.map((item, i) => (i ? item : { ...item, title: '<img src=x>Курсы' })),
      };
    });
    expect(element.shadowRoot!.querySelector('img')).toBeNull();
    expect(text(element.shadowRoot!.querySelector('tr[data-item="i1"] th'))).toBe('<img src=x>Курсы');
  });

  it('speaks English when its lang says so', async () => {
    const element = await mount((el) => {
      el.iom = exampleIom;
    }, 'en');
    expect(text(element.shadowRoot!.querySelector('[part="overdue"]'))).toBe('overdue by 154 d');
    expect(text(element.shadowRoot!.querySelector('caption'))).toBe('Activities of the route');
  });

  it('takes its data from a JSON block', async () => {
    const element = document.createElement('shnro-iom-tracker');
    element.asOf = '2023-10-01';
    element.innerHTML = `<script type="application/json">${JSON.stringify({ iom: exampleIom })}</script>`;
    document.body.append(element);
    await element.updateComplete;
    expect(element.shadowRoot!.querySelector('tr[data-item="i3"]')).not.toBeNull();
  });

  it('has no axe violations', async () => {
    const element = await mount((el) => {
      el.teachers = teachers;
      el.ioms = [exampleIom];
      el.diagnoses = [exampleDiagnosis];
      el.iom = exampleIom;
    });
    expect(await axeViolations(element)).toEqual([]);
  });
});
