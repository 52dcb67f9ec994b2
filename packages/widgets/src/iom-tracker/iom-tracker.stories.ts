import type { Iom, Teacher } from '@shnro/core';
import { exampleDiagnosis, exampleIom } from '@shnro/core/examples';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import './define.js';

const meta: Meta = {
  title: 'Widgets/ИОМ · Individual routes',
  component: 'shnro-iom-tracker',
  parameters: {
    docs: {
      description: {
        component:
          'Индивидуальный образовательный маршрут педагога: дефициты по видам, мероприятия со сроками, ежеквартальные контрольные точки и сводка по муниципалитету. ' +
          'One teacher’s individual route and the municipal summary.',
      },
    },
  },
};
export default meta;

type Story = StoryObj;

const teachers: Teacher[] = [
  { id: 't22-math', schoolId: 's22', name: 'Учитель математики, СОШ № 22' },
  { id: 't22-rus', schoolId: 's22', name: 'Учитель русского языка, СОШ № 22' },
  { id: 't1-hist', schoolId: 's1', name: 'Учитель истории, СОШ № 1' },
];
const second: Iom = {
  ...exampleIom,
  id: 'iom-t22-rus',
  teacherId: 't22-rus',
  diagnosisId: undefined,
  title: 'ИОМ учителя русского языка МБОУ СОШ № 22 на 2023 год',
  items: exampleIom.items.map((item) => ({
    ...item,
    status: item.status === 'cancelled' ? 'cancelled' : 'done',
  })),
};

/** Seed 004 (Ленинградский район, 2023): one teacher's route on 1 October 2023. */
export const OneRoute: Story = {
  name: 'Маршрут учителя математики',
  render: () =>
    html`<shnro-iom-tracker
      as-of="2023-10-01"
      teacher-name="Учитель математики, СОШ № 22"
      .iom=${exampleIom}
      .diagnosis=${exampleDiagnosis}
    ></shnro-iom-tracker>`,
};

/** The municipal summary; a teacher's name opens the route below it. */
export const MunicipalSummary: Story = {
  name: 'Сводка по муниципалитету',
  render: () =>
    html`<shnro-iom-tracker
      as-of="2023-10-01"
      .teachers=${teachers}
      .ioms=${[exampleIom, second]}
      .diagnoses=${[exampleDiagnosis]}
    ></shnro-iom-tracker>`,
};

/** School quarters from 1 September. */
export const SchoolQuarters: Story = {
  name: 'Кварталы учебного года',
  render: () =>
    html`<shnro-iom-tracker as-of="2024-01-15" calendar="school" .iom=${exampleIom}></shnro-iom-tracker>`,
};

/** A route that fails the schema: each problem named, nothing else lost. */
export const InvalidRoute: Story = {
  name: 'Маршрут с ошибками',
  render: () =>
    html`<shnro-iom-tracker
      as-of="2023-10-01"
      .teachers=${teachers}
      .ioms=${[exampleIom]}
      .iom=${{ ...exampleIom, period: { start: '2023-02-01' } }}
    ></shnro-iom-tracker>`,
};

/** A municipality with no teachers. */
export const EmptyMunicipality: Story = {
  name: 'Пустой муниципалитет',
  render: () => html`<shnro-iom-tracker as-of="2023-10-01" .teachers=${[]} .ioms=${[]}></shnro-iom-tracker>`,
};
