/**
 * @shnro/widgets: Lit web components of the ШНОР SDK. Importing this module or an element's
 * class registers nothing; import an element's `define.js` to register its tag.
 */
export { defineElement, WIDGETS_VERSION } from './shared/define-element.js';
export {
  LocalizeController,
  toWidgetLocale,
  type MessageCatalogue,
  type WidgetLocale,
} from './shared/localize.js';
export { themeStyles } from './shared/theme.styles.js';
export * from './drafts/index.js';
