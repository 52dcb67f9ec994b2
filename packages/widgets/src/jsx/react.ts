/**
 * React 19 JSX types for the SDK's tags. React 19 sets a prop as a property when the element
 * has one (`set`, `populations`, `value`…) and adds `on<event-name>` props as event listeners,
 * so `<shnro-indicator-form set={…} onshnro-indicators-submit={…}>` works; these types check
 * both. Load them once in the app: `import type {} from '@shnro/widgets/jsx/react.js';`.
 * Importing this module registers nothing (import each element's `define.js` for that).
 */
import type { DetailedHTMLProps, HTMLAttributes } from 'react';
import type { ShnroElementEvents, ShnroElementTags, ShnroTagName, ShnroTagProperties } from './elements.js';

/**
 * The SDK's own events as `on<event-name>` props (`onshnro-indicators-submit`), handed the
 * event's class. Native `input` and `change` are left to React's `onInput` and `onChange`.
 */
export type ShnroReactEventProps<Tag extends ShnroTagName> = {
  [Name in keyof ShnroElementEvents<Tag> as Name extends `shnro-${string}` ? `on${Name}` : never]?: (
    event: ShnroElementEvents<Tag>[Name],
  ) => void;
};

/** The props of one tag in React 19 JSX: HTML attributes, the element's properties, its events. */
export type ShnroReactProps<Tag extends ShnroTagName> = Omit<
  DetailedHTMLProps<HTMLAttributes<ShnroElementTags[Tag]['element']>, ShnroElementTags[Tag]['element']>,
  keyof ShnroTagProperties<Tag>
> &
  ShnroTagProperties<Tag> &
  ShnroReactEventProps<Tag>;

/** Every tag of the SDK as React 19 JSX sees it; the tag list comes from the manifest. */
export type ShnroIntrinsicElements = { [Tag in ShnroTagName]: ShnroReactProps<Tag> };

declare module 'react' {
  // eslint-disable-next-line @typescript-eslint/no-namespace -- React declares its JSX types in a namespace.
  namespace JSX {
    // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- merged into React's own interface.
    interface IntrinsicElements extends ShnroIntrinsicElements {}
  }
}
