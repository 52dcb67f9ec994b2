export {
  planPaste,
  readPastedNumber,
  splitPastedCells,
  type PastedCells,
  type PastedNumber,
  type PastePlan,
  type PasteTarget,
} from './cells.js';
