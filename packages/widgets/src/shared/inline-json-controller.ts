import { html, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { readInlineJson } from './inline-json.js';

/**
 * Hands an element the data of its `<script type="application/json">` child when it connects
 * (how a page with no build step passes data), or keeps why the block could not be read. The
 * element takes the keys it knows in `take`; shapes are checked later by the core's schemas.
 */
export class InlineJsonController implements ReactiveController {
  /** Why the block could not be read (a JSON error, `object-expected`); undefined when it was, or there is none. */
  error?: string;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly take: (data: Record<string, unknown>) => void,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    const found = readInlineJson(this.host);
    if (!found) return;
    if (found.ok) this.take(found.value);
    else this.error = found.error;
  }

  /** The alert saying the block was not read, in the element's words; nothing when it was. */
  alert(message: (error: string) => string): TemplateResult | undefined {
    return this.error === undefined
      ? undefined
      : html`<p role="alert" part="remark">${message(this.error)}</p>`;
  }
}
