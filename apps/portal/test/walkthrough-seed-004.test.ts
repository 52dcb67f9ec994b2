import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { loadDemoRegistryFile, sent, shownText, walkThrough } from './walk-support.js';

// Seed 004 (Ленинградский район, 2023) in the browser: «за каждой ШНОР (школы № 8, 22, 27)
// приказом … закреплены наставники», «за учителями-предметниками ШНОР закреплены муниципальные
// тьюторы», ИОМ drawn up with the tutors. The operator loads the region's registry (which names the
// three ШНОР); the methodologist of the district attaches a mentor to each, a tutor to a teacher of
// № 22, and draws up that teacher's ИОМ; the stored data must give «each ШНОР has a mentor» (3 of
// the registry's 3). Teachers, names and topics are illustrative: the seed gives the procedure.
describe('walk-through: seed 004, mentors, tutors and an ИОМ', () => {
  const walk = walkThrough();
  let page: Page;
  const lowResults = ['8', '22', '27'].map((n) => `МБОУ СОШ № ${n} Ленинградского района`);

  const shown = (selector: string) => shownText(page, selector);

  it('the operator loads the registry that names the district’s ШНОР', async () => {
    await loadDemoRegistryFile(walk(), 'registry-2023.csv');
    expect(
      await walk().count(
        `select count(*)::int as n from schools where municipality_id = 'leningradsky'
           and record is not null and categories ? 'low-results'`,
      ),
    ).toBe(3);
  });

  it('the methodologist attaches a mentor to each ШНОР and a tutor to a teacher of № 22', async () => {
    page = await walk().as('metodist.leningradsky', '/support.html');
    const form = page.locator('#mentorship-new');
    for (const [index, school] of lowResults.entries()) {
      await form.getByLabel('Вид').selectOption('mentor');
      await form
        .getByLabel('Кто закрепляется (ФИО)')
        .fill(`Наставник муниципального наставнического центра ${index + 1}`);
      await form.getByLabel('За школой').selectOption({ label: school });
      await form.getByLabel('С', { exact: true }).fill('2023-01-09');
      await form.getByRole('button', { name: 'Оформить закрепление' }).click();
      await sent(page, 'Новое закрепление', index + 1);
    }
    await form.getByLabel('Вид').selectOption('tutor');
    await form.getByLabel('Кто закрепляется (ФИО)').fill('Фролова Т. Г.');
    await form.getByLabel('Должность').fill('муниципальный тьютор');
    await form.getByLabel('Код педагога').fill('t22-math');
    await form.getByLabel('Педагог (ФИО)').fill('Учитель математики МБОУ СОШ № 22');
    await form.getByLabel('Предметы (через запятую)').fill('математика');
    await form.getByLabel('С', { exact: true }).fill('2023-01-09');
    await form.getByRole('button', { name: 'Оформить закрепление' }).click();
    await sent(page, 'Новое закрепление', 4);

    // From the stored data: each of the registry's ШНОР of the district has a mentor.
    expect(
      await walk().count(
        `select count(distinct m.school_id)::int as n from mentorships m join schools s on s.id = m.school_id
          where m.document->>'kind' = 'mentor' and s.municipality_id = 'leningradsky'
            and s.record is not null and s.categories ? 'low-results'`,
      ),
    ).toBe(3);
    expect(
      await walk().count(
        `select count(*)::int as n from mentorships
          where document->>'kind' = 'tutor' and document->'to'->>'teacherId' = 't22-math'`,
      ),
    ).toBe(1);
    await page.locator('#mentorship-card h2', { hasText: 'закреплений 4' }).waitFor();
    await expect.poll(() => shown('shnro-mentorship-map')).toContain('Фролова Т. Г.');
    for (const school of lowResults) await expect(shown('shnro-mentorship-map')).resolves.toContain(school);
  });

  it('the methodologist draws up the teacher’s ИОМ; the core refuses a course without hours first', async () => {
    const form = page.locator('#iom-new');
    await form.getByLabel('Школа').selectOption({ label: lowResults[1]! });
    await form.getByLabel('Код педагога').fill('t22-math');
    await form.getByLabel('Название маршрута').fill('ИОМ учителя математики МБОУ СОШ № 22 на 2023 год');
    await form.getByLabel('Начало').fill('2023-02-01');
    await form.getByLabel('Окончание').fill('2023-12-31');
    await form.getByLabel('Сопровождает (тьютор, наставник)').fill('муниципальный тьютор Фролова Т. Г.');
    await form.getByLabel('Состояние').selectOption('active');
    await form.getByLabel('Форма').selectOption('course');
    await form.getByLabel('Содержание').fill('Курсы «Методика решения задач с параметром»');
    await form.getByLabel('Организация').fill('ГБОУ ИРО Краснодарского края');
    await form.getByLabel('Срок (как в документе)').fill('до 31 марта 2023 года');
    await form.getByRole('button', { name: 'Создать ИОМ' }).click();
    await page.locator('#iom-new-note [role="alert"]', { hasText: 'объём в часах' }).waitFor();
    expect(
      await walk().count('select count(*)::int as n from ioms where school_id = $1', ['2300033226']),
    ).toBe(0);
    await form.getByLabel('Объём, ч').fill('36');
    await form.getByRole('button', { name: 'Создать ИОМ' }).click();
    // Through the outbox, like every other submission: queued with the teacher's school, sent once.
    await page.locator('#iom-new-note', { hasText: 'ИОМ поставлен в очередь отправки.' }).waitFor();
    await sent(page, 'Новый ИОМ');
    expect(
      await walk().count('select count(*)::int as n from ioms where school_id = $1', ['2300033226']),
    ).toBe(1);
    const [iom] = await walk().server.db.query<{
      document: { items: { deadline: { text: string; due: string } }[] };
    }>('select document from ioms where school_id = $1', ['2300033226']);
    // The deadline is kept as typed and read against the route's period by the core.
    expect(iom!.document.items[0]!.deadline).toMatchObject({ text: 'до 31 марта 2023 года' });
    await expect
      .poll(() => shown('shnro-iom-tracker'))
      .toContain('ИОМ учителя математики МБОУ СОШ № 22 на 2023 год');
    await expect(shown('shnro-iom-tracker')).resolves.toContain(
      'Курсы «Методика решения задач с параметром»',
    );
  });

  it('no page logged an error', async () => {
    for (const [login, problems] of walk().problems) expect(problems, login).toEqual([]);
  });
});
