import { municipalMonitoringSet } from '@shnro/core';
import type { ShnroIndicatorForm } from '@shnro/widgets/indicator-form/define.js';
import '@shnro/widgets/indicator-form/define.js';
import type { ShnroIndicatorTable } from '@shnro/widgets/indicator-table/define.js';

// Population sizes the portal knows from its school register: 18 schools in Kansk, 7 of them
// ШНРО/ШНСУ, 202 teachers in those 7 (seed 001).
const knownPopulations = { 'municipality-schools': 18, 'target-schools': 7, 'target-teachers': 202 };

/**
 * The «Заполнение мониторинга» card: a methodologist fills in the 2021–2022 monitoring; the
 * draft is kept in the browser; a submit shows the computed table below and drops the draft.
 */
export function mountMonitoringForm(container: HTMLElement, results: ShnroIndicatorTable): void {
  // The form comes first on the page: filling in is what a methodologist came for.
  const lead = container.querySelector('.portal-lead') ?? container.firstElementChild;
  (lead ?? container).insertAdjacentHTML(
    lead ? 'afterend' : 'beforeend',
    `<section class="portal-card" aria-labelledby="fill-title" id="fill">
      <h2 id="fill-title">Заполнение мониторинга за 2021–2022 учебный год</h2>
      <p>Введите количества: доли и проценты рассчитываются сразу. Черновик сохраняется в этом браузере.</p>
      <form id="monitoring-form">
        <shnro-indicator-form name="monitoring" document-id="kansk-2021-2022" draft-scope="demo-methodologist"></shnro-indicator-form>
        <p class="portal-actions">
          <button type="submit">Отправить мониторинг</button>
          <button type="reset">Очистить форму</button>
        </p>
        <p id="monitoring-sent" role="status"></p>
      </form>
    </section>`,
  );
  const form = container.querySelector<HTMLFormElement>('#monitoring-form')!;
  const editor = form.querySelector<ShnroIndicatorForm>('shnro-indicator-form')!;
  editor.set = municipalMonitoringSet;
  editor.populations = knownPopulations;

  // A real portal POSTs the FormData (`monitoring` holds the counts as JSON); the demo shows the result.
  form.addEventListener('submit', (event) => event.preventDefault());
  editor.addEventListener('shnro-indicators-submit', (event) => {
    results.input = event.detail.input;
    const { results: rows } = event.detail.report;
    const answered = rows.filter((row) => row.status === 'ok' || row.status === 'empty-population').length;
    form.querySelector('#monitoring-sent')!.textContent =
      `Мониторинг отправлен: показателей с ответом — ${answered} из ${rows.length}.`;
    // The server has the data now: the draft has done its job.
    void editor.discardDraft();
  });
}
