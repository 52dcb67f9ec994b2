import { municipalMonitoringSet } from '@shnro/core';
import { kanskMonitoring2022Counts, kanskMonitoring2022Printed } from '@shnro/core/examples';
import type { ShnroIndicatorTable } from '@shnro/widgets/indicator-table/define.js';
import '@shnro/widgets/indicator-table/define.js';
import { markNavigation } from '../chrome.js';
import { mountMonitoringForm } from '../monitoring-form.js';

// The monitoring page: the seed's counts computed by the core, then the report's own printed
// table checked against them, as a methodologist would before publishing.
markNavigation('monitoring');
const content = document.getElementById('content');
if (content) {
  content.innerHTML = `
    <h1>Мониторинг системы работы с ШНРО и ШНСУ</h1>
    <p class="portal-lead">г. Канск, 2021–2022 учебный год · 18 общеобразовательных организаций, из них 7 ШНРО и ШНСУ</p>
    <section class="portal-card" aria-labelledby="computed-title">
      <h2 id="computed-title">Показатели, рассчитанные по введённым количествам</h2>
      <shnro-indicator-table id="computed"></shnro-indicator-table>
    </section>
    <section class="portal-card" aria-labelledby="reconciled-title">
      <h2 id="reconciled-title">Сверка с таблицей аналитической записки</h2>
      <p>Проценты, напечатанные в записке, пересчитаны по её же количествам.</p>
      <shnro-indicator-table id="reconciled"></shnro-indicator-table>
    </section>`;
  const computed = content.querySelector<ShnroIndicatorTable>('#computed')!;
  computed.set = municipalMonitoringSet;
  computed.input = kanskMonitoring2022Counts;

  const reconciled = content.querySelector<ShnroIndicatorTable>('#reconciled')!;
  reconciled.set = municipalMonitoringSet;
  reconciled.input = kanskMonitoring2022Counts;
  reconciled.printed = kanskMonitoring2022Printed;
  reconciled.populations = kanskMonitoring2022Counts.populations ?? {};

  mountMonitoringForm(content, computed);
}
