import {
  leningradskyDistrictAverage,
  leningradskyDynamicsPolicy,
  leningradskyGia9SumOfAverages,
  leningradskyGia9SumOfQuality,
  leningradskySchools,
} from '@shnro/core/examples';
import type { DynamicsChartOptions, ShnroDynamicsChart } from '@shnro/widgets/dynamics-chart/define.js';
import '@shnro/widgets/dynamics-chart/define.js';

// Seed 004 (Ленинградский район): the methodologist compares the three ШНОР's ГИА-9 results in
// 2023 with 2022, by the sum of average marks and by the sum of quality rates. The seed prints
// only its conclusions; the values come from the core's illustrative example that agrees with them.
const metrics = {
  averages: {
    label: 'Совокупность среднего балла по 4 предметам',
    // The district's one policy, the same object the справка uses: a change within 0,5 балла is no
    // change; below the district average both years is «стабильно низкие».
    options: {
      metric: 'sum-of-average-scores',
      municipalAverage: leningradskyDistrictAverage,
      policy: leningradskyDynamicsPolicy,
    },
  },
  quality: {
    label: 'Совокупность среднего балла по качеству образования',
    options: { metric: 'sum-of-quality-percents', policy: leningradskyDynamicsPolicy },
  },
} satisfies Record<string, { label: string; options: DynamicsChartOptions }>;

type MetricKey = keyof typeof metrics;

/**
 * The «Динамика результатов» page of the demo portal: a metric switch and the chart of the
 * seed 004 situation, with the report's sentences and the data table under it.
 */
export function mountDynamicsPage(container: HTMLElement): ShnroDynamicsChart {
  container.innerHTML = `
    <h1>Динамика образовательных результатов ШНОР</h1>
    <p class="portal-lead">Ленинградский район · ГИА-9, 2023 год в сравнении с 2022 годом · ШНОР № 8, 22, 27</p>
    <section class="portal-card" aria-labelledby="dynamics-title">
      <h2 id="dynamics-title">Результаты ГИА-9 по школам</h2>
      <fieldset class="portal-switch">
        <legend>Показатель</legend>
      </fieldset>
      <shnro-dynamics-chart qualifier="ШНОР" municipal-label="Среднее по району"></shnro-dynamics-chart>
      <p class="portal-note">
        Значения иллюстративные: справка приводит только выводы. Оценку динамики выполняет
        <code>@shnro/core</code> (<code>compareSeries</code>), график — <code>@shnro/widgets</code>.
      </p>
    </section>`;

  const chart = container.querySelector('shnro-dynamics-chart')!;
  // Both metrics' series at once: the core takes the ones of the chosen metric.
  chart.series = [...leningradskyGia9SumOfAverages, ...leningradskyGia9SumOfQuality];
  chart.schools = leningradskySchools;

  const fieldset = container.querySelector('fieldset')!;
  const choose = (key: MetricKey): void => {
    chart.options = metrics[key].options;
  };
  for (const key of Object.keys(metrics) as MetricKey[]) {
    const label = document.createElement('label');
    const input = document.createElement('input');
    input.type = 'radio';
    input.name = 'dynamics-metric';
    input.value = key;
    input.checked = key === 'averages';
    input.addEventListener('change', () => choose(key));
    label.append(input, ` ${metrics[key].label}`);
    fieldset.append(label);
  }
  choose('averages');
  return chart;
}
