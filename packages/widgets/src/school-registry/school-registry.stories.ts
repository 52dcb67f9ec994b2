import { exampleIdentificationMethodology, importRegistry, type Registry } from '@shnro/core';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import './define.js';
import type { ShnroSchoolRegistry } from './school-registry.js';
import {
  csvFile,
  largeRegistryCsv,
  regionResults,
  registry2023Csv,
  registry2024Csv,
} from './test-support/region.js';

const meta: Meta = {
  title: 'Widgets/School registry · Реестр ОО',
  component: 'shnro-school-registry',
  parameters: {
    docs: {
      description: {
        component:
          'Реестр образовательных организаций: файл CSV или XLSX, соответствие столбцов, предпросмотр с замечаниями по строкам, загрузка, изменения при повторной загрузке, предложения по определению ОО с подтверждением или отклонением. ' +
          'The registry of schools: a CSV or XLSX file, its column mapping, a preview with row problems, import, the diff on re-import, and identification proposals to confirm or reject.',
      },
    },
  },
};
export default meta;

type Story = StoryObj;

const open =
  (name: string, text: string) =>
  async ({ canvasElement }: { canvasElement: HTMLElement }) => {
    const element = canvasElement.querySelector<ShnroSchoolRegistry>('shnro-school-registry')!;
    await element.openFile(csvFile(text, name));
  };
const registry2023 = async (): Promise<{ registry: Registry }> => ({
  registry: (await importRegistry(csvFile(registry2023Csv, 'реестр-2023.csv'))).registry,
});

/** Nothing loaded yet: drop a file or pick one. */
export const Empty: Story = {
  name: 'Пустой реестр',
  render: () => html`<shnro-school-registry region="Красноярский край"></shnro-school-registry>`,
};

/** The registry of 01.09.2023 read: the detected mapping and the preview, ready to import. */
export const FirstFile: Story = {
  name: 'Первый файл',
  render: () => html`<shnro-school-registry region="Красноярский край"></shnro-school-registry>`,
  play: open('реестр-2023.csv', registry2023Csv),
};

/** Next year's file against the current registry: the diff, and two rows with problems. */
export const Reimport: Story = {
  name: 'Повторная загрузка: изменения',
  loaders: [registry2023],
  render: (_, { loaded }) =>
    html`<shnro-school-registry
      .registry=${(loaded as { registry: Registry }).registry}
    ></shnro-school-registry>`,
  play: open('реестр-2024.csv', registry2024Csv),
};

/** The example methodology over ВПР results: proposals with their figures, to confirm or reject. */
export const Identification: Story = {
  name: 'Предложения по определению ОО',
  loaders: [registry2023],
  render: (_, { loaded }) =>
    html`<shnro-school-registry
      decided-by="Методист ММС"
      .registry=${(loaded as { registry: Registry }).registry}
      .methodology=${exampleIdentificationMethodology}
      .results=${regionResults()}
    ></shnro-school-registry>`,
};

/** The municipal methodologist (`access="review"`): the registry and the proposals, confirm or reject with a reason; no file, mapping or import. */
export const Review: Story = {
  name: 'Методист муниципалитета: решения без загрузки',
  loaders: [registry2023],
  render: (_, { loaded }) =>
    html`<shnro-school-registry
      access="review"
      decided-by="Методист ММС г. Канска"
      .registry=${(loaded as { registry: Registry }).registry}
      .methodology=${exampleIdentificationMethodology}
      .results=${regionResults()}
    ></shnro-school-registry>`,
};

/** Read only (`access="view"`): the registry and the proposals with their decisions, nothing to press. */
export const ViewOnly: Story = {
  name: 'Только просмотр',
  loaders: [registry2023],
  render: (_, { loaded }) =>
    html`<shnro-school-registry
      access="view"
      .registry=${(loaded as { registry: Registry }).registry}
      .methodology=${exampleIdentificationMethodology}
      .results=${regionResults()}
      .decisions=${[{ schoolId: '2400045017', category: 'low-results', decision: 'confirm' }]}
    ></shnro-school-registry>`,
};

/** A region of 40,000 schools: only the rows in view are rendered. */
export const LargeRegion: Story = {
  name: 'Регион: 40 000 строк',
  render: () => html`<shnro-school-registry></shnro-school-registry>`,
  play: open('регион.csv', largeRegistryCsv(40_000)),
};

/** In English. */
export const English: Story = {
  name: 'English',
  render: () => html`<shnro-school-registry lang="en"></shnro-school-registry>`,
  play: open('registry.csv', registry2023Csv),
};
