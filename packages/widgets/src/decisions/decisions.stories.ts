import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import './define.js';
import {
  maloshDecisions2021 as maloshDecisions,
  maloshRoadmap2021 as maloshRoadmap,
} from '@shnro/core/examples';

const meta: Meta = {
  title: 'Widgets/Decisions · Рекомендации и решения',
  component: 'shnro-decisions',
  parameters: {
    docs: {
      description: {
        component:
          'Рекомендации и управленческие решения: адресат, срок, состояние, просрочка в днях и мероприятия дорожных карт, которые на них отвечают. ' +
          'Recommendations and management decisions with their addressee, deadline, state, overdue days and the roadmap activities that answer them.',
      },
    },
  },
};
export default meta;

type Story = StoryObj;

/** Seed 003 (Малошильнинская СОШ, 2021): the council's recommendations, followed on 10 December. */
export const Malosh: Story = {
  name: 'Малошильнинская СОШ, декабрь 2021',
  render: () =>
    html`<shnro-decisions
      .decisions=${maloshDecisions}
      .roadmaps=${[maloshRoadmap()]}
      as-of="2021-12-10"
    ></shnro-decisions>`,
};

/** A methodologist marks decisions done or in progress; the host receives each change. */
export const Editable: Story = {
  name: 'Изменение состояния',
  render: () =>
    html`<shnro-decisions
      editable
      .decisions=${maloshDecisions}
      .roadmaps=${[maloshRoadmap()]}
      as-of="2021-12-10"
    ></shnro-decisions>`,
};

/** In English. */
export const English: Story = {
  name: 'English',
  render: () =>
    html`<shnro-decisions
      lang="en"
      .decisions=${maloshDecisions}
      .roadmaps=${[maloshRoadmap()]}
      as-of="2021-12-10"
    ></shnro-decisions>`,
};

/** Nothing decided yet. */
export const Empty: Story = {
  name: 'Нет решений',
  render: () => html`<shnro-decisions .decisions=${[]}></shnro-decisions>`,
};
