import { municipalMonitoringSet } from '@shnro/core';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import './define.js';
import { kanskCurrent, kanskPrevious, tukaev } from './test-support/cycles.js';

const meta: Meta = {
  title: 'Widgets/Cycle compare · Сравнение двух циклов',
  component: 'shnro-cycle-compare',
  parameters: {
    docs: {
      description: {
        component:
          'Два цикла мониторинга рядом: оба значения каждого показателя, изменение в п.п. для долей и в единицах для количеств, направление и небольшая диаграмма по каждому разделу. ' +
          'Two monitoring cycles side by side: both values of every indicator, the change in pp for shares and in units for counts, its direction, and a small chart per section.',
      },
    },
  },
};
export default meta;

type Story = StoryObj;

/** Seed 001 (г. Канск): 2021–2022 against an illustrative 2022–2023. */
export const Kansk: Story = {
  name: 'г. Канск, 2021-2022 и 2022-2023',
  render: () =>
    html`<shnro-cycle-compare .previous=${kanskPrevious} .current=${kanskCurrent}></shnro-cycle-compare>`,
};

/** Seed 003 (Тукаевский район): the initial and the final monitoring of one year. */
export const Tukaev: Story = {
  name: 'Начальный и итоговый мониторинг',
  render: () =>
    html`<shnro-cycle-compare .previous=${tukaev.initial} .current=${tukaev.final}></shnro-cycle-compare>`,
};

/** An indicator removed from the set in the second cycle: listed with its status, no change. */
export const IndicatorRemoved: Story = {
  name: 'Показатель исключён из набора',
  render: () =>
    html`<shnro-cycle-compare
      .previous=${kanskPrevious}
      .current=${kanskCurrent}
      .previousIndicatorSet=${municipalMonitoringSet}
      .indicatorSet=${{
        ...municipalMonitoringSet,
        indicators: municipalMonitoringSet.indicators.filter((indicator) => indicator.code !== '5.3'),
      }}
    ></shnro-cycle-compare>`,
};

/** In English. */
export const English: Story = {
  name: 'English',
  render: () =>
    html`<shnro-cycle-compare
      lang="en"
      .previous=${kanskPrevious}
      .current=${kanskCurrent}
    ></shnro-cycle-compare>`,
};

/** Nothing handed over yet. */
export const Empty: Story = {
  name: 'Нет данных',
  render: () => html`<shnro-cycle-compare></shnro-cycle-compare>`,
};
