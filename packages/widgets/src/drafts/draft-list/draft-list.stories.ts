import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { createMemoryDraftStore } from '../memory-store.js';
import type { DraftStore } from '../types.js';
import './define.js';

const scope = 'storybook-user';

/** A memory store with a few roadmap drafts and one record kept aside, as a person might have. */
async function seeded(name: string, withAside: boolean): Promise<DraftStore> {
  const store = createMemoryDraftStore(name);
  for (const draft of await store.list(scope)) await store.delete(draft);
  const drafts = [
    ['school-3301', 'Дорожная карта МБОУ СОШ № 3 г. Вязники'],
    ['school-3302', 'Дорожная карта МБОУ «Гимназия № 1»'],
    ['school-3303', ''],
  ] as const;
  for (const [documentId, title] of drafts) {
    await store.put(
      {
        scope,
        kind: 'roadmap',
        documentId,
        tabId: 'story',
        ...(title ? { title } : {}),
        data: { activities: [] },
      },
      { baseRevision: null },
    );
  }
  if (withAside && (await store.listQuarantine(scope)).length === 0) {
    const key = { scope, kind: 'roadmap', documentId: 'school-3304' };
    await store.setAside(
      key,
      { ...key, revision: 'повреждено' },
      { code: 'invalid-record', detail: 'revision' },
    );
  }
  return store;
}

const meta: Meta = {
  title: 'Widgets/Draft list · Черновики',
  component: 'shnro-draft-list',
  parameters: {
    docs: {
      description: {
        component:
          'Черновики, сохранённые в этом браузере: время сохранения, восстановление, удаление, сохранение в файл ' +
          'и загрузка из файла. Drafts saved in this browser, with restore, delete, export and import.',
      },
    },
  },
};
export default meta;

type Story = StoryObj;

/** The list over the store a story's loader seeded. */
const seededList: Story['render'] = (_args, { loaded }) =>
  html`<shnro-draft-list
    scope=${scope}
    .store=${loaded.store}
    .kindLabels=${{ roadmap: 'Дорожная карта' }}
  ></shnro-draft-list>`;

/** Three drafts of one person, newest first. */
export const Drafts: Story = {
  name: 'Список черновиков',
  loaders: [async () => ({ store: await seeded('storybook-drafts', false) })],
  render: seededList,
};

/** A damaged record is listed apart: kept as it is, never deleted silently. */
export const WithKeptAside: Story = {
  name: 'С отложенной записью',
  loaders: [async () => ({ store: await seeded('storybook-drafts-aside', true) })],
  render: seededList,
};

/** No drafts yet. */
export const Empty: Story = {
  name: 'Черновиков нет',
  render: () =>
    html`<shnro-draft-list
      scope="nobody"
      .store=${createMemoryDraftStore('storybook-empty')}
    ></shnro-draft-list>`,
};
