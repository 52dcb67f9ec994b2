export {
  ShnroOutbox,
  ShnroOutboxChangeEvent,
  ShnroOutboxSignInRequiredEvent,
  type EnqueueOptions,
  type OutboxOptions,
} from './outbox.js';
export type { OutboxItem, OutboxItemState, OutboxOperation } from './types.js';
export { describeOutboxItem } from './messages.js';
export { DEFAULT_OUTBOX_DATABASE } from './store.js';
