/**
 * React components for the SDK's elements, made with `@lit/react`: for React 18, which sets
 * every prop of a custom element as a string attribute and knows no custom events. Each
 * wrapper sets the element's properties (`set`, `populations`, `value`…) as properties and
 * maps its events to `on…` props (`onIndicatorsSubmit`). They work in React 19 too, where the
 * tags can also be used directly (see `@shnro/widgets/jsx/react.js`).
 *
 * Importing this module registers the SDK's tags.
 */
import { createComponent, type EventName, type ReactWebComponent } from '@lit/react';
// Only the type: the app hands its own React in, so the SDK never bundles a second copy.
import type * as ReactModule from 'react';
import type {
  ShnroDraftConflictEvent,
  ShnroDraftDiscardedEvent,
  ShnroDraftQuarantinedEvent,
  ShnroDraftRestoredEvent,
  ShnroDraftSavedEvent,
  ShnroDraftStorageUnavailableEvent,
} from '../events/drafts.js';
import { ShnroDraftList as DraftListElement } from '../drafts/draft-list/define.js';
import { ShnroDynamicsChart as DynamicsChartElement } from '../dynamics-chart/define.js';
import { ShnroIndicatorForm as IndicatorFormElement } from '../indicator-form/define.js';
import { ShnroIndicatorTable as IndicatorTableElement } from '../indicator-table/define.js';
import { ShnroRoadmapEditor as RoadmapEditorElement } from '../roadmap-editor/define.js';
import type {
  ShnroRemarkDismissedEvent,
  ShnroRemarkRestoredEvent,
  ShnroRoadmapChangeEvent,
  ShnroRoadmapTransitionEvent,
} from '../events/roadmap.js';
import type { ShnroIndicatorsSubmitEvent } from '../events/indicators-submit.js';

/** A native event as the element's own listener gets it: `currentTarget` is the element. */
type ElementEvent<E extends HTMLElement> = Event & { readonly currentTarget: E };

const draftEvents = {
  onDraftRestored: 'shnro-draft-restored' as EventName<ShnroDraftRestoredEvent>,
  onDraftDiscarded: 'shnro-draft-discarded' as EventName<ShnroDraftDiscardedEvent>,
  onDraftQuarantined: 'shnro-draft-quarantined' as EventName<ShnroDraftQuarantinedEvent>,
  onDraftStorageUnavailable:
    'shnro-draft-storage-unavailable' as EventName<ShnroDraftStorageUnavailableEvent>,
};

/** The `on…` props of `ShnroIndicatorForm` and the events they listen to. */
export const indicatorFormEvents = {
  onIndicatorsSubmit: 'shnro-indicators-submit' as EventName<ShnroIndicatorsSubmitEvent>,
  // Native names: the element's own `input` and `change`; read `event.currentTarget.value`.
  onInput: 'input' as EventName<ElementEvent<IndicatorFormElement>>,
  onChange: 'change' as EventName<ElementEvent<IndicatorFormElement>>,
  onDraftSaved: 'shnro-draft-saved' as EventName<ShnroDraftSavedEvent>,
  onDraftConflict: 'shnro-draft-conflict' as EventName<ShnroDraftConflictEvent>,
  ...draftEvents,
};

/** The `on…` props of `ShnroRoadmapEditor` and the events they listen to. */
export const roadmapEditorEvents = {
  onRoadmapChange: 'shnro-roadmap-change' as EventName<ShnroRoadmapChangeEvent>,
  onRoadmapTransition: 'shnro-roadmap-transition' as EventName<ShnroRoadmapTransitionEvent>,
  onRemarkDismissed: 'shnro-remark-dismissed' as EventName<ShnroRemarkDismissedEvent>,
  onRemarkRestored: 'shnro-remark-restored' as EventName<ShnroRemarkRestoredEvent>,
  onDraftSaved: 'shnro-draft-saved' as EventName<ShnroDraftSavedEvent>,
  onDraftConflict: 'shnro-draft-conflict' as EventName<ShnroDraftConflictEvent>,
  ...draftEvents,
};

/** The `on…` props of `ShnroDraftList` and the events they listen to. */
export const draftListEvents = draftEvents;

/** The React components `createShnroComponents` makes. */
export interface ShnroReactComponents {
  /** `<shnro-indicator-table>`: props `set`, `input`, `report`, `printed`, `populations`. */
  ShnroIndicatorTable: ReactWebComponent<IndicatorTableElement>;
  /** `<shnro-indicator-form>`: props `set`, `populations`, `value`, `mode`…; `onIndicatorsSubmit`. */
  ShnroIndicatorForm: ReactWebComponent<IndicatorFormElement, typeof indicatorFormEvents>;
  /** `<shnro-roadmap-editor>`: props `roadmap`, `mode`, `documentId`…; `onRoadmapChange`, `onRoadmapTransition`. */
  ShnroRoadmapEditor: ReactWebComponent<RoadmapEditorElement, typeof roadmapEditorEvents>;
  /** `<shnro-dynamics-chart>`: props `series`, `schools`, `options`, `variant`, `showTable`. */
  ShnroDynamicsChart: ReactWebComponent<DynamicsChartElement>;
  /** `<shnro-draft-list>`: props `scope`, `store`, `migrations`…; `onDraftRestored`. */
  ShnroDraftList: ReactWebComponent<DraftListElement, typeof draftListEvents>;
}

const made = new WeakMap<object, ShnroReactComponents>();

/**
 * Makes the React components with the app's own React; call it once and export the result:
 *
 * ```ts
 * import * as React from 'react';
 * import { createShnroComponents } from '@shnro/widgets/react.js';
 * export const { ShnroIndicatorForm, ShnroIndicatorTable } = createShnroComponents(React);
 * ```
 */
export function createShnroComponents(react: typeof ReactModule): ShnroReactComponents {
  const known = made.get(react);
  if (known) return known;
  const components: ShnroReactComponents = {
    ShnroIndicatorTable: createComponent({
      react,
      tagName: 'shnro-indicator-table',
      elementClass: IndicatorTableElement,
      displayName: 'ShnroIndicatorTable',
    }),
    ShnroIndicatorForm: createComponent({
      react,
      tagName: 'shnro-indicator-form',
      elementClass: IndicatorFormElement,
      events: indicatorFormEvents,
      displayName: 'ShnroIndicatorForm',
    }),
    ShnroRoadmapEditor: createComponent({
      react,
      tagName: 'shnro-roadmap-editor',
      elementClass: RoadmapEditorElement,
      events: roadmapEditorEvents,
      displayName: 'ShnroRoadmapEditor',
    }),
    ShnroDynamicsChart: createComponent({
      react,
      tagName: 'shnro-dynamics-chart',
      elementClass: DynamicsChartElement,
      displayName: 'ShnroDynamicsChart',
    }),
    ShnroDraftList: createComponent({
      react,
      tagName: 'shnro-draft-list',
      elementClass: DraftListElement,
      events: draftListEvents,
      displayName: 'ShnroDraftList',
    }),
  };
  made.set(react, components);
  return components;
}
