import { createRoadmap, type Roadmap } from '@shnro/core';

/** A small valid roadmap of a school, built by the core. */
export function sampleRoadmap(id: string, school: { id: string; name: string }): Roadmap {
  return createRoadmap({
    id,
    school,
    title: 'Дорожная карта по переходу в эффективный режим работы',
    period: { start: '2022-09-01', end: '2023-06-30' },
  } as Parameters<typeof createRoadmap>[0]);
}
