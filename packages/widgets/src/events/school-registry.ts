import type {
  Identification,
  IdentificationDecision,
  Registry,
  RegistryDiff,
  RegistryImport,
} from '@shnro/core';
import { ShnroDetailEvent } from './shnro-event.js';

/** What an import carries: the registry to keep, the file's own import, and the diff on re-import. */
export interface ShnroRegistryImportDetail {
  /**
   * The registry after the import: the file's registry on a first import, else the current one
   * with the file's additions and changes applied by the core (`applyRegistryDiff`), removals only
   * when the person asked for them.
   */
  readonly registry: Registry;
  /** The core's import of the file: its registry alone, the sheets with their mappings, every problem. */
  readonly imported: RegistryImport;
  /** What the file changes in the current registry (re-import only). */
  readonly diff?: RegistryDiff;
}

/**
 * The person imported a registry file in `<shnro-school-registry>`. Save `detail.registry`; cancel
 * the event (`preventDefault()`) to refuse it, and the element keeps the file and its current
 * registry.
 */
export class ShnroRegistryImportEvent extends ShnroDetailEvent<
  'shnro-registry-import',
  ShnroRegistryImportDetail
> {
  static readonly eventName = 'shnro-registry-import';

  constructor(detail: ShnroRegistryImportDetail) {
    super(ShnroRegistryImportEvent.eventName, detail, { cancelable: true });
  }
}

/** What a decision on an identification proposal carries. */
export interface ShnroIdentificationDecisionDetail {
  /** The decision as the core's schema reads it: confirm, or reject with the typed reason. */
  readonly decision: IdentificationDecision;
  /** The identification with every decision so far recorded (`decideIdentification`). */
  readonly identification: Identification;
}

/**
 * The person confirmed or rejected a proposed category of a school (подтверждение или отклонение
 * предложения). Send `detail.decision` to the server; cancel the event to refuse it, and the
 * proposal stays as it was.
 */
export class ShnroIdentificationDecisionEvent extends ShnroDetailEvent<
  'shnro-identification-decision',
  ShnroIdentificationDecisionDetail
> {
  static readonly eventName = 'shnro-identification-decision';

  constructor(detail: ShnroIdentificationDecisionDetail) {
    super(ShnroIdentificationDecisionEvent.eventName, detail, { cancelable: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'shnro-registry-import': ShnroRegistryImportEvent;
    'shnro-identification-decision': ShnroIdentificationDecisionEvent;
  }
}
