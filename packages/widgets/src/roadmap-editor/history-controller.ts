import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { recordEdit, redoEdit, sealHistory, startHistory, undoEdit, type EditHistory } from './history.js';

/**
 * Undo and redo of an editing element (история правок): every edit is recorded, typing in one
 * field within a short pause is one step, a step of the lifecycle starts the history again, and
 * a person who may not edit has nothing to undo. It also keeps the value the host last set, for
 * «Вернуть исходную версию». The host renders again whenever the history changes.
 */
export class HistoryController<T> implements ReactiveController {
  private history?: EditHistory<T>;
  /** The value the host last set (a new document), for going back to it. */
  original?: T;

  constructor(
    private readonly host: ReactiveControllerHost,
    /** Whether the person edits now: a reviewer does not undo the school's typing, nor the reverse. */
    private readonly editing: () => boolean,
    private readonly now: () => number = () => performance.now(),
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    // The history lives as long as the element; nothing to start.
  }

  /** A value from the host: a new document, so a new history with it as the original. */
  adopt(value: T | undefined): void {
    this.original = value;
    this.set(value === undefined ? undefined : startHistory(value));
  }

  /** Starts again at `value`, keeping the original (after a lifecycle step, never undone). */
  restart(value: T): void {
    this.set(startHistory(value));
  }

  /** Records an edit; edits of one `group` (a field) that follow closely are one step. */
  record(next: T, group?: string): void {
    this.set(
      this.history
        ? recordEdit(this.history, next, { at: this.now(), ...(group === undefined ? {} : { group }) })
        : startHistory(next),
    );
  }

  /** The next edit starts a step of its own (a field lost focus). */
  seal(): void {
    if (this.history) this.set(sealHistory(this.history));
  }

  /** Whether there is an edit to undo (and the person edits at all). */
  get canUndo(): boolean {
    return this.editing() && (this.history?.past.length ?? 0) > 0;
  }

  /** Whether there is an undone edit to redo. */
  get canRedo(): boolean {
    return this.editing() && (this.history?.future.length ?? 0) > 0;
  }

  /** One step back: the value to show, or undefined when there is nothing to undo. */
  undo(): T | undefined {
    if (!this.history || !this.canUndo) return undefined;
    this.set(undoEdit(this.history));
    return this.history.present;
  }

  /** One step forward: the value to show, or undefined when there is nothing to redo. */
  redo(): T | undefined {
    if (!this.history || !this.canRedo) return undefined;
    this.set(redoEdit(this.history));
    return this.history.present;
  }

  private set(history: EditHistory<T> | undefined): void {
    if (history === this.history) return;
    this.history = history;
    this.host.requestUpdate();
  }
}
