import { leningradskyMentorship2023 } from '@shnro/core/examples';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import './define.js';

const { schools, teachers, assignments, events, period: year2023 } = leningradskyMentorship2023;

const meta: Meta = {
  title: 'Widgets/Mentorship map · Карта сопровождения',
  component: 'shnro-mentorship-map',
  parameters: {
    docs: {
      description: {
        component:
          'Наставники школ, тьюторы педагогов, школы-кураторы и школы-лидеры; доли охвата с числами; чего не хватает каждой школе. ' +
          'Who supports each target school and each teacher, the coverage shares and the gaps.',
      },
    },
  },
};
export default meta;

type Story = StoryObj;

/** Seed 004 (Ленинградский район, 2023): mentors for three ШНОР, tutors for their teachers. */
export const Leningradsky: Story = {
  name: 'Ленинградский район, 2023',
  render: () =>
    html`<shnro-mentorship-map
      .schools=${schools}
      .assignments=${assignments}
      .events=${events}
      .teachers=${teachers}
      .period=${year2023}
    ></shnro-mentorship-map>`,
};

/** Without teacher records the tutored-teacher figures say so. */
export const WithoutTeachers: Story = {
  name: 'Без списка педагогов',
  render: () =>
    html`<shnro-mentorship-map
      .schools=${schools}
      .assignments=${assignments}
      .events=${events}
      .period=${year2023}
    ></shnro-mentorship-map>`,
};

/** A municipality without target schools. */
export const Empty: Story = {
  name: 'Нет школ для сопровождения',
  render: () => html`<shnro-mentorship-map .schools=${[]}></shnro-mentorship-map>`,
};
