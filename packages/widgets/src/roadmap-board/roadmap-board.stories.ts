import type { Roadmap } from '@shnro/core';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import './define.js';
import { exampleMunicipality, largeMunicipality } from './test-support/municipality.js';

const meta: Meta = {
  title: 'Widgets/Roadmap board · Свод дорожных карт',
  component: 'shnro-roadmap-board',
  parameters: {
    docs: {
      description: {
        component:
          'Все дорожные карты муниципалитета: статус, приказ, открытые замечания; таблицы кластеризации с числами и процентами; поиск, отбор, сортировка, выгрузка в CSV; карта школы открывается в режиме проверяющего. ' +
          'Every roadmap of a municipality on one board, with the cluster tables and CSV downloads.',
      },
    },
  },
};
export default meta;

type Story = StoryObj;

/** Five schools built from seed 000's example roadmaps. */
export const Municipality: Story = {
  name: 'Муниципалитет: пять школ',
  render: () =>
    html`<shnro-roadmap-board
      municipality="г. Канск"
      reviewer-name="Методист ММС"
      .roadmaps=${exampleMunicipality()}
    ></shnro-roadmap-board>`,
};

/** 300 schools, 25 per page. */
export const ManySchools: Story = {
  name: '300 школ',
  render: () =>
    html`<shnro-roadmap-board page-size="25" .roadmaps=${largeMunicipality(300)}></shnro-roadmap-board>`,
};

/** A roadmap that fails the schema is named; the others stay. */
export const WithInvalidRoadmap: Story = {
  name: 'С ошибочной дорожной картой',
  render: () =>
    html`<shnro-roadmap-board
      .roadmaps=${[...exampleMunicipality(), { ...exampleMunicipality()[0], id: 'broken', status: 'lost' } as unknown as Roadmap]}
    ></shnro-roadmap-board>`,
};

/** No roadmaps yet. */
export const Empty: Story = {
  name: 'Пусто',
  render: () => html`<shnro-roadmap-board .roadmaps=${[]}></shnro-roadmap-board>`,
};
