// Template types for the SDK's tags in Vue (checked by vue-tsc): each tag's properties and the
// events `@shnro-indicators-submit` and friends hand over, from @shnro/widgets' element map.
// The recipe is Vue's own for custom elements made without Vue ("Non-Vue Web Components and TypeScript").
import type {
  ShnroElementEvents,
  ShnroElementTags,
  ShnroTagName,
  ShnroTagProperties,
} from '@shnro/widgets/jsx/elements.js';
import type { EmitFn, HTMLAttributes, PublicProps } from 'vue';

type ShnroVueElement<Tag extends ShnroTagName> = new () => ShnroElementTags[Tag]['element'] & {
  /** @deprecated Only for template type checking; not on the element. */
  $props: HTMLAttributes & ShnroTagProperties<Tag> & PublicProps;
  /** @deprecated Only for template type checking; not on the element. */
  $emit: EmitFn<{
    [Name in keyof ShnroElementEvents<Tag>]: (event: ShnroElementEvents<Tag>[Name]) => void;
  }>;
};

declare module 'vue' {
  interface GlobalComponents {
    'shnro-indicator-table': ShnroVueElement<'shnro-indicator-table'>;
    'shnro-indicator-form': ShnroVueElement<'shnro-indicator-form'>;
    'shnro-draft-list': ShnroVueElement<'shnro-draft-list'>;
  }
}
