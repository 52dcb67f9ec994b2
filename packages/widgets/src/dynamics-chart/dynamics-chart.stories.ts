import {
  leningradskyDistrictAverage,
  leningradskyGia9SumOfAverages,
  leningradskyGia9SumOfQuality,
  leningradskySchools,
} from '@shnro/core/examples';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import './define.js';
import type { DynamicsChartVariant } from './chart-model.js';
import { syntheticDistrict } from './test-support/synthetic.js';

interface Args {
  variant?: DynamicsChartVariant;
  showTable: boolean;
}

const meta: Meta<Args> = {
  title: 'Widgets/Dynamics chart · Динамика результатов',
  component: 'shnro-dynamics-chart',
  argTypes: {
    variant: { control: 'inline-radio', options: [undefined, 'bars', 'lines'] },
    showTable: { control: 'boolean' },
  },
  args: { showTable: false },
  parameters: {
    docs: {
      description: {
        component:
          'Динамика результатов школ по годам: столбцы или линии по каждой школе, среднее по муниципалитету, ' +
          'зона низких результатов, оценка динамики из ядра (бейдж) и выводы справки под графиком. ' +
          'Results dynamics per school over years; every class comes from `compareSeries` in @shnro/core.',
      },
    },
  },
};
export default meta;

type Story = StoryObj<Args>;

const twoSchools = leningradskySchools.slice(1);
const hundred = syntheticDistrict(100, 10);
const five = syntheticDistrict(5, 6);

/** Two schools, two years: the smallest comparison a report makes. */
export const TwoSchoolsTwoYears: Story = {
  name: 'Две школы, два года',
  render: (args) =>
    html`<shnro-dynamics-chart
      variant=${ifDefined(args.variant)}
      ?show-table=${args.showTable}
      .series=${leningradskyGia9SumOfAverages.filter((series) => series.schoolId !== 'school-8')}
      .schools=${twoSchools}
    ></shnro-dynamics-chart>`,
};

/**
 * Seed 004 (Ленинградский район): the three ШНОР, ГИА-9 sums of average marks 2022 against 2023,
 * the district average as the reference line, a tolerance of 0,5 балла: № 22 and 27 improve,
 * № 8 stays below the district (stable-low).
 */
export const Seed004: Story = {
  name: 'Ленинградский район: ШНОР № 8, 22, 27',
  args: { showTable: true },
  render: (args) =>
    html`<shnro-dynamics-chart
      variant=${ifDefined(args.variant)}
      ?show-table=${args.showTable}
      qualifier="ШНОР"
      municipal-label="Среднее по району"
      .series=${leningradskyGia9SumOfAverages}
      .schools=${leningradskySchools}
      .options=${{ municipalAverage: leningradskyDistrictAverage, tolerance: 0.5, lowThreshold: 'municipal-average' }}
    ></shnro-dynamics-chart>`,
};

/** Seed 004's second fact: the sum of quality rates is higher in № 8 and 22 (changes in п.п.). */
export const Seed004Quality: Story = {
  name: 'Ленинградский район: качество (п.п.)',
  render: (args) =>
    html`<shnro-dynamics-chart
      variant=${ifDefined(args.variant)}
      ?show-table=${args.showTable}
      qualifier="ШНОР"
      .series=${leningradskyGia9SumOfQuality}
      .schools=${leningradskySchools}
    ></shnro-dynamics-chart>`,
};

/** A few schools over six years: lines, labelled at their ends, the band under the district average. */
export const FiveSchoolsSixYears: Story = {
  name: 'Пять школ, шесть лет (линии)',
  render: (args) =>
    html`<shnro-dynamics-chart
      variant=${ifDefined(args.variant)}
      ?show-table=${args.showTable}
      .series=${five.series}
      .schools=${five.schools}
      .options=${{
        years: five.years,
        municipalAverage: five.municipalAverage,
        tolerance: 0.3,
        lowThreshold: 'municipal-average',
      }}
    ></shnro-dynamics-chart>`,
};

/** A whole municipality: 100 schools over 10 years, one line each; the legend of schools folds away. */
export const HundredSchoolsTenYears: Story = {
  name: '100 школ × 10 лет',
  render: (args) =>
    html`<shnro-dynamics-chart
      variant=${ifDefined(args.variant)}
      ?show-table=${args.showTable}
      .series=${hundred.series}
      .schools=${hundred.schools}
      .options=${{ years: hundred.years, municipalAverage: hundred.municipalAverage, lowThreshold: 13 }}
    ></shnro-dynamics-chart>`,
};

/** Results for one year only: bars, no change, and a notice that dynamics need two years. */
export const SingleYear: Story = {
  name: 'Один год',
  render: (args) =>
    html`<shnro-dynamics-chart
      variant=${ifDefined(args.variant)}
      ?show-table=${args.showTable}
      .series=${leningradskyGia9SumOfAverages.map((series) => ({ ...series, points: series.points.slice(1) }))}
      .schools=${leningradskySchools}
    ></shnro-dynamics-chart>`,
};

/** Nothing given yet. */
export const Empty: Story = {
  name: 'Нет данных',
  render: () => html`<shnro-dynamics-chart></shnro-dynamics-chart>`,
};
