import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** The languages every widget speaks: Russian first, English second. */
export type WidgetLocale = 'ru' | 'en';

/** A widget's message catalogue: Russian is complete, English mirrors it key for key. */
export type MessageCatalogue<Keys extends string> = Record<WidgetLocale, Record<Keys, string>>;

/**
 * Fills the `{name}` placeholders of a message template from `values`; a placeholder without a
 * value stays as written unless `missing` says otherwise, so a forgotten value shows, not hides.
 */
export function fillTemplate(
  template: string,
  values: Record<string, string | number>,
  missing: (name: string) => string = (name) => `{${name}}`,
): string {
  return template.replace(/\{(\w+)\}/g, (_, name: string) =>
    values[name] === undefined ? missing(name) : String(values[name]),
  );
}

/** Maps a BCP 47 tag to a widget locale; anything not English reads as Russian. */
export function toWidgetLocale(lang: string | null | undefined): WidgetLocale {
  return lang && /^en\b/i.test(lang) ? 'en' : 'ru';
}

/**
 * Per-element localisation (after Shoelace's localize controller): the language comes from
 * the element's own `lang`, then its nearest ancestor with one, then `<html lang>`. There is
 * no page-wide singleton a host portal could clash with; a change of `<html lang>` re-renders.
 */
export class LocalizeController<Keys extends string> implements ReactiveController {
  private observer?: MutationObserver;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly catalogue: MessageCatalogue<Keys>,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this.observer = new MutationObserver(() => this.host.requestUpdate());
    this.observer.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'] });
  }

  hostDisconnected(): void {
    this.observer?.disconnect();
  }

  /** The locale in force for the host element now. */
  get locale(): WidgetLocale {
    const source = this.host.closest('[lang]') ?? document.documentElement;
    return toWidgetLocale(source.getAttribute('lang'));
  }

  /** The message for `key`, with `{name}` placeholders filled from `values`. */
  term(key: Keys, values: Record<string, string | number> = {}): string {
    return fillTemplate(this.catalogue[this.locale][key], values);
  }
}
