import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import './define.js';
import { scorecardCycles, scorecardSchools } from './test-support/cycles.js';

const meta: Meta = {
  title: 'Widgets/Scorecard · Сводная таблица',
  component: 'shnro-scorecard',
  parameters: {
    docs: {
      description: {
        component:
          'Сводная таблица цикла мониторинга: территории (или школы по данным реестра) × показатели, оценка каждой ячейки относительно предыдущего цикла словом и знаком, полнота, согласование и выбросы по строкам. ' +
          'The scorecard of a monitoring cycle: territories (or schools, from the registry) × indicators, each cell judged against the previous cycle in a word and a sign, with completeness, approval and outliers per row.',
      },
    },
  },
};
export default meta;

type Story = StoryObj;

const { cycles, previousCycles } = scorecardCycles();

/** Seeds 001 and 003: г. Канск against its previous year, Тукаевский район final against initial. */
export const Seeds: Story = {
  name: 'Канск и Тукаевский район',
  render: () =>
    html`<shnro-scorecard
      .cycles=${cycles}
      .previousCycles=${previousCycles}
      as-of="2023-06-20"
    ></shnro-scorecard>`,
};

const schools = scorecardSchools();

/** г. Канск by school, from the registry's records of two years: each school against itself. */
export const BySchool: Story = {
  name: 'По школам',
  render: () =>
    html`<shnro-scorecard
      .cycles=${schools.cycles}
      .previousCycles=${schools.previousCycles}
      .records=${schools.records}
      .previousRecords=${schools.previousRecords}
      .indicators=${['1.5', '4.4', '4.5', '4.6', '5.1']}
      .targets=${[{ code: '4.4', value: 50 }]}
      as-of="2023-06-20"
    ></shnro-scorecard>`,
};

/** A few indicators only, chosen by the host. */
export const Chosen: Story = {
  name: 'Выбранные показатели',
  render: () =>
    html`<shnro-scorecard
      .cycles=${cycles}
      .previousCycles=${previousCycles}
      .indicators=${['1.5', '3.1', '4.1', '4.2', '4.4', '4.8']}
      as-of="2023-06-20"
    ></shnro-scorecard>`,
};

/** Target values of the region, and one of Канск's own: each cell met or not, in words. */
export const Targets: Story = {
  name: 'Целевые значения',
  render: () =>
    html`<shnro-scorecard
      .cycles=${cycles}
      .previousCycles=${previousCycles}
      .indicators=${['3.1', '4.1', '4.2', '4.4', '4.8']}
      .targets=${[
        { code: '4.4', value: 50 },
        { code: '4.4', value: 60, territoryId: 'kansk' },
        { code: '4.1', value: 80 },
        { code: '4.2', value: 5 },
        { code: '3.1', value: 90 },
      ]}
      as-of="2023-06-20"
    ></shnro-scorecard>`,
};

/** The first cycle of a territory: values shown, nothing judged. */
export const NoPrevious: Story = {
  name: 'Без предыдущего цикла',
  render: () => html`<shnro-scorecard .cycles=${cycles} as-of="2023-06-20"></shnro-scorecard>`,
};

/** In English. */
export const English: Story = {
  name: 'English',
  render: () =>
    html`<shnro-scorecard
      lang="en"
      .cycles=${cycles}
      .previousCycles=${previousCycles}
      .indicators=${['1.5', '3.1', '4.1', '4.2', '4.4', '4.8']}
      as-of="2023-06-20"
    ></shnro-scorecard>`,
};

/** No cycles yet. */
export const Empty: Story = {
  name: 'Нет циклов',
  render: () => html`<shnro-scorecard .cycles=${[]}></shnro-scorecard>`,
};
