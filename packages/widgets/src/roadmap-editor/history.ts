/**
 * Undo/redo as a history of values. Edits in one group (the same field of the same activity)
 * that follow each other within `windowMs` are one step, so one undo is not one keystroke.
 */
export interface EditHistory<T> {
  readonly past: readonly T[];
  readonly present: T;
  readonly future: readonly T[];
  /** The group of the last edit while it may still be extended; absent once sealed. */
  readonly group?: string;
  /** When the last edit was made (any monotonic clock, in milliseconds). */
  readonly at?: number;
}

/** Options of `recordEdit`. */
export interface RecordOptions {
  /** What the edit belongs to; edits without a group are never merged. */
  readonly group?: string;
  /** When it happens, in milliseconds. */
  readonly at: number;
  /** The longest pause that still merges edits (1500 ms). */
  readonly windowMs?: number;
  /** Steps kept (200). */
  readonly limit?: number;
}

/** A history that starts at `present`. */
export function startHistory<T>(present: T): EditHistory<T> {
  return { past: [], present, future: [] };
}

/** The history after an edit to `next`: merged into the last step or a new one; redo is gone. */
export function recordEdit<T>(history: EditHistory<T>, next: T, options: RecordOptions): EditHistory<T> {
  const { group, at } = options;
  const merge =
    group !== undefined &&
    group === history.group &&
    history.at !== undefined &&
    at - history.at <= (options.windowMs ?? 1500) &&
    history.past.length > 0;
  const past = merge ? history.past : [...history.past, history.present].slice(-(options.limit ?? 200));
  return { past, present: next, future: [], ...(group === undefined ? {} : { group, at }) };
}

/** The same history, with the next edit starting a step of its own (a field lost focus). */
export function sealHistory<T>(history: EditHistory<T>): EditHistory<T> {
  return history.group === undefined
    ? history
    : { past: history.past, present: history.present, future: history.future };
}

/** One step back, or the same history when there is none. */
export function undoEdit<T>(history: EditHistory<T>): EditHistory<T> {
  const previous = history.past[history.past.length - 1];
  if (history.past.length === 0) return history;
  return {
    past: history.past.slice(0, -1),
    present: previous as T,
    future: [history.present, ...history.future],
  };
}

/** One step forward, or the same history when there is none. */
export function redoEdit<T>(history: EditHistory<T>): EditHistory<T> {
  if (history.future.length === 0) return history;
  const [next, ...rest] = history.future;
  return { past: [...history.past, history.present], present: next as T, future: rest };
}
