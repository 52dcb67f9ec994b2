import { createHttpDataSource } from '@shnro/widgets/data-source.js';
import { ShnroOutbox, ShnroOutboxSignInRequiredEvent } from '@shnro/widgets/outbox.js';
import { currentSession, signIn, signOut, type PortalUser } from '../cabinet/api.js';
import { mountOutboxView } from '../cabinet/outbox-view.js';

/** The demo server's data source: every workspace page reads and writes through it. */
export const dataSource = createHttpDataSource({ baseUrl: '/api' });

/** What a workspace page draws once someone is signed in. */
export interface Workspace {
  user: PortalUser;
  /** The person's queue (the cabinet's too: one IndexedDB per login). */
  outbox: ShnroOutbox;
  /** Where the page draws its sections. */
  body: HTMLElement;
}

/** Text of an element made safely (free text is never HTML). */
export function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  text = '',
  attributes: Record<string, string> = {},
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (text) node.textContent = text;
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, value);
  return node;
}

/** A titled card of the page: `<section>` named by its heading. */
export function card(id: string, title: string): HTMLElement {
  const section = el('section', '', { class: 'portal-card', id, 'aria-labelledby': `${id}-title` });
  section.append(el('h2', title, { id: `${id}-title` }));
  return section;
}

/**
 * A page of the workspace: signed in, it draws `render` under the title with the person's name,
 * a sign-out button and the outbox; otherwise a sign-in form (the server's message on refusal).
 */
export async function mountWorkspace(
  content: HTMLElement,
  title: string,
  render: (workspace: Workspace) => Promise<void>,
): Promise<void> {
  let user: PortalUser | null;
  try {
    user = await currentSession();
  } catch {
    content.replaceChildren(
      el('h1', title),
      el('p', 'Сервер портала недоступен: эта страница работает, когда портал запущен командой npm start.', {
        class: 'portal-lead',
      }),
    );
    return;
  }
  if (user) await showPage(content, title, user, render);
  else showSignIn(content, title, render);
}

let outbox: ShnroOutbox | undefined;

function showSignIn(
  content: HTMLElement,
  title: string,
  render: (workspace: Workspace) => Promise<void>,
  message = '',
): void {
  content.innerHTML = `<h1></h1>
    <section class="portal-card" aria-labelledby="signin-title">
      <h2 id="signin-title">Вход</h2>
      <form id="signin" class="portal-form">
        <p><label>Логин <input name="login" autocomplete="username" required /></label></p>
        <p><label>Пароль <input name="password" type="password" autocomplete="current-password" required /></label></p>
        <p class="portal-actions"><button type="submit">Войти</button></p>
        <p id="signin-error" role="alert"></p>
      </form>
      <p>Демонстрационные учётные записи печатает <code>npm start</code>: школа, методист, региональный оператор.</p>
    </section>`;
  content.querySelector('h1')!.textContent = title;
  content.querySelector('#signin-error')!.textContent = message;
  content.querySelector<HTMLFormElement>('#signin')!.addEventListener('submit', (event) => {
    event.preventDefault();
    const form = new FormData(event.target as HTMLFormElement);
    void signIn(String(form.get('login')), String(form.get('password'))).then(async (result) => {
      if (typeof result === 'string') content.querySelector('#signin-error')!.textContent = result;
      else await showPage(content, title, result, render);
    });
  });
}

async function showPage(
  content: HTMLElement,
  title: string,
  user: PortalUser,
  render: (workspace: Workspace) => Promise<void>,
): Promise<void> {
  if (outbox?.signInRequired) void outbox.resume();
  outbox ??= await ShnroOutbox.open({ dataSource, databaseName: `shnro-outbox-${user.login}` });
  const queue = outbox;
  queue.addEventListener(ShnroOutboxSignInRequiredEvent.eventName, () =>
    showSignIn(content, title, render, 'Сеанс истёк: войдите снова, и неотправленное уйдёт само.'),
  );
  const whoami = el('p', `Вы вошли как ${user.displayName}.`, { class: 'portal-lead', id: 'whoami' });
  const out = el('button', 'Выйти', { type: 'button', id: 'signout' });
  out.addEventListener('click', () => {
    void signOut().then(() => {
      queue.close();
      outbox = undefined;
      showSignIn(content, title, render);
    });
  });
  const body = el('div', '', { id: 'workspace' });
  const outboxBox = el('div', '', { id: 'outbox' });
  const actions = el('p', '', { class: 'portal-actions' });
  actions.append(out);
  content.replaceChildren(el('h1', title), whoami, actions, body, outboxBox);
  mountOutboxView(outboxBox, queue);
  await render({ user, outbox: queue, body });
}

/** Reads a file picked in an `<input type="file">` as base64, for a JSON body. */
export async function fileAsBase64(file: File): Promise<string> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000)
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}
