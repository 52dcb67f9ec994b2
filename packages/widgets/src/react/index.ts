/**
 * React components for the SDK's elements, made with `@lit/react`: for React 18, which sets
 * every prop of a custom element as a string attribute and knows no custom events. Each
 * wrapper sets the element's properties (`set`, `populations`, `value`…) as properties and
 * maps its events to `on…` props (`onIndicatorsSubmit`). They work in React 19 too, where the
 * tags can also be used directly (see `@shnro/widgets/jsx/react.js`).
 *
 * Importing this module registers the SDK's tags. The list is generated from
 * custom-elements.json (`./components.ts`), so every element of the SDK has its wrapper.
 */
export * from './components.js';
