import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** What the undo keys call. */
export interface UndoKeysOptions {
  /** Whether the element edits now (a reader has nothing to undo). */
  readonly enabled: () => boolean;
  readonly undo: () => void;
  readonly redo: () => void;
  /** Fields that keep the browser's own undo (text not yet part of the document). */
  readonly nativeWithin?: string;
}

/**
 * Ctrl+Z undo, Ctrl+Shift+Z and Ctrl+Y redo (⌘ on a Mac) anywhere in the element. Keys are read
 * by `event.code`, so a Russian layout, where Z types «я», works the same.
 */
export class UndoKeysController implements ReactiveController {
  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly options: UndoKeysOptions,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this.host.addEventListener('keydown', this.onKeydown);
  }

  hostDisconnected(): void {
    this.host.removeEventListener('keydown', this.onKeydown);
  }

  private readonly onKeydown = (event: KeyboardEvent): void => {
    if (!(event.ctrlKey || event.metaKey) || event.altKey || !this.options.enabled()) return;
    const origin = event.composedPath()[0];
    if (this.options.nativeWithin && origin instanceof Element && origin.closest(this.options.nativeWithin))
      return;
    const undo = event.code === 'KeyZ' && !event.shiftKey;
    const redo = (event.code === 'KeyZ' && event.shiftKey) || (event.code === 'KeyY' && !event.shiftKey);
    if (!undo && !redo) return;
    event.preventDefault();
    if (undo) this.options.undo();
    else this.options.redo();
  };
}
