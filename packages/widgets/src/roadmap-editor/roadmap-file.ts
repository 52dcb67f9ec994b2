import type { Roadmap } from '@shnro/core';
import { safeFileName } from '../shared/download.js';

/** The roadmap as a JSON file, and its name `roadmap-<school>.json` («roadmap-МБОУ-СОШ-7.json»). */
export function roadmapFile(roadmap: Roadmap): { file: Blob; name: string } {
  const file = new Blob([`${JSON.stringify(roadmap, null, 2)}\n`], { type: 'application/json' });
  return { file, name: `roadmap-${safeFileName(roadmap.school.name || roadmap.school.id)}.json` };
}
