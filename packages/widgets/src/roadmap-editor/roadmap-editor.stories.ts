import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import './define.js';
import {
  approvedRoadmap,
  emptyExampleRoadmap,
  largeRoadmap,
  reviewedRoadmap,
  seed000Roadmap,
} from './examples.js';
import type { ShnroRoadmapEditor } from './roadmap-editor.js';

const meta: Meta = {
  title: 'Widgets/Roadmap editor · Редактор дорожной карты',
  component: 'shnro-roadmap-editor',
  parameters: {
    layout: 'padded',
    docs: {
      description: {
        component:
          'Дорожная карта школы: разделы по направлениям работы, мероприятия с проблемой, формой, прогнозируемым ' +
          'результатом, сроком и ответственным; автоматическая проверка по замечаниям аналитической справки № 1, ' +
          'замечания проверяющего, рассмотрение и утверждение приказом, черновики, печать. ' +
          'A school roadmap editor: the core reviews as the person types; the reviewer returns remarks; ' +
          'the lifecycle follows the core.',
      },
    },
  },
};
export default meta;

type Story = StoryObj;

/** A new roadmap: a header and nothing else yet; «Добавить раздел» starts it. */
export const Empty: Story = {
  name: 'Пустая дорожная карта',
  render: () =>
    html`<shnro-roadmap-editor today="2020-11-20" .roadmap=${emptyExampleRoadmap()}></shnro-roadmap-editor>`,
};

/**
 * Seed 000's examples as a school wrote them: «Работа с учителями», «Собеседование с учителями о
 * качестве» → «Повышение качества образования», «Проведение семинара», «Восстановление в памяти
 * учащихся тем…» — each with the core's remark and suggestion beside it; next to good activities.
 */
export const SeedExamples: Story = {
  name: 'Примеры из справки № 1 с замечаниями',
  render: () =>
    html`<shnro-roadmap-editor
      today="2020-11-20"
      author-name="директор"
      .roadmap=${seed000Roadmap()}
    ></shnro-roadmap-editor>`,
};

/** The methodologist's desk: the roadmap submitted; remarks are added, then it is returned or approved. */
export const Reviewing: Story = {
  name: 'Проверяющий: рассмотрение',
  render: () =>
    html`<shnro-roadmap-editor
      mode="reviewer"
      today="2020-11-30"
      reviewer-name="О. Г. Викульева"
      .roadmap=${{ ...seed000Roadmap(), status: 'submitted' }}
    ></shnro-roadmap-editor>`,
};

/** Returned on 30.11.2020 with remarks: the school sees the open remarks first, then at each activity. */
export const Reviewed: Story = {
  name: 'Возвращена с замечаниями',
  render: () =>
    html`<shnro-roadmap-editor today="2020-12-07" .roadmap=${reviewedRoadmap()}></shnro-roadmap-editor>`,
};

/** Approved by «приказ № 245 от 28.12.2020»: read-only; the school may start carrying it out. */
export const Approved: Story = {
  name: 'Утверждена приказом',
  render: () =>
    html`<shnro-roadmap-editor today="2021-02-10" .roadmap=${approvedRoadmap()}></shnro-roadmap-editor>`,
};

/** The approved roadmap as it is printed: a table per section, with the approving order. */
export const Print: Story = {
  name: 'Версия для печати',
  render: () =>
    html`<shnro-roadmap-editor
      mode="readonly"
      today="2021-02-10"
      .roadmap=${approvedRoadmap()}
    ></shnro-roadmap-editor>`,
  play: async ({ canvasElement }) => {
    const editor = canvasElement.querySelector<ShnroRoadmapEditor>('shnro-roadmap-editor');
    await editor?.updateComplete;
    editor?.showPrintView();
  },
};

/** A thousand activities in four sections: rows far from the screen stay light until scrolled to. */
export const Large: Story = {
  name: '1000 мероприятий',
  // axe over 25,000 elements outlasts the story test's time limit; the same rows are checked in
  // the other stories and in roadmap-editor.test.ts.
  parameters: { a11y: { test: 'off' } },
  render: () =>
    html`<shnro-roadmap-editor today="2020-11-20" .roadmap=${largeRoadmap(1000)}></shnro-roadmap-editor>`,
};

/** The same editor in a portal's colours, through `--shnro-*` custom properties and parts. */
export const Themed: Story = {
  name: 'Оформление портала',
  render: () =>
    html`<style>
        .portal-theme {
          --shnro-color-accent: #7a1f5c;
          --shnro-color-surface-alt: #fbf6f9;
          --shnro-radius: 2px;
          --shnro-font-family: Georgia, serif;
        }
        .portal-theme::part(activity) {
          border-left-width: 3px;
        }
      </style>
      <shnro-roadmap-editor
        class="portal-theme"
        today="2020-11-20"
        .roadmap=${seed000Roadmap()}
      ></shnro-roadmap-editor>`,
};

/** The editor in English, for integrators; the roadmap's own text stays as the school wrote it. */
export const English: Story = {
  name: 'English',
  render: () =>
    html`<shnro-roadmap-editor
      lang="en"
      today="2020-11-20"
      .roadmap=${seed000Roadmap()}
    ></shnro-roadmap-editor>`,
};
