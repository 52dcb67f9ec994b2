import type { ShnroOutbox } from '@shnro/widgets/outbox.js';
import { describeOutboxItem, ShnroOutboxChangeEvent, type OutboxItem } from '@shnro/widgets/outbox.js';

/**
 * The queue as a person sees it: one line per change with its state («ожидает отправки»,
 * «отправлено», «отклонено сервером: …»), and the choice when a conflict kept both versions.
 * Text only (textContent), never HTML: labels and server messages are untrusted.
 */
export function mountOutboxView(container: HTMLElement, outbox: ShnroOutbox): void {
  container.innerHTML = `<section class="portal-card" aria-labelledby="outbox-title">
      <h2 id="outbox-title">Очередь отправки</h2>
      <p id="outbox-signin" role="alert" hidden></p>
      <ul id="outbox-items" aria-live="polite"></ul>
      <p class="portal-actions"><button type="button" id="outbox-clear">Убрать отправленные</button></p>
    </section>`;
  const list = container.querySelector<HTMLUListElement>('#outbox-items')!;
  const render = (items: readonly OutboxItem[]) => {
    list.replaceChildren(
      ...items.map((item) => {
        const row = document.createElement('li');
        row.dataset['state'] = item.state;
        row.dataset['id'] = item.id;
        const label = document.createElement('strong');
        label.textContent = item.label;
        const state = document.createElement('span');
        state.className = 'outbox-state';
        state.textContent = ` — ${describeOutboxItem(item)}`;
        row.append(label, state);
        if (item.state === 'conflict') {
          for (const [text, choose] of [
            ['Оставить мою версию', () => outbox.keepMine(item.id)],
            ['Принять версию сервера', () => outbox.keepTheirs(item.id)],
          ] as const) {
            const button = document.createElement('button');
            button.type = 'button';
            button.textContent = text;
            button.addEventListener('click', () => void choose());
            row.append(' ', button);
          }
        }
        if (item.state === 'rejected') {
          const button = document.createElement('button');
          button.type = 'button';
          button.textContent = 'Убрать из очереди';
          button.addEventListener('click', () => void outbox.discard(item.id));
          row.append(' ', button);
        }
        return row;
      }),
    );
    const signin = container.querySelector<HTMLElement>('#outbox-signin')!;
    signin.hidden = !outbox.signInRequired;
    signin.textContent = outbox.signInRequired ? `${outbox.signInRequired}` : '';
  };
  outbox.addEventListener(ShnroOutboxChangeEvent.eventName, (event) =>
    render((event as ShnroOutboxChangeEvent).items),
  );
  container.querySelector('#outbox-clear')!.addEventListener('click', () => void outbox.clearSent());
  void outbox.items().then(render);
}
