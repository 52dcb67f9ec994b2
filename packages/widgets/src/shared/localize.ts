import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** The languages every widget speaks: Russian first, English second. */
export type WidgetLocale = 'ru' | 'en';

/** The values a message's placeholders are filled from. */
export type MessageValues = Record<string, string | number>;

/**
 * One message: a template with `{name}` placeholders, or a function of the values for messages
 * whose words depend on them (plural forms, through `plural`), so no element picks a word form.
 */
export type Message = string | ((values: MessageValues) => string);

/** A widget's message catalogue: Russian is complete, English mirrors it key for key. */
export type MessageCatalogue<Keys extends string> = Record<WidgetLocale, Record<Keys, Message>>;

/** The CLDR plural categories a language uses (Russian: one, few, many; English: one, other). */
export type PluralForms = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };

const pluralRules = new Map<WidgetLocale, Intl.PluralRules>();

/**
 * The word form for `count` in `locale`, chosen by `Intl.PluralRules` (CLDR): `plural('ru', 21,
 * { one: 'участник', few: 'участника', many: 'участников', other: 'участника' })` is «участник».
 * A category the forms do not list falls back to `other` (Russian's `other` is for fractions).
 */
export function plural(locale: WidgetLocale, count: number, forms: PluralForms): string {
  let rules = pluralRules.get(locale);
  if (!rules) pluralRules.set(locale, (rules = new Intl.PluralRules(locale)));
  return forms[rules.select(count)] ?? forms.other;
}

/** A message with its placeholders filled (or its function called) from `values`. */
export function formatMessage(
  message: Message,
  values: MessageValues = {},
  missing?: (name: string) => string,
): string {
  return typeof message === 'function' ? message(values) : fillTemplate(message, values, missing);
}

/**
 * Fills the `{name}` placeholders of a message template from `values`; a placeholder without a
 * value stays as written unless `missing` says otherwise, so a forgotten value shows, not hides.
 */
export function fillTemplate(
  template: string,
  values: MessageValues,
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

/** The element's own `lang`, or its nearest ancestor's, crossing shadow roots up to `<html>`. */
function nearestLang(element: Element): string | null {
  let node: Element | null = element;
  while (node) {
    const lang = node.getAttribute('lang');
    if (lang) return lang;
    const root: Node | undefined = node.parentElement ? undefined : node.getRootNode();
    node = node.parentElement ?? (root instanceof ShadowRoot ? root.host : null);
  }
  return null;
}

/** The document and every shadow root between it and `element`: where a `lang` may change. */
function rootsAbove(element: Element): Node[] {
  const roots: Node[] = [];
  let root: Node = element.getRootNode();
  while (root instanceof ShadowRoot) {
    roots.push(root);
    root = root.host.getRootNode();
  }
  roots.push(document.documentElement);
  return roots;
}

/**
 * Per-element localisation (after Shoelace's localize controller): the language comes from
 * the element's own `lang`, then its nearest ancestor with one (across shadow roots, so an
 * element inside another element follows its host), then `<html lang>`. There is no page-wide
 * singleton a host portal could clash with; a change of any of these `lang`s re-renders.
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
    // Subtrees: the `lang` that applies may be on any ancestor, the element itself included.
    for (const root of rootsAbove(this.host))
      this.observer.observe(root, { attributes: true, attributeFilter: ['lang'], subtree: true });
  }

  hostDisconnected(): void {
    this.observer?.disconnect();
  }

  /** The locale in force for the host element now. */
  get locale(): WidgetLocale {
    return toWidgetLocale(nearestLang(this.host));
  }

  /** The message for `key`, with `{name}` placeholders filled from `values`. */
  term(key: Keys, values: MessageValues = {}): string {
    return formatMessage(this.catalogue[this.locale][key], values);
  }
}
