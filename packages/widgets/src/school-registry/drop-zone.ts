import { html, nothing, type TemplateResult } from 'lit';

const accept =
  '.csv,.xlsx,.xlsm,.xls,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** What the drop zone needs from the element. */
export interface DropZoneContext {
  dragging: boolean;
  setDragging: (dragging: boolean) => void;
  open: (file: File) => void;
  /** The line under the zone: the file being read, or the last notice. */
  status: string;
  /** A file the core refused, with its messages: said in place. */
  rejected?: { file: string; messages: string[] };
  term: (key: 'dropHint' | 'chooseFile') => string;
  rejectedHeading: (file: string) => string;
}

/** The area a file is dropped on, with the file input, the status line and a refused file's messages. */
export function renderDropZone(context: DropZoneContext): TemplateResult {
  const { term, rejected } = context;
  return html`<div
      part="drop-zone"
      class="drop ${context.dragging ? 'dragging' : ''}"
      @dragover=${(event: DragEvent) => {
        event.preventDefault();
        context.setDragging(true);
      }}
      @dragleave=${() => context.setDragging(false)}
      @drop=${(event: DragEvent) => {
        event.preventDefault();
        context.setDragging(false);
        const file = event.dataTransfer?.files[0];
        if (file) context.open(file);
      }}
    >
      <p>${term('dropHint')}</p>
      <label
        >${term('chooseFile')}
        <input
          type="file"
          accept=${accept}
          @change=${(event: Event) => {
            const file = (event.target as HTMLInputElement).files?.[0];
            if (file) context.open(file);
          }}
      /></label>
    </div>
    <p role="status" class="notice">${context.status}</p>
    ${
      rejected
        ? html`<div role="alert" part="remark" class="rejected">
            <p>${context.rejectedHeading(rejected.file)}</p>
            <ul>
              ${rejected.messages.map((message) => html`<li>${message}</li>`)}
            </ul>
          </div>`
        : nothing
    }`;
}
