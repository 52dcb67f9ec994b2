import type { Roadmap } from '@shnro/core';
import type { ShnroRoadmapEditor } from '@shnro/widgets/roadmap-editor/define.js';
import '@shnro/widgets/roadmap-editor/define.js';
import { seed000Roadmap } from '@shnro/widgets/roadmap-editor/examples.js';

/** Where the demo keeps the roadmap "on the server": a real portal POSTs it to its API. */
const serverKey = 'demo-roadmap-school-7';

/**
 * The roadmap page: the school team writes its roadmap and submits it; the municipal
 * methodologist (switch at the top) reviews it, adds remarks and returns or approves it.
 */
export function mountRoadmapPage(container: HTMLElement): ShnroRoadmapEditor {
  container.innerHTML = `
    <h1>Дорожная карта МБОУ «СОШ № 7»</h1>
    <p class="portal-lead">2020/2021 учебный год · замечания — по аналитической справке № 1 от 30.11.2020</p>
    <div class="portal-switch" role="group" aria-label="Кто работает с дорожной картой">
      <button type="button" data-mode="author" aria-pressed="true">Школа</button>
      <button type="button" data-mode="reviewer" aria-pressed="false">Методист</button>
    </div>
    <section class="portal-card" aria-label="Дорожная карта">
      <shnro-roadmap-editor document-id="roadmap-school-7-2020" draft-scope="school-7"
        author-name="директор МБОУ «СОШ № 7»" reviewer-name="О. Г. Викульева"></shnro-roadmap-editor>
    </section>`;
  const editor = container.querySelector<ShnroRoadmapEditor>('shnro-roadmap-editor')!;
  const stored = localStorage.getItem(serverKey);
  editor.roadmap = stored ? (JSON.parse(stored) as Roadmap) : seed000Roadmap();
  editor.addEventListener('shnro-roadmap-transition', ({ detail }) => {
    localStorage.setItem(serverKey, JSON.stringify(detail.roadmap));
    // The "server" has this version now: the draft has done its job.
    void editor.discardDraft();
  });
  const buttons = [...container.querySelectorAll<HTMLButtonElement>('[data-mode]')];
  for (const button of buttons) {
    button.addEventListener('click', () => {
      editor.mode = button.dataset['mode'] === 'reviewer' ? 'reviewer' : 'author';
      editor.draftScope = editor.mode === 'author' ? 'school-7' : 'methodologist-1';
      for (const other of buttons) other.setAttribute('aria-pressed', String(other === button));
    });
  }
  return editor;
}
