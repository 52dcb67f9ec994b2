import type { DirectionCatalogue, Roadmap } from '@shnro/core';
import { html, type TemplateResult } from 'lit';
import type { roadmapBoardMessages } from './messages.js';

/** Where the on-demand editor stands: not asked for, loading, ready, or failed with a reason. */
export type EditorState = 'idle' | 'loading' | 'ready' | { error: string };

type Term = (
  key: keyof (typeof roadmapBoardMessages)['ru'],
  values?: Record<string, string | number>,
) => string;

/** What the panel needs from the board. */
export interface EditorPanel {
  roadmap: Roadmap;
  editor: EditorState;
  reviewerName: string;
  catalogue: DirectionCatalogue;
  onChange: (event: Event) => void;
  onClose: () => void;
  t: Term;
}

/**
 * One school's roadmap opened from the board, in `<shnro-roadmap-editor mode="reviewer">`: the
 * heading takes focus when it opens, «Закрыть» gives focus back to the row's button.
 */
export function renderEditorPanel(panel: EditorPanel): TemplateResult {
  const { roadmap, editor, t } = panel;
  let body: TemplateResult;
  if (editor === 'ready')
    body = html`<shnro-roadmap-editor
      mode="reviewer"
      reviewer-name=${panel.reviewerName}
      .roadmap=${roadmap}
      .catalogue=${panel.catalogue}
      @shnro-roadmap-change=${panel.onChange}
    ></shnro-roadmap-editor>`;
  else if (typeof editor === 'object')
    body = html`<p role="alert">${t('editorFailed', { error: editor.error })}</p>`;
  else body = html`<p role="status">${t('editorLoading')}</p>`;
  return html`<section part="editor" class="editor" aria-labelledby="editor-title">
    <div class="editor-head">
      <h2 id="editor-title" tabindex="-1">${t('editorHeading', { school: roadmap.school.name })}</h2>
      <button type="button" data-close @click=${panel.onClose}>${t('close')}</button>
    </div>
    ${body}
  </section>`;
}
