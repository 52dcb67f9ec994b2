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
// Every event class and detail type, from the one events folder.
export * from './events/index.js';
export { ShnroIndicatorTable } from './indicator-table/indicator-table.js';
export { ShnroIndicatorForm, type IndicatorFormMode } from './indicator-form/indicator-form.js';
export {
  indicatorFormDraftKind,
  INDICATOR_FORM_DRAFT_KIND,
  type IndicatorFormDraft,
} from './indicator-form/draft.js';
export type { IndicatorFormEntries } from './indicator-form/entries.js';
export {
  FormAssociated,
  type FormAssociatedElement,
  type FormSnapshot,
  type FormStateRestoreReason,
} from './shared/form-associated.js';
export { toExcelCsv, UTF8_BOM, type ExcelCsvCell } from './shared/excel-csv.js';
export { readTypedNumber, type TypedNumber } from './shared/typed-number.js';
export { readInlineJson, type InlineJson } from './shared/inline-json.js';
export {
  ShnroDynamicsChart,
  type DynamicsChartOptions,
  type DynamicsChartSchools,
  type DynamicsChartExport,
} from './dynamics-chart/dynamics-chart.js';
export type { DynamicsChartVariant } from './dynamics-chart/chart-model.js';
export { ShnroRoadmapEditor } from './roadmap-editor/roadmap-editor.js';
export {
  roadmapEditorDraftKind,
  ROADMAP_EDITOR_DRAFT_KIND,
  type RoadmapEditorDraft,
} from './roadmap-editor/draft.js';
/** A review remark hidden with a reason; the core's `RemarkDismissal`, named here for integrators. */
export type { RemarkDismissal } from '@shnro/core';
/** Who uses the roadmap editor; the core's `RoadmapRole`. */
export type { RoadmapRole as RoadmapEditorMode } from '@shnro/core';
export type { RoadmapImportResult } from './roadmap-editor/io.js';
export { ShnroRoadmapBoard } from './roadmap-board/roadmap-board.js';
export { ShnroIomTracker } from './iom-tracker/iom-tracker.js';
export { ShnroMentorshipMap } from './mentorship-map/mentorship-map.js';
export type { ShnroElementTags, ShnroTagName } from './jsx/elements.js';
export { ShnroDecisions } from './decisions/decisions.js';
export { ShnroCycleCompare } from './cycle-compare/cycle-compare.js';
export { ShnroScorecard } from './scorecard/scorecard.js';
export { ShnroSchoolRegistry } from './school-registry/school-registry.js';
