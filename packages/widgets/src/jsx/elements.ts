/**
 * What a framework's template types need to know about each tag, with no framework imported:
 * the element class and the events it fires. The React 19 JSX types (`./react.js`) and the Vue
 * `GlobalComponents` declaration (`@shnro/widgets/vue.js`) are built from it; the map itself is
 * generated from the manifest, so a new element appears here when its JSDoc says `@tagname`.
 */
import type { LitElement } from 'lit';
import type { ShnroElementTags } from './element-tags.js';

// The tag map is generated from custom-elements.json (scripts/element-api.mjs).
export { shnroTagNames, type ShnroElementTags } from './element-tags.js';

/** A tag of the SDK, such as `'shnro-indicator-form'`. */
export type ShnroTagName = keyof ShnroElementTags;

type IfEquals<X, Y, Then, Else> =
  (<T>() => T extends X ? 1 : 2) extends <T>() => T extends Y ? 1 : 2 ? Then : Else;

/** Keys of `E` a page may assign: not readonly (getters like `report`), not methods. */
type AssignableKeys<E> = {
  [K in keyof E]-?: E[K] extends (...args: never[]) => unknown
    ? never
    : IfEquals<{ [Q in K]: E[K] }, { -readonly [Q in K]: E[K] }, K, never>;
}[keyof E];

/**
 * The properties a page sets on an element, all optional: the element's own writable fields
 * (`set`, `populations`, `value`, `mode`…), none of `HTMLElement`'s or Lit's.
 */
export type ShnroElementProperties<E extends HTMLElement> = Partial<
  Pick<E, Exclude<AssignableKeys<E>, keyof LitElement>>
>;

/** The events a tag fires, by name, with their classes (`ShnroIndicatorsSubmitEvent`…). */
export type ShnroElementEvents<Tag extends ShnroTagName> = {
  [Name in ShnroElementTags[Tag]['events']]: Name extends keyof GlobalEventHandlersEventMap
    ? GlobalEventHandlersEventMap[Name]
    : Event;
};

/** The properties of a tag's element, as `ShnroElementProperties`. */
export type ShnroTagProperties<Tag extends ShnroTagName> = ShnroElementProperties<
  ShnroElementTags[Tag]['element']
>;
