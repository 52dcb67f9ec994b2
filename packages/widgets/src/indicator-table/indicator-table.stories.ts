import { municipalMonitoringSet } from '@shnro/core';
import { kanskMonitoring2022Counts, kanskMonitoring2022Printed } from '@shnro/core/examples';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import './define.js';

const meta: Meta = {
  title: 'Widgets/Indicator table · Таблица показателей',
  component: 'shnro-indicator-table',
  parameters: {
    docs: {
      description: {
        component:
          'Вычисленный набор показателей мониторинга по разделам: количество, численность совокупности и доля. ' +
          'A computed indicator set by section; with a printed table it checks every stated percentage.',
      },
    },
  },
};
export default meta;

type Story = StoryObj;

/** Seed 001 (г. Канск, 2021–2022): the monitoring as its counts give it. */
export const SeedMonitoring: Story = {
  name: 'Мониторинг г. Канска 2021–2022',
  render: () =>
    html`<shnro-indicator-table
      .set=${municipalMonitoringSet}
      .input=${kanskMonitoring2022Counts}
    ></shnro-indicator-table>`,
};

/** The same monitoring checked against the percentages the report printed by hand. */
export const ReconciledWithReport: Story = {
  name: 'Сверка с напечатанной таблицей',
  render: () =>
    html`<shnro-indicator-table
      .set=${municipalMonitoringSet}
      .input=${kanskMonitoring2022Counts}
      .printed=${kanskMonitoring2022Printed}
      .populations=${kanskMonitoring2022Counts.populations}
    ></shnro-indicator-table>`,
};

/** Half the answers typed in: the rest say «нет данных», never zero. */
export const PartlyFilled: Story = {
  name: 'Заполнено частично',
  render: () => {
    const answers = Object.fromEntries(Object.entries(kanskMonitoring2022Counts.answers).slice(0, 12));
    return html`<shnro-indicator-table
      .set=${municipalMonitoringSet}
      .input=${{ ...kanskMonitoring2022Counts, answers }}
    ></shnro-indicator-table>`;
  },
};

/** Typing errors: a fractional count and a count above its population, each named. */
export const WithErrors: Story = {
  name: 'С ошибками ввода',
  render: () =>
    html`<shnro-indicator-table
      .set=${municipalMonitoringSet}
      .input=${{
        ...kanskMonitoring2022Counts,
        answers: { ...kanskMonitoring2022Counts.answers, '4.4': { numerator: 6.5 }, '4.6': { numerator: 9 } },
      }}
    ></shnro-indicator-table>`,
};

/** Nothing given yet. */
export const Empty: Story = {
  name: 'Пусто',
  render: () => html`<shnro-indicator-table></shnro-indicator-table>`,
};
