import { exampleIdentificationMethodology, type Registry } from '@shnro/core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type {
  ShnroIdentificationDecisionEvent,
  ShnroRegistryImportEvent,
} from '../events/school-registry.js';
import { axeViolations } from '../test-support/axe.js';
import './define.js';
import type { ShnroSchoolRegistry } from './school-registry.js';
import {
  csvFile,
  largeRegistryCsv,
  regionResults,
  registry2023Csv,
  registry2024Csv,
} from './test-support/region.js';

async function mount(setup: (element: ShnroSchoolRegistry) => void = () => {}): Promise<ShnroSchoolRegistry> {
  const element = document.createElement('shnro-school-registry');
  setup(element);
  document.body.append(element);
  await element.updateComplete;
  return element;
}

const text = (node: Element | null | undefined) => node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
const root = (element: ShnroSchoolRegistry) => element.shadowRoot!;
const frame = () => new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));

/** Picks a file through the element's own file input, as a person does. */
async function pick(
  element: ShnroSchoolRegistry,
  content: string | Uint8Array<ArrayBuffer>,
  name: string,
  done: () => boolean,
): Promise<void> {
  const input = root(element).querySelector<HTMLInputElement>('input[type="file"]')!;
  const transfer = new DataTransfer();
  transfer.items.add(new File([content], name));
  input.files = transfer.files;
  input.dispatchEvent(new Event('change'));
  await until(done);
  await element.updateComplete;
}

async function until(check: () => boolean): Promise<void> {
  for (let tries = 0; tries < 200 && !check(); tries++)
    await new Promise((resolve) => setTimeout(resolve, 10));
}

async function firstImport(): Promise<Registry> {
  const element = await mount();
  let registry: Registry | undefined;
  element.addEventListener('shnro-registry-import', (event) => (registry = event.detail.registry));
  await element.openFile(csvFile(registry2023Csv, 'реестр-2023.csv'));
  await element.updateComplete;
  root(element).querySelector<HTMLButtonElement>('[part="import-button"]')!.click();
  element.remove();
  return registry!;
}

describe('<shnro-school-registry>', () => {
  beforeEach(() => (document.documentElement.lang = 'ru'));
  afterEach(() => document.body.replaceChildren());

  it('reads a picked CSV: the detected mapping in selects, the preview rows, and imports the registry', async () => {
    const element = await mount();
    const shadow = root(element);
    await pick(element, `\ufeff${registry2023Csv}`, 'реестр-2023.csv', () => !!shadow.querySelector('.file'));
    expect(text(shadow.querySelector('.file > p'))).toBe(
      'Файл «реестр-2023.csv»: 6 строк данных, к загрузке готово 6.',
    );
    const select = (field: string) => shadow.querySelector<HTMLSelectElement>(`select[name="${field}"]`)!;
    expect(select('schoolName').value).toBe('B');
    expect(select('inn').value).toBe('D');
    expect(text(select('inn').selectedOptions[0])).toBe('D: ИНН');
    expect(select('teacherName')).toBeNull();
    const rows = [...shadow.querySelectorAll('[part="preview"] tbody tr[data-row]')];
    expect(rows.map((row) => row.getAttribute('data-row'))).toEqual(['3', '4', '5', '6', '7', '8']);
    expect(text(rows[0]!.querySelector('td'))).toBe('г. Канск');

    const seen: ShnroRegistryImportEvent[] = [];
    element.addEventListener('shnro-registry-import', (event) => seen.push(event));
    shadow.querySelector<HTMLButtonElement>('[part="import-button"]')!.click();
    await element.updateComplete;
    expect(seen).toHaveLength(1);
    expect(seen[0]!.detail.diff).toBeUndefined();
    expect(seen[0]!.detail.registry.schools.map((school) => school.id)).toEqual([
      '2400045017',
      '2400045024',
      '2400045031',
      '2400045056',
      '2400045063',
      '2400045088',
    ]);
    expect(element.registry).toBe(seen[0]!.detail.registry);
    expect(text(shadow.querySelector('.notice'))).toBe('Реестр загружен: 6 школ, 0 педагогов.');
    expect(text(shadow.querySelector('[part="summary"]'))).toBe('В реестре 6 школ и 0 педагогов.');
    expect(await axeViolations(element)).toEqual([]);
  });

  it('names an unmapped required column in place and keeps the file and the choices', async () => {
    const element = await mount();
    await element.openFile(csvFile(registry2023Csv, 'реестр-2023.csv'));
    await element.updateComplete;
    const shadow = root(element);
    const select = (field: string) => shadow.querySelector<HTMLSelectElement>(`select[name="${field}"]`)!;
    // The person skips the short name, then the full name: no name is left.
    for (const field of ['schoolShortName', 'schoolName']) {
      select(field).value = '';
      select(field).dispatchEvent(new Event('change'));
      await element.updateComplete;
    }
    expect(text(shadow.querySelector('[part="mapping"] [role="alert"]'))).toBe(
      'файл «реестр-2023.csv»: не выбран столбец «Наименование ОО»: без него строки листа не загружаются. Укажите этот столбец в соответствии столбцов.',
    );
    expect(select('schoolName').value).toBe('');
    expect(select('inn').value).toBe('D');
    expect(shadow.querySelector<HTMLButtonElement>('[part="import-button"]')!.disabled).toBe(true);
    // Choosing the short-name column for the name brings the rows back, the file untouched.
    select('schoolName').value = 'C';
    select('schoolName').dispatchEvent(new Event('change'));
    await element.updateComplete;
    expect(shadow.querySelector('[part="mapping"] [role="alert"]')).toBeNull();
    expect(select('schoolName').value).toBe('C');
    expect(select('schoolShortName').value).toBe('');
    expect(text(shadow.querySelector('.file > p'))).toContain('к загрузке готово 6');
    expect(text(shadow.querySelector('tr[data-row="3"] td:nth-of-type(2)'))).toBe('МБОУ СОШ № 1 г. Канска');
  });

  it('on re-import shows the diff and marks each row problem with its row and column', async () => {
    const current = await firstImport();
    const element = await mount((el) => (el.registry = current));
    await element.openFile(csvFile(registry2024Csv, 'реестр-2024.csv'));
    await element.updateComplete;
    const shadow = root(element);
    const diff = shadow.querySelector('[part="diff"]')!;
    expect(text(diff.querySelector('[role="status"]'))).toBe(
      'Школ новых — 1, выбывших — 1, изменённых — 1, без изменений — 4. Педагогов новых — 0, выбывших — 0, изменённых — 0.',
    );
    expect(text(diff)).toContain('Новые школы МАОУ «Лицей № 20» г. Канска');
    expect(text(diff)).toContain(
      'Нет в файле Муниципальное бюджетное общеобразовательное учреждение «Средняя общеобразовательная школа № 8» г. Канска',
    );
    expect(text(diff.querySelector('li[data-school="2400045017"] li'))).toBe(
      'Категория: ШНОР/ШНРО (школа с низкими результатами обучения) → нет',
    );

    const bad = shadow.querySelector('tr[data-row="9"]')!;
    expect(bad.classList.contains('error')).toBe(true);
    expect(text(bad.querySelector('[part="problem-cell"]'))).toBe('!2400045201');
    expect(text(bad.querySelector('.said'))).toMatch(/^файл «реестр-2024\.csv», строка 9, столбец «ИНН»: /);
    const unknown = shadow.querySelector('tr[data-row="10"]')!;
    expect(text(unknown.querySelector('.said'))).toContain(
      'строка 10, столбец «Категория»: «школа мечты» — неизвестная категория',
    );

    const only = shadow.querySelector<HTMLInputElement>('label.only input')!;
    only.click();
    await element.updateComplete;
    expect([...shadow.querySelectorAll('tr[data-row]')].map((row) => row.getAttribute('data-row'))).toEqual([
      '9',
      '10',
    ]);

    const seen: ShnroRegistryImportEvent[] = [];
    element.addEventListener('shnro-registry-import', (event) => seen.push(event));
    shadow.querySelector<HTMLButtonElement>('[part="import-button"]')!.click();
    await element.updateComplete;
    // Added and changed applied; the school missing from the file kept, as removals were not asked.
    expect(seen[0]!.detail.diff?.schools.added).toHaveLength(1);
    expect(seen[0]!.detail.registry.schools).toHaveLength(7);
    expect(element.registry?.schools.find((s) => s.id === '2400045200')?.name).toBe(
      'МАОУ «Лицей № 20» г. Канска',
    );
    expect(await axeViolations(element)).toEqual([]);
  });

  it('reads a file against a registry whose municipalities have the portal’s own ids', async () => {
    // A portal stores «г. Канск» as `kansk`; the file names it. The same file changes nothing.
    const read = await firstImport();
    const current: Registry = {
      ...read,
      municipalities: read.municipalities.map((m) => ({ ...m, id: `portal-${m.name.length}` })),
      schools: read.schools.map((school) => ({
        ...school,
        municipalityId: `portal-${read.municipalities.find((m) => m.id === school.municipalityId)!.name.length}`,
      })),
    };
    const element = await mount((el) => (el.registry = current));
    await element.openFile(csvFile(registry2023Csv, 'реестр-2023.csv'));
    await element.updateComplete;
    expect(text(root(element).querySelector('[part="diff"] [role="status"]'))).toMatch(
      /^Школ новых — 0, выбывших — 0, изменённых — 0, без изменений — \d+\./,
    );
  });

  it('says in place why a file is refused and keeps the file read before', async () => {
    const element = await mount();
    await element.openFile(csvFile(registry2023Csv, 'реестр-2023.csv'));
    const shadow = root(element);
    await pick(
      element,
      new Uint8Array([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 0, 0, 0, 255, 254]),
      'реестр.xlsx',
      () => text(shadow.querySelector('.rejected')).includes('реестр.xlsx'),
    );
    expect(text(shadow.querySelector('.rejected'))).toBe(
      'Файл «реестр.xlsx» не загружен: файл «реестр.xlsx»: файл назван как книга Excel, но не является ею (внутри не XLSX). Сохраните его в Excel как «Книга Excel (*.xlsx)» или как CSV.',
    );
    expect(text(shadow.querySelector('.file > p'))).toContain('«реестр-2023.csv»');
    await pick(element, '', 'пусто.csv', () => text(shadow.querySelector('.rejected')).includes('пусто.csv'));
    expect(text(shadow.querySelector('.rejected'))).toBe(
      'Файл «пусто.csv» не загружен: файл «пусто.csv»: файл пуст.',
    );
    expect(shadow.querySelectorAll('tr[data-row]')).toHaveLength(6);
    // A file whose text holds markup is shown as text.
    await element.openFile(
      csvFile(`${registry2023Csv}\r\nг. Канск;<img src=x onerror=alert(1)>;;;;;;;нет`, 'x.csv'),
    );
    await element.updateComplete;
    expect(shadow.querySelector('img')).toBeNull();
    expect(text(shadow.querySelector('tr[data-row="9"] td:nth-of-type(2)'))).toBe(
      '<img src=x onerror=alert(1)>',
    );
  });

  it('shows the proposals with their figures; confirms, and rejects only with a reason', async () => {
    const registry = await firstImport();
    const element = await mount((el) => {
      el.registry = registry;
      el.methodology = exampleIdentificationMethodology;
      el.results = regionResults();
      el.decidedBy = 'Федорук М. Г.';
    });
    const shadow = root(element);
    const section = shadow.querySelector('[part="identification"]')!;
    expect(text(section.querySelector('p'))).toBe('Оценено 6 школ за 2023 год; предложения есть для 3.');
    const first = section.querySelector('[data-school="2400045017"]')!;
    expect(text(first.querySelector('.categories'))).toBe(
      'Категории в реестре: ШНОР/ШНРО (школа с низкими результатами обучения)',
    );
    expect(text(first.querySelector('.figure'))).toBe(
      'доля «2» по ВПР, математика, 5 кл., 2021/2022 — 32% (8 из 25; порог 25%)',
    );

    const seen: ShnroIdentificationDecisionEvent[] = [];
    element.addEventListener('shnro-identification-decision', (event) => seen.push(event));
    first.querySelector<HTMLButtonElement>('[data-action="confirm"]')!.click();
    await element.updateComplete;
    expect(seen[0]!.detail.decision).toEqual({
      schoolId: '2400045017',
      category: 'low-results',
      decision: 'confirm',
      by: 'Федорук М. Г.',
    });
    expect(text(first.querySelector('.mark'))).toBe('подтверждено');

    const fifth = () => shadow.querySelector('[data-school="2400045056"] [data-category="low-results"]')!;
    fifth().querySelector<HTMLButtonElement>('[data-action="reject"]')!.click();
    await element.updateComplete;
    fifth().querySelector<HTMLButtonElement>('[data-action="reject-submit"]')!.click();
    await element.updateComplete;
    expect(text(fifth().querySelector('[role="alert"]'))).toBe(
      'укажите причину, по которой предложение отклонено.',
    );
    expect(seen).toHaveLength(1);
    const reason = fifth().querySelector('textarea')!;
    reason.value = 'результаты перепроверяются';
    reason.dispatchEvent(new Event('input'));
    fifth().querySelector<HTMLButtonElement>('[data-action="reject-submit"]')!.click();
    await element.updateComplete;
    expect(seen[1]!.detail.decision).toMatchObject({
      decision: 'reject',
      reason: 'результаты перепроверяются',
    });
    expect(text(fifth().querySelector('.reason'))).toBe('Причина: результаты перепроверяются');
    expect(
      seen[1]!.detail.identification.proposals.find((p) => p.schoolId === '2400045017')?.categories[0]
        ?.status,
    ).toBe('confirmed');

    // A host that refuses a decision: the proposal stays as it was, and that is said.
    element.addEventListener('shnro-identification-decision', (event) => event.preventDefault());
    const third = shadow.querySelector('[data-school="2400045031"]')!;
    third.querySelector<HTMLButtonElement>('[data-action="confirm"]')!.click();
    await element.updateComplete;
    expect(text(third.querySelector('.mark'))).toBe('предложено');
    expect(text(section.querySelector('[role="alert"]'))).toBe(
      'Решение не принято порталом: предложение осталось без изменений.',
    );
    expect(await axeViolations(element)).toEqual([]);
  });

  it('keeps only the rows in view in the DOM for 40,000 rows, and reaches the last one', async () => {
    const element = await mount();
    await element.openFile(csvFile(largeRegistryCsv(40_000), 'регион.csv'));
    await element.updateComplete;
    await frame();
    const shadow = root(element);
    const scroller = shadow.querySelector<HTMLElement>('[part="preview"]')!;
    expect(shadow.querySelector('table[aria-rowcount]')?.getAttribute('aria-rowcount')).toBe('40001');
    expect(shadow.querySelectorAll('tr[data-row]').length).toBeLessThan(80);
    scroller.scrollTop = scroller.scrollHeight;
    await frame();
    await element.updateComplete;
    await frame();
    const rows = [...shadow.querySelectorAll('tr[data-row]')];
    expect(rows.length).toBeLessThan(80);
    expect(rows.at(-1)?.getAttribute('data-row')).toBe('40001');
    expect(text(rows.at(-1)?.querySelector('td:nth-of-type(2)'))).toBe('МБОУ «Средняя школа № 40000»');
    // Every 97th row has a bad ИНН: the filter finds them, still windowed.
    shadow.querySelector<HTMLInputElement>('label.only input')!.click();
    await element.updateComplete;
    await frame();
    const first = shadow.querySelector('tr[data-row]')!;
    expect(first.getAttribute('data-row')).toBe('98');
    expect(text(first.querySelector('.said'))).toMatch(/^файл «регион\.csv», строка 98, столбец «ИНН»: /);
  });

  describe('access', () => {
    const proposals = async (access: string) => {
      const registry = await firstImport();
      return mount((el) => {
        el.setAttribute('access', access);
        el.registry = registry;
        el.methodology = exampleIdentificationMethodology;
        el.results = regionResults();
        el.decidedBy = 'Методист ММС г. Канска';
      });
    };

    it('review: no file, mapping or import; the methodologist confirms and rejects by keyboard', async () => {
      const element = await proposals('review');
      const shadow = root(element);
      expect(element.access).toBe('review');
      expect(shadow.querySelector('[part="drop-zone"]')).toBeNull();
      expect(shadow.querySelector('input[type="file"]')).toBeNull();
      expect(text(shadow.querySelector('[part="summary"]'))).toMatch(/^В реестре 6 школ/);
      // A file handed to the element anyway is not read.
      await element.openFile(csvFile(registry2024Csv, 'реестр-2024.csv'));
      await element.updateComplete;
      expect(shadow.querySelector('[part="mapping"]')).toBeNull();
      expect(shadow.querySelector('[part="import-button"]')).toBeNull();

      const seen: ShnroIdentificationDecisionEvent[] = [];
      element.addEventListener('shnro-identification-decision', (event) => seen.push(event));
      const fifth = () => shadow.querySelector('[data-school="2400045056"] [data-category="low-results"]')!;
      // Keyboard: the reject button is focusable, Enter on it opens the form (a native button).
      const reject = fifth().querySelector<HTMLButtonElement>('[data-action="reject"]')!;
      reject.focus();
      expect(shadow.activeElement).toBe(reject);
      reject.click();
      await element.updateComplete;
      const reason = fifth().querySelector('textarea')!;
      reason.focus();
      reason.value = 'школа реорганизована';
      reason.dispatchEvent(new Event('input'));
      fifth().querySelector<HTMLButtonElement>('[data-action="reject-submit"]')!.click();
      await element.updateComplete;
      expect(seen[0]!.detail.decision).toEqual({
        schoolId: '2400045056',
        category: 'low-results',
        decision: 'reject',
        reason: 'школа реорганизована',
        by: 'Методист ММС г. Канска',
      });
      expect(text(fifth().querySelector('.reason'))).toBe('Причина: школа реорганизована');
      expect(await axeViolations(element)).toEqual([]);
    });

    it('view: the proposals and their decisions, with nothing to press', async () => {
      const element = await proposals('view');
      const shadow = root(element);
      element.decisions = [{ schoolId: '2400045017', category: 'low-results', decision: 'confirm' }];
      await element.updateComplete;
      expect(shadow.querySelector('[part="drop-zone"]')).toBeNull();
      expect(shadow.querySelectorAll('[part="proposal"]')).toHaveLength(3);
      expect(shadow.querySelectorAll('[part="identification"] button')).toHaveLength(0);
      expect(text(shadow.querySelector('[data-school="2400045017"] .mark'))).toBe('подтверждено');
      expect(await axeViolations(element)).toEqual([]);
      // Back to manage: the drop zone returns.
      element.access = 'manage';
      await element.updateComplete;
      expect(shadow.querySelector('[part="drop-zone"]')).not.toBeNull();
      expect(shadow.querySelectorAll('[part="identification"] button').length).toBeGreaterThan(0);
    });
  });

  it('reads a file dropped on the drop zone, and the file input is reachable by keyboard', async () => {
    const element = await mount();
    const shadow = root(element);
    const input = shadow.querySelector<HTMLInputElement>('[part="drop-zone"] input[type="file"]')!;
    input.focus();
    expect(shadow.activeElement).toBe(input);
    expect(text(input.closest('label'))).toBe('Файл реестра (CSV или XLSX)');
    const zone = shadow.querySelector<HTMLElement>('[part="drop-zone"]')!;
    const transfer = new DataTransfer();
    transfer.items.add(new File([`\ufeff${registry2023Csv}`], 'перетащен.csv'));
    zone.dispatchEvent(
      new DragEvent('dragover', { dataTransfer: transfer, bubbles: true, cancelable: true }),
    );
    await element.updateComplete;
    expect(zone.classList.contains('dragging')).toBe(true);
    zone.dispatchEvent(new DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true }));
    await until(() => !!shadow.querySelector('.file'));
    await element.updateComplete;
    expect(zone.classList.contains('dragging')).toBe(false);
    expect(text(shadow.querySelector('.file > p'))).toBe(
      'Файл «перетащен.csv»: 6 строк данных, к загрузке готово 6.',
    );
  });

  it('speaks English when asked', async () => {
    const element = await mount((el) => (el.lang = 'en'));
    await element.openFile(csvFile(registry2023Csv, 'registry.csv'));
    await element.updateComplete;
    expect(text(root(element).querySelector('h2'))).toBe('Registry of schools');
    expect(text(root(element).querySelector('.file > p'))).toBe(
      '“registry.csv”: 6 data rows, 6 ready to import.',
    );
    expect(text(root(element).querySelector('[part="mapping"] h3'))).toBe('Column mapping');
  });
});
