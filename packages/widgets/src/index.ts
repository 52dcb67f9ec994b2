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
export { ShnroIndicatorTable } from './indicator-table/indicator-table.js';
export { ShnroIndicatorForm, type IndicatorFormMode } from './indicator-form/indicator-form.js';
export {
  indicatorFormDraftKind,
  INDICATOR_FORM_DRAFT_KIND,
  type IndicatorFormDraft,
} from './indicator-form/draft.js';
export type { IndicatorFormEntries } from './indicator-form/entries.js';
export {
  ShnroIndicatorsSubmitEvent,
  type ShnroIndicatorsSubmitDetail,
} from './shared/events/indicators-submit.js';
export {
  FormAssociated,
  type FormAssociatedElement,
  type FormSnapshot,
  type FormStateRestoreReason,
} from './shared/form-associated.js';
export { toExcelCsv, UTF8_BOM, type ExcelCsvCell } from './shared/excel-csv.js';
export { readTypedNumber, type TypedNumber } from './shared/typed-number.js';
export { readInlineJson, type InlineJson } from './shared/inline-json.js';
