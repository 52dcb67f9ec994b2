import { validateReport, type AnalyticalReport } from '@shnro/core';
import { kanskMonitoringReport2022 } from '@shnro/core/examples';
import { docxMimeType, htmlMimeType, reportFileName, reportToDocx, reportToHtml } from '@shnro/report-export';

// The report page: seed 001's analytical note built from the monitoring counts by the core,
// previewed as the printable HTML in a sandboxed frame (no scripts, no access to the portal), and
// offered as DOCX and for printing. The author's conclusions can be edited; a percentage typed into
// them that no share of the report gives is flagged, never silently printed as a fact.

function element<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  properties: Partial<Pick<HTMLElementTagNameMap[K], 'className' | 'id' | 'textContent'>> = {},
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  Object.assign(node, properties);
  return node;
}

/** Hands a file to the browser's download. */
function download(data: BlobPart, type: string, fileName: string): void {
  const url = URL.createObjectURL(new Blob([data], { type }));
  const link = element('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // Revoke after the click has been handled, or some browsers cancel the download.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/**
 * Mounts the report page into `container`: a toolbar («Скачать DOCX», «Открыть для печати»,
 * «Скачать HTML»), the editable conclusions with the validator's warnings, and the preview.
 */
export function mountReportPage(container: HTMLElement): void {
  let report: AnalyticalReport = kanskMonitoringReport2022();

  const title = element('h1', {
    textContent: 'Аналитическая записка по итогам мониторинга',
  });
  const lead = element('p', {
    className: 'portal-lead',
    textContent:
      'г. Канск, 2021–2022 учебный год. Все проценты рассчитаны по количествам мониторинга; выводы и рекомендации редактирует автор.',
  });

  const toolbar = element('div', { className: 'portal-toolbar' });
  toolbar.setAttribute('role', 'toolbar');
  toolbar.setAttribute('aria-label', 'Действия со справкой');
  const docxButton = element('button', {
    id: 'report-download-docx',
    textContent: 'Скачать DOCX',
  });
  const printButton = element('button', {
    id: 'report-print',
    textContent: 'Открыть для печати',
  });
  const htmlButton = element('button', {
    id: 'report-download-html',
    textContent: 'Скачать HTML',
  });
  for (const button of [docxButton, printButton, htmlButton]) button.type = 'button';
  toolbar.append(docxButton, printButton, htmlButton);
  const status = element('p', {
    id: 'report-status',
    className: 'portal-status',
  });
  status.setAttribute('role', 'status');

  const editor = element('section', { className: 'portal-card' });
  editor.setAttribute('aria-labelledby', 'report-conclusions-title');
  const editorTitle = element('h2', {
    id: 'report-conclusions-title',
    textContent: 'Выводы (каждый с новой строки)',
  });
  const conclusions = element('textarea', {
    id: 'report-conclusions',
    className: 'portal-report-conclusions',
  });
  conclusions.rows = 6;
  conclusions.value = report.conclusions.map((item) => (typeof item === 'string' ? item : '')).join('\n');
  // Named by the card's heading: a text area with no name is announced as «edit text», nothing more.
  conclusions.setAttribute('aria-labelledby', 'report-conclusions-title');
  conclusions.setAttribute('aria-describedby', 'report-warnings');
  const warnings = element('ul', {
    id: 'report-warnings',
    className: 'portal-warnings',
  });
  warnings.setAttribute('aria-live', 'polite');
  editor.append(editorTitle, conclusions, warnings);

  const previewCard = element('section', { className: 'portal-card' });
  previewCard.setAttribute('aria-labelledby', 'report-preview-title');
  const previewTitle = element('h2', {
    id: 'report-preview-title',
    textContent: 'Предварительный просмотр',
  });
  const preview = element('iframe', {
    id: 'report-preview',
    className: 'portal-report-preview',
  });
  // An empty sandbox: the report's HTML runs no script and cannot reach the portal page.
  preview.setAttribute('sandbox', '');
  preview.title = 'Предварительный просмотр аналитической записки';
  previewCard.append(previewTitle, preview);

  container.replaceChildren(title, lead, toolbar, status, editor, previewCard);

  const render = () => {
    const validation = validateReport(report);
    warnings.replaceChildren(
      ...validation.warnings.map((warning) => element('li', { textContent: warning.message })),
    );
    if (!validation.ok) {
      status.textContent = `Справка не сформирована: ${validation.issues.map((issue) => issue.message).join(' ')}`;
      return;
    }
    preview.srcdoc = reportToHtml(report);
  };

  let timer: ReturnType<typeof setTimeout> | undefined;
  conclusions.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      const items = conclusions.value
        .split('\n')
        .map((line) => line.trim())
        .filter((line) => line !== '');
      report = { ...report, conclusions: items };
      render();
    }, 250);
  });

  docxButton.addEventListener('click', async () => {
    docxButton.disabled = true;
    status.textContent = 'Формируется DOCX…';
    try {
      const bytes = await reportToDocx(report);
      download(bytes, docxMimeType, reportFileName(report, 'docx'));
      status.textContent = `Файл «${reportFileName(report, 'docx')}» сформирован.`;
    } catch (error) {
      status.textContent = `Не удалось сформировать DOCX: ${error instanceof Error ? error.message : String(error)}`;
    } finally {
      docxButton.disabled = false;
    }
  });

  htmlButton.addEventListener('click', () => {
    download(reportToHtml(report), htmlMimeType, reportFileName(report, 'html'));
  });

  printButton.addEventListener('click', () => {
    // The printable document in a tab of its own (A4, page breaks): the user prints it with Ctrl+P.
    const url = URL.createObjectURL(new Blob([reportToHtml(report)], { type: htmlMimeType }));
    const opened = window.open(url, '_blank');
    if (opened === null)
      status.textContent = 'Разрешите всплывающие окна или скачайте HTML и откройте его для печати.';
    setTimeout(() => URL.revokeObjectURL(url), 60_000);
  });

  render();
}
