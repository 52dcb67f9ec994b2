import type { Roadmap, RoadmapStatus } from '@shnro/core';
import { approvedRoadmap, reviewedRoadmap, seed000Roadmap } from '../../roadmap-editor/examples.js';

/** The example roadmap of seed 000 as another school's. */
function asSchool(roadmap: Roadmap, n: number, name: string): Roadmap {
  return { ...roadmap, id: `roadmap-${n}`, school: { id: `school-${n}`, name } };
}

/**
 * A small municipality built from seed 000's example roadmaps (all made by the core, so valid):
 * a draft, two returned with remarks, an approved one, a submitted one.
 */
export function exampleMunicipality(): Roadmap[] {
  const submitted: Roadmap = { ...seed000Roadmap(), status: 'submitted' };
  return [
    asSchool(seed000Roadmap(), 7, 'МБОУ «СОШ № 7»'),
    asSchool(reviewedRoadmap(), 12, 'МБОУ «СОШ № 12»'),
    asSchool(approvedRoadmap(), 3, 'МБОУ «Гимназия № 3»'),
    asSchool(reviewedRoadmap(), 21, 'МБОУ «ООШ № 21»'),
    asSchool(submitted, 5, 'МБОУ «СОШ № 5»'),
  ];
}

const statuses: readonly RoadmapStatus[] = ['draft', 'submitted', 'returned', 'approved', 'in-progress'];

/** `count` schools for the benchmark: seed 000's roadmap with a status cycling through the lifecycle. */
export function largeMunicipality(count: number): Roadmap[] {
  const base = seed000Roadmap();
  return Array.from({ length: count }, (_, i) => ({
    ...base,
    id: `roadmap-${i + 1}`,
    status: statuses[i % statuses.length]!,
    school: { id: `school-${i + 1}`, name: `МБОУ «СОШ № ${i + 1}»` },
  }));
}
