import { describe, expect, it } from 'vitest';
import { clusterRoadmaps } from '../roadmap/cluster.js';
import { createActivity, createRoadmap } from '../roadmap/create.js';
import type { Roadmap, RoadmapSection } from '../roadmap/schema.js';
import { compileDirectionIndex, suggestDirection } from '../roadmap/suggest.js';
import { defaultDirectionCatalogue } from '../roadmap/catalogue.js';
import { defectSentence, reviewAcrossSchools } from './review.js';

const period = { start: '2020-12-01', end: '2021-12-31' };

function roadmap(
  index: number,
  sections: Omit<RoadmapSection, 'activities'>[],
  activities: [string, string][][],
): Roadmap {
  const base = createRoadmap({
    id: `rm-${index}`,
    school: { id: `school-${index}`, name: `Школа № ${index}` },
    title: 'Дорожная карта',
    period,
  });
  return {
    ...base,
    sections: sections.map((section, at) => ({
      ...section,
      activities: (activities[at] ?? []).map(([activity, plannedResult], number) =>
        createActivity(
          {
            id: `a${at}-${number}`,
            activity,
            plannedResult,
            deadline: 'до 15 мая 2021 года',
            responsible: 'Завуч',
          },
          base,
        ),
      ),
    })),
  };
}

// Seed 000's situation in small: three schools, general formulations in two of them, a generic
// section title in one, and no direction set by hand anywhere.
const roadmaps = [
  roadmap(
    1,
    [{ id: 's', title: 'Работа с учителями', targetGroup: 'teachers' }],
    [[['Собеседование с учителями о качестве', 'Повышение качества образования']]],
  ),
  roadmap(
    2,
    [{ id: 's', title: 'Повышение мотивации обучающихся', targetGroup: 'students' }],
    [
      [
        ['Проведение предметных олимпиад', 'Участие 40% обучающихся в олимпиадах'],
        ['Проведение семинара', 'Повышение качества преподаваемых предметов'],
      ],
    ],
  ),
  roadmap(
    3,
    [{ id: 's', title: 'Подготовка к ГИА', targetGroup: 'students' }],
    [
      [
        [
          'Пробный экзамен по математике в формате ОГЭ',
          'Не менее 90% обучающихся решают задачи базового уровня',
        ],
      ],
    ],
  ),
];

describe('the cross-school review', () => {
  it('counts the schools with each type of defect and their share, worded for a methodologist', () => {
    const review = reviewAcrossSchools(roadmaps);
    expect(review.schoolCount).toBe(3);
    const vague = review.defects.find((row) => row.ruleId === 'vague-result');
    expect(vague?.schoolIds).toEqual(['school-1', 'school-2']);
    expect(defectSentence(vague!)).toBe(
      'Общие формулировки, не отражающие конкретных планируемых изменений — 2 ОО (66,7%).',
    );
    const generic = review.defects.find((row) => row.ruleId === 'generic-section-title');
    expect(generic && defectSentence(generic)).toBe('Общие формулировки разделов — 1 ОО (33,3%).');
  });

  it('suggests each section’s direction from its title and activities, with a confidence', () => {
    const review = reviewAcrossSchools(roadmaps);
    const byKey = Object.fromEntries(review.suggestions.map((entry) => [entry.key, entry]));
    expect(byKey['rm-2/s']?.directionId).toBe('students-motivation');
    expect(byKey['rm-2/s']?.confidence).toBeGreaterThanOrEqual(0.5);
    expect(byKey['rm-3/s']?.directionId).toBe('students-assessment-results');
    // «Работа с учителями» with a talk about quality: a hint, less sure than a title that says it.
    expect(byKey['rm-1/s']?.directionId).toBe('teachers-education-quality');
    expect(byKey['rm-1/s']?.confidence).toBeLessThan(byKey['rm-2/s']?.confidence ?? 0);
    expect(review.suggestions.map((entry) => entry.confidence)).toEqual([0.57, 0.65, 1]);
  });

  it('clusters without a hand-set id, and the methodologist’s confirmation wins over the suggestion', () => {
    const clusters = clusterRoadmaps(roadmaps);
    const students = clusters.directions.find((cluster) => cluster.targetGroup === 'students');
    const count = (id: string) => students?.directions.find((row) => row.id === id)?.schoolIds;
    expect(count('students-motivation')).toEqual(['school-2']);
    expect(count('students-assessment-results')).toEqual(['school-3']);
    const corrected = clusterRoadmaps(roadmaps, { confirmed: { 'rm-3/s': 'students-personal-needs' } });
    const after = corrected.directions.find((cluster) => cluster.targetGroup === 'students');
    expect(after?.directions.find((row) => row.id === 'students-personal-needs')?.schoolIds).toEqual([
      'school-3',
    ]);
    const none = clusterRoadmaps(roadmaps, { suggest: false });
    expect(
      none.directions.find((cluster) => cluster.targetGroup === 'students')?.unmatched.schoolIds,
    ).toEqual(['school-2', 'school-3']);
  });

  it('gives no direction when no word of the section fits any', () => {
    const index = compileDirectionIndex(defaultDirectionCatalogue);
    expect(
      suggestDirection({ id: 'x', title: 'Разное', targetGroup: 'parents', activities: [] }, index),
    ).toEqual({ directionId: null, confidence: 0, matched: [] });
  });
});
