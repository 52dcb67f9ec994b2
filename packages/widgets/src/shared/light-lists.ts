import { invalid, type DisplayLocale, type LightReader } from '@shnro/core';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { ParsedList, parseList } from './parse-list.js';

/** What an element loads to say why a record is refused: its schemas by list name, and `parseList`. */
export interface ListExplainer {
  schemas: Readonly<Record<string, Parameters<typeof parseList>[0]>>;
  parseList: typeof parseList;
}

interface Explained {
  list: readonly unknown[];
  locale: DisplayLocale;
  result?: ParsedList<unknown>;
}

/**
 * The lists a host was handed (`schools`, `events`, …), checked by the core's light readers, with
 * no zod, on the usual path. When a reader refuses a record, the core's schemas and the wording of
 * their messages are loaded then, and only then: the schema decides the whole list (it may accept
 * what the light reader refused) and names each bad record's field in Russian or English. Until
 * they arrive, the records the reader accepted are shown.
 */
export class LightLists implements ReactiveController {
  private readonly explained = new Map<string, Explained>();
  private readonly pending = new Set<Promise<unknown>>();

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly load: () => Promise<ListExplainer>,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    // The lists are read in the host's render.
  }

  /** Whether the wording of a refused record is still loading. */
  get loading(): boolean {
    return this.pending.size > 0;
  }

  /** Resolves when what is loading has been applied (the host awaits it in `updateComplete`). */
  get settled(): Promise<unknown> {
    return Promise.all(this.pending);
  }

  /** The records of `list` that pass, and the problems of the others (once their wording loaded). */
  read<T>(
    name: string,
    read: LightReader<T>,
    list: readonly unknown[] | undefined,
    locale: DisplayLocale,
  ): ParsedList<T> {
    const known = this.explained.get(name);
    if (list && known?.list === list && known.locale === locale) {
      if (known.result) return known.result as ParsedList<T>;
      return this.readLight(read, list).parsed;
    }
    this.explained.delete(name);
    const { parsed, refused } = this.readLight(read, list ?? []);
    if (!list || !refused) return parsed;
    const entry: Explained = { list, locale };
    this.explained.set(name, entry);
    this.track(
      this.load().then(
        (explainer) => {
          const schema = explainer.schemas[name];
          if (this.explained.get(name) !== entry || !schema) return;
          entry.result = explainer.parseList(schema, list, name, locale);
          this.host.requestUpdate();
        },
        () => {
          // Offline before the wording loaded: the refused records are still not shown, and said so.
          const message =
            locale === 'ru'
              ? 'Часть записей не прошла проверку; описание ошибок не удалось загрузить.'
              : 'Some records failed the check; the description of the problems could not be loaded.';
          entry.result = { ...parsed, issues: [{ path: name, code: 'unexplained', message }] };
          this.host.requestUpdate();
        },
      ),
    );
    return parsed;
  }

  private readLight<T>(read: LightReader<T>, list: readonly unknown[]) {
    const parsed: ParsedList<T> = { valid: [], issues: [] };
    let refused = false;
    for (const candidate of list) {
      const value = read(candidate);
      if (value === invalid) refused = true;
      else parsed.valid.push(value);
    }
    return { parsed, refused };
  }

  // Each list loads on its own: the host is settled when none is loading any more.
  private track(work: Promise<unknown>): void {
    const pending: Promise<unknown> = work.finally(() => this.pending.delete(pending));
    this.pending.add(pending);
  }
}
