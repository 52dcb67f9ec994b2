/**
 * What a framework's template types need to know about each tag, with no framework imported:
 * the element class and the events it fires. The React 19 JSX types (`./react.js`) and the Vue
 * `GlobalComponents` recipe in the README are built from it; a new element adds one line here.
 */
import type { LitElement } from 'lit';
import type { ShnroDraftList } from '../drafts/draft-list/draft-list.js';
import type { ShnroDynamicsChart } from '../dynamics-chart/dynamics-chart.js';
import type { ShnroIndicatorForm } from '../indicator-form/indicator-form.js';
import type { ShnroIndicatorTable } from '../indicator-table/indicator-table.js';
import type { ShnroRoadmapEditor } from '../roadmap-editor/roadmap-editor.js';
// Type-only imports that declare the events in GlobalEventHandlersEventMap.
import type {} from '../events/drafts.js';
import type {} from '../events/roadmap.js';
import type {} from '../events/indicators-submit.js';

/** Each tag of the SDK: its element class and the names of the events it fires. */
export interface ShnroElementTags {
  'shnro-indicator-table': { element: ShnroIndicatorTable; events: never };
  'shnro-indicator-form': {
    element: ShnroIndicatorForm;
    events:
      | 'input'
      | 'change'
      | 'shnro-indicators-submit'
      | 'shnro-draft-saved'
      | 'shnro-draft-restored'
      | 'shnro-draft-conflict'
      | 'shnro-draft-storage-unavailable'
      | 'shnro-draft-discarded'
      | 'shnro-draft-quarantined';
  };
  'shnro-roadmap-editor': {
    element: ShnroRoadmapEditor;
    events:
      | 'shnro-roadmap-change'
      | 'shnro-roadmap-transition'
      | 'shnro-remark-dismissed'
      | 'shnro-remark-restored'
      | 'shnro-draft-saved'
      | 'shnro-draft-restored'
      | 'shnro-draft-conflict'
      | 'shnro-draft-storage-unavailable'
      | 'shnro-draft-discarded'
      | 'shnro-draft-quarantined';
  };
  'shnro-dynamics-chart': { element: ShnroDynamicsChart; events: never };
  'shnro-draft-list': {
    element: ShnroDraftList;
    events:
      | 'shnro-draft-restored'
      | 'shnro-draft-discarded'
      | 'shnro-draft-quarantined'
      | 'shnro-draft-storage-unavailable';
  };
}

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
