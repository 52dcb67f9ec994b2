import type { DraftRecord, SetAsideReason } from './types.js';
import { checkDraftRecord } from './validate.js';

/**
 * One kind of draft and how its data has changed: `version` is the current schema version,
 * `migrate[n]` turns data of version n into data of version n + 1.
 */
export interface DraftKindDefinition {
  readonly kind: string;
  readonly version: number;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- old data has no type here any more
  readonly migrate?: Readonly<Record<number, (data: any) => unknown>>;
  /** Checks current-version data; returns why it is unusable, or undefined when it is fine. */
  readonly validate?: (data: unknown) => string | undefined;
}

/** The kinds a page knows, by kind name. */
export type DraftMigrations = ReadonlyMap<string, DraftKindDefinition>;

/** Builds the registry of draft kinds; a kind named twice or a version below 1 is a programming error. */
export function defineDraftKinds(...kinds: DraftKindDefinition[]): DraftMigrations {
  const registry = new Map<string, DraftKindDefinition>();
  for (const definition of kinds) {
    if (registry.has(definition.kind)) throw new Error(`Draft kind "${definition.kind}" is defined twice.`);
    if (!Number.isInteger(definition.version) || definition.version < 1) {
      throw new Error(
        `Draft kind "${definition.kind}" has version ${definition.version}; use an integer >= 1.`,
      );
    }
    registry.set(definition.kind, definition);
  }
  return registry;
}

/** No kinds known: every draft is taken as it is. */
export const noDraftKinds: DraftMigrations = new Map();

/** The schema version new drafts of `kind` are saved with (1 for a kind not in the registry). */
export function currentVersion(migrations: DraftMigrations, kind: string): number {
  return migrations.get(kind)?.version ?? 1;
}

/** A stored value made current, or the reason it cannot be. */
export type UpgradeOutcome =
  | { readonly ok: true; readonly record: DraftRecord; readonly migratedFrom?: number }
  | { readonly ok: false; readonly reason: SetAsideReason };

function describe(error: unknown): string {
  return error instanceof Error ? `${error.name}: ${error.message}` : String(error);
}

/**
 * Checks a stored value and brings its data to the current version of its kind. Nothing is
 * written: a migrated draft is stored in the new shape only when next saved, so an older page
 * still open in another tab is not handed data it cannot read.
 */
export function upgradeDraft(raw: unknown, migrations: DraftMigrations): UpgradeOutcome {
  const broken = checkDraftRecord(raw);
  if (broken) return { ok: false, reason: broken };
  const record = raw as DraftRecord;
  const definition = migrations.get(record.kind);
  if (!definition) return { ok: true, record };
  if (record.schemaVersion > definition.version) {
    return {
      ok: false,
      reason: {
        code: 'newer-version',
        detail: `${record.kind} version ${record.schemaVersion}, this page knows up to ${definition.version}`,
      },
    };
  }
  let data: unknown = record.data;
  for (let version = record.schemaVersion; version < definition.version; version += 1) {
    const step = definition.migrate?.[version];
    if (!step) {
      return {
        ok: false,
        reason: { code: 'migration-failed', detail: `${record.kind}: no migration from version ${version}` },
      };
    }
    try {
      data = step(data);
    } catch (error) {
      return {
        ok: false,
        reason: {
          code: 'migration-failed',
          detail: `${record.kind}: migration from version ${version} failed (${describe(error)})`,
        },
      };
    }
  }
  let problem: string | undefined;
  try {
    problem = definition.validate?.(data);
  } catch (error) {
    problem = describe(error);
  }
  if (problem !== undefined) return { ok: false, reason: { code: 'invalid-data', detail: problem } };
  if (record.schemaVersion === definition.version) return { ok: true, record };
  return {
    ok: true,
    record: { ...record, schemaVersion: definition.version, data },
    migratedFrom: record.schemaVersion,
  };
}
