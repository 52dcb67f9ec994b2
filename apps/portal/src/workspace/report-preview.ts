import type { AnalyticalReport } from '@shnro/core';
import { reportToHtml } from '@shnro/report-export';
import { el } from './gate.js';

/**
 * The справка's controls a page shows under its data: «Сформировать справку», the preview of the
 * report the server built and the link to its DOCX. The ids are the page's (`{prefix}-build`,
 * `{prefix}-docx`, `{prefix}-preview`).
 */
export function reportPreview(prefix: string, title: string) {
  const build = el('button', 'Сформировать справку', { type: 'button', id: `${prefix}-build` });
  const docx = el('a', 'Скачать DOCX', { id: `${prefix}-docx`, download: '' });
  const frame = el('iframe', '', {
    id: `${prefix}-preview`,
    title,
    sandbox: '',
    class: 'portal-report-preview',
  });
  const actions = el('p', '', { class: 'portal-actions' });
  actions.append(build, ' ', docx);
  const hide = () => {
    frame.hidden = true;
    docx.hidden = true;
  };
  hide();
  return {
    build,
    actions,
    frame,
    hide,
    /** Shows the report (the preview runs no script and reaches nothing of the portal: an empty sandbox). */
    show(report: AnalyticalReport, docxHref: string): void {
      frame.srcdoc = reportToHtml(report, { locale: 'ru' });
      frame.hidden = false;
      docx.href = docxHref;
      docx.hidden = false;
    },
  };
}
