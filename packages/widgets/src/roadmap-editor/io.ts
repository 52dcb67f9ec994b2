import { parseOrExplain, roadmapSchema, type Issue, type Roadmap } from '@shnro/core';
import { safeFileName } from '../shared/download.js';
import type { WidgetLocale } from '../shared/localize.js';

/** The outcome of reading a roadmap file: the roadmap, or why it was refused. */
export type RoadmapImportResult =
  | { readonly ok: true; readonly roadmap: Roadmap }
  | { readonly ok: false; readonly reason: 'not-json' | 'invalid'; readonly issues: readonly Issue[] };

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

/** The roadmap as a JSON file, and its name `roadmap-<school>.json` («roadmap-МБОУ-СОШ-7.json»). */
export function roadmapFile(roadmap: Roadmap): { file: Blob; name: string } {
  const file = new Blob([`${JSON.stringify(roadmap, null, 2)}\n`], { type: 'application/json' });
  return { file, name: `roadmap-${safeFileName(roadmap.school.name || roadmap.school.id)}.json` };
}
