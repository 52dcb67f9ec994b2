import { parseOrExplain, roadmapSchema, type Issue, type Roadmap } from '@shnro/core';
import type { WidgetLocale } from '../shared/localize.js';

/** The outcome of reading a roadmap file: the roadmap, or why it was refused. */
export type RoadmapImportResult =
  | { readonly ok: true; readonly roadmap: Roadmap }
  | { readonly ok: false; readonly reason: 'not-json' | 'invalid'; readonly issues: readonly Issue[] };

// Loaded on a file import only (editor-chunks.ts): the core's schema and its wording are not
// needed to show and edit a roadmap.

/** Reads a roadmap from JSON text and validates it with the core's `roadmapSchema`. Never throws. */
export function readRoadmapJson(text: string, locale: WidgetLocale): RoadmapImportResult {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { ok: false, reason: 'not-json', issues: [] };
  }
  const parsed = parseOrExplain(roadmapSchema, data, { locale });
  return parsed.ok
    ? { ok: true, roadmap: parsed.value }
    : { ok: false, reason: 'invalid', issues: parsed.issues };
}
