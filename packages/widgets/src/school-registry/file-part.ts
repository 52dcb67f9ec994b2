// What the element needs once a file is opened (импорт файла): reading, the column mapping, the
// preview, the diff. Loaded by `loadFilePart` on the first file, and prefetched at idle time where
// the person may import, so that it works offline once the page has loaded; a page that only
// shows the registry and its proposals (the methodologist's review) never downloads it.
export {
  applyRegistryDiff,
  chooseColumn,
  describeImportProblem,
  diffRegistry,
  importRegistryTables,
  readTableFile,
  registryFieldsFor,
} from '@shnro/core';
export { renderDiffWithRemovals } from './diff-view.js';
export { mappingFields, renderMapping, renderSheetChoice } from './mapping-view.js';
export { previewModel, renderPreviewSection } from './preview-table.js';
export { WindowController } from './window-controller.js';
