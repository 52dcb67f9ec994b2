import { formatOrderReference, reviewAcrossSchools, type Roadmap } from '@shnro/core';
import type { DocumentRef, StoredDocument } from '@shnro/widgets/data-source.js';
import { ShnroOutboxChangeEvent } from '@shnro/widgets/outbox.js';
import type { ShnroRoadmapBoard } from '@shnro/widgets/roadmap-board/define.js';
import '@shnro/widgets/roadmap-board/define.js';
import type { ShnroRoadmapEditor } from '@shnro/widgets/roadmap-editor/define.js';
import '@shnro/widgets/roadmap-editor/define.js';
import { getJson } from '../cabinet/api.js';
import { card, dataSource, el, type Workspace } from './gate.js';

/**
 * Свод дорожных карт (seed 000): every roadmap of the municipality on the board, with its
 * clusters and defect counts; a school's roadmap opens below in the editor's reviewer mode, and
 * the methodologist's return with remarks or approval by order goes through the outbox.
 */
export async function mountBoardPage({ user, outbox, body }: Workspace): Promise<void> {
  const boardCard = card('board', 'Дорожные карты школ муниципалитета');
  const board = document.createElement('shnro-roadmap-board') as ShnroRoadmapBoard;
  board.reviewerName = user.displayName;
  const reviewCard = card('review', 'Рассмотрение дорожной карты');
  reviewCard.hidden = true;
  const editor = document.createElement('shnro-roadmap-editor') as ShnroRoadmapEditor;
  editor.mode = 'reviewer';
  editor.reviewerName = user.displayName;
  editor.setAttribute('draft-scope', user.login);
  reviewCard.append(editor);
  boardCard.append(board);
  // The typical defects across the municipality's roadmaps, as the core's cross-school review
  // counts them (the board's own tables are the clusters).
  const defectsCard = card('defects', 'Типичные недостатки дорожных карт');
  const defects = el('table', '', { class: 'portal-table', id: 'defects-table' });
  defectsCard.append(defects);
  body.append(boardCard, defectsCard, reviewCard);
  const drawDefects = (roadmaps: readonly Roadmap[]) => {
    const review = reviewAcrossSchools(roadmaps, { locale: 'ru' });
    const head = el('thead');
    const headRow = el('tr');
    for (const title of ['Недостаток', 'Школ', '% школ', 'Замечаний'])
      headRow.append(el('th', title, { scope: 'col' }));
    head.append(headRow);
    const rows = el('tbody');
    for (const row of review.defects) {
      const tr = el('tr', '', { 'data-rule': row.ruleId });
      tr.append(
        el('td', row.title),
        el('td', `${row.schoolIds.length} из ${review.schoolCount}`),
        el('td', row.share.display ?? '—'),
        el('td', String(row.remarks)),
      );
      rows.append(tr);
    }
    defects.replaceChildren(el('caption', `Проверено дорожных карт: ${review.schoolCount}`), head, rows);
  };

  if (user.municipalityId) {
    const { municipalities } = await getJson<{ municipalities: { id: string; name: string }[] }>(
      '/municipalities',
    );
    board.municipality = municipalities.find((m) => m.id === user.municipalityId)?.name ?? '';
  }
  const revisions = new Map<string, number>();
  let open: (DocumentRef & { kind: 'roadmap' }) | undefined;
  const load = async () => {
    const stored = (await dataSource.list!<Roadmap>({ collection: 'roadmaps' })) as StoredDocument<Roadmap>[];
    for (const item of stored) revisions.set((item.ref as { id: string }).id, item.revision);
    board.roadmaps = stored.map((item) => item.document);
    drawDefects(board.roadmaps);
    if (open) {
      const current = stored.find((item) => (item.ref as { id: string }).id === open!.id);
      if (current) editor.roadmap = current.document;
    }
  };
  await load();

  // The board would open its own editor; the portal opens the roadmap where it can send changes.
  board.addEventListener('shnro-roadmap-open', (event) => {
    event.preventDefault();
    const roadmap = event.detail.roadmap;
    open = { kind: 'roadmap', id: roadmap.id };
    editor.documentId = roadmap.id;
    editor.roadmap = roadmap;
    reviewCard.hidden = false;
    reviewCard.querySelector('h2')!.textContent = `Рассмотрение: ${roadmap.school.name}`;
    reviewCard.scrollIntoView();
  });
  if (user.role !== 'methodologist') return;
  editor.addEventListener('shnro-roadmap-transition', ({ detail }) => {
    if (!open) return;
    const base = revisions.get(open.id);
    const last = detail.roadmap.history.at(-1);
    const payload =
      detail.action === 'return'
        ? { remarks: detail.roadmap.remarks }
        : detail.action === 'approve' && detail.roadmap.approval
          ? {
              order: formatOrderReference(detail.roadmap.approval),
              // The remarks the reviewer marked resolved before approving.
              remarks: detail.roadmap.remarks,
              ...(last?.override ? { overrideReason: last.override.reason } : {}),
            }
          : {};
    void outbox.enqueue(
      { type: 'transition', ref: open, action: detail.action, payload },
      {
        label: `Дорожная карта ${detail.roadmap.school.name}: ${detail.action}`,
        ...(base === undefined ? {} : { baseRevision: base }),
      },
    );
  });
  // Once the server has taken a step, the board shows the stored state.
  outbox.addEventListener(ShnroOutboxChangeEvent.eventName, (event) => {
    if (
      (event as ShnroOutboxChangeEvent).items.some(
        (item) => item.state === 'sent' && item.operation.ref.kind === 'roadmap',
      )
    ) {
      void load();
    }
  });
  body.prepend(
    el('p', 'Откройте дорожную карту школы в своде, чтобы вернуть её с замечаниями или утвердить приказом.'),
  );
}
