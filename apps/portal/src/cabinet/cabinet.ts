import { formatOrderReference, municipalMonitoringSet, type CountsInput, type Roadmap } from '@shnro/core';
import { kanskMonitoring2022Counts } from '@shnro/core/examples';
import { createHttpDataSource, type DocumentRef } from '@shnro/widgets/data-source.js';
import type { ShnroIndicatorForm } from '@shnro/widgets/indicator-form/define.js';
import '@shnro/widgets/indicator-form/define.js';
import {
  ShnroOutbox,
  ShnroOutboxChangeEvent,
  ShnroOutboxSignInRequiredEvent,
} from '@shnro/widgets/outbox.js';
import type { ShnroRoadmapEditor } from '@shnro/widgets/roadmap-editor/define.js';
import '@shnro/widgets/roadmap-editor/define.js';
import { seed000Roadmap } from '@shnro/widgets/roadmap-editor/examples.js';
import { currentSession, getJson, signIn, signOut, type PortalUser } from './api.js';
import { mountOutboxView } from './outbox-view.js';

interface RoadmapRow {
  id: string;
  schoolName: string;
  status: string;
  revision: number;
}

interface Cycle {
  id: string;
  schoolYear: string;
  status: 'open' | 'collecting' | 'closed';
  stage?: string;
  answers: { scope: string; revision: number }[];
}

const dataSource = createHttpDataSource({ baseUrl: '/api' });
const refKey = (ref: DocumentRef) => JSON.stringify(ref);
/** The revision of each document this page last saw: what its next change is made on. */
const revisions = new Map<string, number>();
let outbox: ShnroOutbox | undefined;

/** The cabinet: sign in, then the role's work, every change through the outbox. */
export async function mountCabinet(content: HTMLElement): Promise<void> {
  let user: PortalUser | null;
  try {
    user = await currentSession();
  } catch {
    content.innerHTML = `<h1>Личный кабинет</h1>
      <p class="portal-lead">Сервер портала недоступен: кабинет работает, когда портал запущен командой <code>npm start</code>.</p>`;
    return;
  }
  if (user) await showWorkspace(content, user);
  else showSignIn(content);
}

function showSignIn(content: HTMLElement, message = ''): void {
  content.innerHTML = `<h1>Личный кабинет</h1>
    <section class="portal-card" aria-labelledby="signin-title">
      <h2 id="signin-title">Вход</h2>
      <form id="signin" class="portal-form">
        <p><label>Логин <input name="login" autocomplete="username" required /></label></p>
        <p><label>Пароль <input name="password" type="password" autocomplete="current-password" required /></label></p>
        <p class="portal-actions"><button type="submit">Войти</button></p>
        <p id="signin-error" role="alert"></p>
      </form>
      <p>Демонстрационные учётные записи печатает <code>npm start</code> (например, <code>school7</code> / <code>shnor-school-7</code>).</p>
    </section>`;
  content.querySelector('#signin-error')!.textContent = message;
  content.querySelector<HTMLFormElement>('#signin')!.addEventListener('submit', (event) => {
    event.preventDefault();
    const form = new FormData(event.target as HTMLFormElement);
    void signIn(String(form.get('login')), String(form.get('password'))).then(async (result) => {
      if (typeof result === 'string') content.querySelector('#signin-error')!.textContent = result;
      else await showWorkspace(content, result);
    });
  });
}

async function showWorkspace(content: HTMLElement, user: PortalUser): Promise<void> {
  // One queue per person: a queue left by a signed-out person waits for them, not for the next.
  if (outbox?.signInRequired) void outbox.resume();
  outbox ??= await ShnroOutbox.open({ dataSource, databaseName: `shnro-outbox-${user.login}` });
  const queue = outbox;
  queue.addEventListener(ShnroOutboxSignInRequiredEvent.eventName, () =>
    showSignIn(content, 'Сеанс истёк: войдите снова, и неотправленное уйдёт само.'),
  );
  queue.addEventListener(ShnroOutboxChangeEvent.eventName, (event) => {
    for (const item of (event as ShnroOutboxChangeEvent).items) {
      if (item.state === 'sent' && item.stored)
        revisions.set(refKey(item.operation.ref), item.stored.revision);
    }
  });
  content.innerHTML = `<h1>Личный кабинет</h1>
    <p class="portal-lead" id="whoami"></p>
    <p class="portal-actions"><button type="button" id="signout">Выйти</button></p>
    <div id="role"></div>
    <div id="outbox"></div>`;
  content.querySelector('#whoami')!.textContent = `Вы вошли как ${user.displayName}.`;
  content.querySelector('#signout')!.addEventListener('click', () => {
    void signOut().then(() => {
      queue.close();
      outbox = undefined;
      showSignIn(content);
    });
  });
  mountOutboxView(content.querySelector('#outbox')!, queue);
  const role = content.querySelector<HTMLElement>('#role')!;
  if (user.role === 'school') await mountSchool(role, user, queue);
  else await mountReview(role, user, queue);
}

async function mountSchool(container: HTMLElement, user: PortalUser, queue: ShnroOutbox): Promise<void> {
  const { cycles } = await getJson<{ cycles: Cycle[] }>('/cycles');
  // Only a collecting cycle takes answers (one still being set up or closed does not): the school
  // fills the first of them (seed 001's year first).
  const open = cycles.filter((c) => c.status === 'collecting');
  const cycle =
    open.find((c) => c.schoolYear === '2021-2022') ?? open[0] ?? cycles.find((c) => c.status === 'closed');
  container.innerHTML = `<section class="portal-card" aria-labelledby="fill-title">
      <h2 id="fill-title"></h2>
      <shnro-indicator-form draft-scope="${user.login}"></shnro-indicator-form>
    </section>
    <section class="portal-card" aria-labelledby="roadmap-title">
      <h2 id="roadmap-title">Дорожная карта школы</h2>
      <p class="portal-actions"><button type="button" id="roadmap-save">Сохранить на сервере</button></p>
      <shnro-roadmap-editor draft-scope="${user.login}"></shnro-roadmap-editor>
    </section>`;
  container.querySelector('#fill-title')!.textContent = cycle
    ? `Мониторинг за ${cycle.schoolYear.replace('-', '–')} учебный год${cycle.stage ? ` (${cycle.stage})` : ''}`
    : 'Открытых циклов мониторинга нет';
  const form = container.querySelector<ShnroIndicatorForm>('shnro-indicator-form')!;
  form.set = municipalMonitoringSet;
  if (cycle) {
    const ref: DocumentRef = { kind: 'monitoring', cycleId: cycle.id, scope: user.schoolId! };
    const stored = await dataSource.load<CountsInput>(ref);
    if (stored) revisions.set(refKey(ref), stored.revision);
    form.value = stored?.document ?? kanskMonitoring2022Counts;
    form.documentId = `${cycle.id}-${user.schoolId}`;
    form.addEventListener('shnro-indicators-submit', (event) => {
      const revision = revisions.get(refKey(ref));
      void queue.enqueue(
        { type: 'submit', ref, document: event.detail.input },
        {
          label: `Мониторинг ${cycle.schoolYear}`,
          ...(revision === undefined ? {} : { baseRevision: revision }),
        },
      );
    });
  }

  const editor = container.querySelector<ShnroRoadmapEditor>('shnro-roadmap-editor')!;
  editor.authorName = user.displayName;
  const { roadmaps } = await getJson<{ roadmaps: RoadmapRow[] }>('/roadmaps');
  const ref: DocumentRef = { kind: 'roadmap', id: roadmaps[0]?.id ?? `roadmap-${user.schoolId}` };
  editor.documentId = ref.id;
  const stored = roadmaps[0] ? await dataSource.load<Roadmap>(ref) : undefined;
  if (stored) {
    revisions.set(refKey(ref), stored.revision);
    editor.roadmap = stored.document;
  } else {
    // A school without a roadmap starts from seed 000's, made its own, and stores it at once.
    const schools = await getJson<{ schools: { id: string; name: string }[] }>('/schools');
    const school = schools.schools.find((s) => s.id === user.schoolId)!;
    const draft: Roadmap = { ...seed000Roadmap(), id: ref.id, school: { id: school.id, name: school.name } };
    editor.roadmap = draft;
    await queue.enqueue({ type: 'save', ref, document: draft }, { label: 'Дорожная карта: создание' });
  }
  const baseOf = () => revisions.get(refKey(ref));
  container.querySelector('#roadmap-save')!.addEventListener('click', () => {
    const base = baseOf();
    void queue.enqueue(
      { type: 'save', ref, document: editor.roadmap },
      { label: 'Дорожная карта: сохранение', ...(base === undefined ? {} : { baseRevision: base }) },
    );
  });
  editor.addEventListener('shnro-roadmap-transition', ({ detail }) => {
    const base = baseOf();
    void queue.enqueue(
      { type: 'transition', ref, action: detail.action, payload: { roadmap: detail.roadmap } },
      { label: `Дорожная карта: ${detail.action}`, ...(base === undefined ? {} : { baseRevision: base }) },
    );
  });
}

async function mountReview(container: HTMLElement, user: PortalUser, queue: ShnroOutbox): Promise<void> {
  const [{ roadmaps }, { cycles }] = await Promise.all([
    getJson<{ roadmaps: RoadmapRow[] }>('/roadmaps'),
    getJson<{ cycles: Cycle[] }>('/cycles'),
  ]);
  const details = await Promise.all(cycles.map((c) => getJson<Cycle>(`/cycles/${encodeURIComponent(c.id)}`)));
  container.innerHTML = `<section class="portal-card" aria-labelledby="roadmaps-title">
      <h2 id="roadmaps-title">Дорожные карты школ</h2>
      <table class="portal-table" id="roadmaps"><thead><tr><th>Школа</th><th>Состояние</th><th>Версия на сервере</th><th></th></tr></thead><tbody></tbody></table>
      <shnro-roadmap-editor mode="reviewer" hidden draft-scope="${user.login}"></shnro-roadmap-editor>
    </section>
    <section class="portal-card" aria-labelledby="cycles-title">
      <h2 id="cycles-title">Циклы мониторинга</h2>
      <ul id="cycles"></ul>
    </section>`;
  const editor = container.querySelector<ShnroRoadmapEditor>('shnro-roadmap-editor')!;
  editor.reviewerName = user.displayName;
  let open: DocumentRef | undefined;
  const body = container.querySelector('#roadmaps tbody')!;
  for (const row of roadmaps) {
    const tr = document.createElement('tr');
    for (const text of [row.schoolName, row.status, String(row.revision)]) {
      const td = document.createElement('td');
      td.textContent = text;
      tr.append(td);
    }
    const action = document.createElement('td');
    const button = document.createElement('button');
    button.type = 'button';
    button.textContent = 'Открыть';
    button.setAttribute('aria-label', `Открыть дорожную карту: ${row.schoolName}`);
    button.addEventListener('click', () => {
      open = { kind: 'roadmap', id: row.id };
      void dataSource.load<Roadmap>(open).then((stored) => {
        if (!stored) return;
        revisions.set(refKey(stored.ref), stored.revision);
        editor.documentId = row.id;
        editor.roadmap = stored.document;
        editor.hidden = false;
      });
    });
    action.append(button);
    tr.append(action);
    body.append(tr);
  }
  if (user.role === 'methodologist') {
    editor.addEventListener('shnro-roadmap-transition', ({ detail }) => {
      if (!open) return;
      const base = revisions.get(refKey(open));
      const payload =
        detail.action === 'return'
          ? { remarks: detail.roadmap.remarks }
          : detail.action === 'approve' && detail.roadmap.approval
            ? { order: formatOrderReference(detail.roadmap.approval), remarks: detail.roadmap.remarks }
            : {};
      void queue.enqueue(
        { type: 'transition', ref: open, action: detail.action, payload },
        {
          label: `Дорожная карта ${open.kind === 'roadmap' ? open.id : ''}: ${detail.action}`,
          ...(base === undefined ? {} : { baseRevision: base }),
        },
      );
    });
  } else {
    editor.mode = 'reviewer';
  }
  const list = container.querySelector('#cycles')!;
  for (const cycle of details) {
    const item = document.createElement('li');
    item.textContent = `${cycle.schoolYear}: ответов получено — ${cycle.answers.length}`;
    list.append(item);
  }
}
