import { describe, expect, it } from 'vitest';
import { seed000Roadmaps } from '../report/examples.js';
import { extendDirectionCatalogue, defaultDirectionCatalogue } from './catalogue.js';
import { clusterRoadmaps } from './cluster.js';
import { createRoadmap } from './create.js';
import type { Roadmap, RoadmapSection } from './schema.js';
import type { TargetGroup } from './target-group.js';

function section(
  id: string,
  targetGroup: TargetGroup,
  directionId?: string,
  title = 'Раздел',
): RoadmapSection {
  return { id, title, targetGroup, ...(directionId ? { directionId } : {}), activities: [] };
}

function schoolRoadmap(index: number, sections: RoadmapSection[]): Roadmap {
  return {
    ...createRoadmap({
      id: `rm-${index}`,
      school: { id: `school-${index}`, name: `Школа № ${index}` },
      title: 'Дорожная карта',
      period: { start: '2021-01-01', end: '2021-12-31' },
    }),
    sections,
  };
}

// seed000Roadmaps: eighteen roadmaps that match seed 000's description, as the report examples
// build them (every school with teachers, 17 with students, 13 with parents).

describe('clusterRoadmaps rebuilds seed 000’s analysis', () => {
  const clusters = clusterRoadmaps(seed000Roadmaps());
  const line = (row: { share: { numerator: number; display: string | null } }) =>
    `${row.share.numerator} (${row.share.display})`;

  it('counts schools per target group over all 18 schools', () => {
    expect(clusters.schoolCount).toBe(18);
    expect(clusters.targetGroups.map((row) => `${row.label.ru} – ${line(row)}`)).toEqual([
      'с учителями – 18 (100%)',
      'с обучающимися – 17 (94,4%)',
      'с родителями – 13 (72,2%)',
    ]);
  });

  it('counts teacher directions over the 18 schools that work with teachers (the seed truncates 27,8 to 27,7)', () => {
    const teachers = clusters.directions.find((block) => block.targetGroup === 'teachers');
    expect(teachers?.base).toBe(18);
    expect(teachers?.directions.map(line)).toEqual(['8 (44,4%)', '5 (27,8%)', '5 (27,8%)']);
    expect(teachers?.unmatched.schoolIds).toEqual([]);
  });

  it('counts student directions over the 17 schools that work with students, and the 3 that fit none', () => {
    const students = clusters.directions.find((block) => block.targetGroup === 'students');
    expect(students?.base).toBe(17);
    expect(students?.directions.map(line)).toEqual(['1 (5,9%)', '4 (23,5%)', '7 (41,2%)', '2 (11,8%)']);
    expect(line(students!.unmatched)).toBe('3 (17,6%)');
    expect(students?.unmatched.schoolIds).toEqual(['school-15', 'school-16', 'school-17']);
  });

  it('reproduces the seed’s own 6%, 24%, 41%, 12% at whole percents: its base was 17, not 18', () => {
    const whole = clusterRoadmaps(seed000Roadmaps(), { precision: 0 });
    const students = whole.directions.find((block) => block.targetGroup === 'students');
    expect(students?.directions.map((row) => row.share.display)).toEqual(['6%', '24%', '41%', '12%']);
  });

  it('counts parent directions over the 13 schools that work with parents', () => {
    const parents = clusters.directions.find((block) => block.targetGroup === 'parents');
    expect(parents?.base).toBe(13);
    expect(parents?.directions.map(line)).toEqual(['12 (92,3%)', '1 (7,7%)']);
  });

  it('counts the combinations of groups seed 000 names, each school once', () => {
    expect(clusters.combinations.map((row) => `${row.label.ru} – ${line(row)}`)).toEqual([
      'учителя, учащиеся и родители – 12 (66,7%)',
      'учителя, учащиеся – 5 (27,8%)',
      'учителя, родители – 1 (5,6%)',
      'учащиеся, родители – 0 (0%)',
    ]);
    expect(clusters.combinations.reduce((sum, row) => sum + row.share.numerator, 0)).toBe(18);
  });

  it('prints English labels and decimal points on request', () => {
    const english = clusterRoadmaps(seed000Roadmaps(), { locale: 'en' });
    expect(english.targetGroups[1]?.share.display).toBe('94.4%');
    expect(english.combinations[0]?.label.en).toBe('teachers, students and parents');
  });
});

describe('clusterRoadmaps on other data', () => {
  it('counts a school with two roadmaps once and a school with two directions in both', () => {
    const first = schoolRoadmap(1, [section('t1', 'teachers', 'teachers-professional-development')]);
    const second = {
      ...schoolRoadmap(1, [section('t2', 'teachers', 'teachers-specific-area')]),
      id: 'rm-1b',
    };
    const other = schoolRoadmap(2, [section('t', 'teachers', 'teachers-professional-development')]);
    const clusters = clusterRoadmaps([first, second, other]);
    expect(clusters.schoolCount).toBe(2);
    const teachers = clusters.directions[0];
    expect(teachers?.directions.map((row) => row.share.numerator)).toEqual([2, 1, 0]);
  });

  it('treats a direction of another group or an unknown id as fitting no direction', () => {
    const roadmaps = [
      schoolRoadmap(1, [section('s', 'students', 'teachers-professional-development')]),
      schoolRoadmap(2, [section('s', 'students', 'students-career-guidance')]),
    ];
    const students = clusterRoadmaps(roadmaps).directions.find((block) => block.targetGroup === 'students');
    expect(students?.unmatched.share.numerator).toBe(2);
  });

  it('uses a region’s catalogue and lists the management group only when someone works with it', () => {
    const catalogue = extendDirectionCatalogue(defaultDirectionCatalogue, {
      directions: [
        {
          id: 'management-vsoko',
          targetGroup: 'management',
          title: { ru: 'Развитие ВСОКО', en: 'Internal quality assessment' },
        },
      ],
    });
    const roadmaps = [schoolRoadmap(1, [section('m', 'management', 'management-vsoko')])];
    expect(clusterRoadmaps(roadmaps).targetGroups.map((row) => row.id)).toEqual([
      'teachers',
      'students',
      'parents',
      'management',
    ]);
    const management = clusterRoadmaps(roadmaps, { catalogue }).directions.find(
      (block) => block.targetGroup === 'management',
    );
    expect(management?.directions[0]?.share.display).toBe('100%');
    expect(clusterRoadmaps([]).targetGroups.map((row) => row.id)).toEqual([
      'teachers',
      'students',
      'parents',
    ]);
  });

  it('gives no percentage rather than NaN when there are no schools', () => {
    expect(clusterRoadmaps([]).targetGroups[0]?.share).toMatchObject({
      percent: null,
      display: null,
      reason: 'empty-population',
    });
  });
});
