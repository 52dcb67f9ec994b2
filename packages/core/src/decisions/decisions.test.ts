import { describe, expect, it } from 'vitest';
import { parseOrExplain } from '../errors/index.js';
import { maloshDecisions2021, maloshRoadmap2021 } from './example.js';
import {
  addresseeName,
  decisionsAnsweredBy,
  followDecision,
  followDecisions,
  summarizeDecisions,
} from './follow.js';
import { addresseeKindLabels, decisionKindLabels, decisionStatusLabels } from './labels.js';
import {
  decisionRecordSchema,
  decisionStatusSchema,
  type Addressee,
  type DecisionRecordInput,
} from './schema.js';

// Seed 003 (Малошильнинская СОШ, 2021): the council's recommendations answered by a roadmap
// approved by order (the example the widgets show), and a decision whose deadline is unreadable.
const councilRoadmap = maloshRoadmap2021;

const decisions: DecisionRecordInput[] = [
  maloshDecisions2021[0]!,
  {
    id: 'd1',
    kind: 'management-decision',
    text: 'Создать систему послекурсового сопровождения учителей',
    addressee: { kind: 'methodological-service', name: 'ГАУ ДПО «БИПКРО»' },
    deadline: 'когда получится',
  },
];

describe('recommendations and decisions as records', () => {
  it('refuses a decision without an addressee, naming the field', () => {
    const parsed = parseOrExplain(decisionRecordSchema, { id: 'x', kind: 'recommendation', text: 'Сделать' });
    expect(parsed.ok ? [] : parsed.issues.map((issue) => issue.path)).toEqual(['addressee']);
  });

  it('is overdue after its deadline when not done, and finds the activities that answer it', () => {
    const decision = decisionRecordSchema.parse(decisions[0]);
    const roadmaps = [councilRoadmap()];
    const onTime = followDecision(decision, { asOf: '2021-11-15', roadmaps });
    expect(onTime).toMatchObject({
      dueOn: '2021-12-01',
      overdue: false,
      daysOverdue: null,
      status: 'planned',
      activitiesDone: 1,
    });
    expect(onTime.activities.map((entry) => entry.activity.id)).toEqual(['a1', 'a2']);
    expect(onTime.activities.map((entry) => entry.state)).toEqual(['done', 'in-progress']);
    const late = followDecision(decision, { asOf: '2021-12-02', roadmaps });
    expect(late).toMatchObject({ overdue: true, status: 'overdue', daysOverdue: 1 });
    expect(followDecision(decision, { asOf: '2022-01-10', roadmaps }).daysOverdue).toBe(40);
    const done = followDecision(
      { ...decision, status: 'done', doneOn: '2021-11-30' },
      { asOf: '2022-01-10', roadmaps },
    );
    expect(done).toMatchObject({ overdue: false, status: 'done', daysOverdue: null });
    // And back: from an activity to the recommendations it answers.
    expect(decisionsAnsweredBy([decision], 'malosh-2021', 'a2').map((entry) => entry.id)).toEqual(['r1']);
  });

  it('keeps an unreadable deadline as written and says so, instead of guessing overdue', () => {
    const [, followed] = followDecisions(
      decisions.map((entry) => decisionRecordSchema.parse(entry)),
      { asOf: '2030-01-01' },
    );
    expect(followed?.deadline?.text).toBe('когда получится');
    expect(followed?.overdue).toBe(false);
    expect(followed?.issues[0]?.code).toBe('unreadable-deadline');
    expect(followed?.issues[0]?.message).toMatch(
      /^Срок «когда получится» решения «Создать систему послекурсового сопровождения учителей» не распознан: просрочку определить нельзя, уточните срок\./u,
    );
  });

  it('reports a link to an activity that does not exist', () => {
    const decision = decisionRecordSchema.parse({
      ...decisions[0],
      activities: [{ roadmapId: 'malosh-2021', activityId: 'a9' }],
    });
    const followed = followDecision(decision, { asOf: '2021-11-01', roadmaps: [councilRoadmap()] });
    expect(followed.activities).toEqual([]);
    expect(followed.issues.map((issue) => issue.message)).toEqual([
      'Решение «Организовать взаимопосещение уроков с педагогами школы-куратора» ссылается на мероприятие «a9» дорожной карты «malosh-2021», которого нет.',
    ]);
  });

  it("names the addressee in the reader's language, and labels every status, kind and addressee kind", () => {
    const teachers: Addressee = { kind: 'subject-teachers', subjects: ['математика', 'физика'] };
    expect(addresseeName(teachers)).toBe('учителя: математика, физика');
    expect(addresseeName(teachers, 'en')).toBe('teachers: математика, физика');
    expect(Object.keys(decisionStatusLabels).sort()).toEqual([...decisionStatusSchema.options].sort());
    expect(decisionStatusLabels.overdue).toEqual({ ru: 'просрочено', en: 'overdue' });
    expect(decisionKindLabels['management-decision'].ru).toBe('управленческое решение');
    expect(Object.keys(addresseeKindLabels).sort()).toEqual([
      'methodological-service',
      'municipal-body',
      'other',
      'school',
      'subject-teachers',
    ]);
  });

  it('counts decisions by their real status, overdue found from the date', () => {
    const followed = followDecisions(
      decisions.map((decision) => decisionRecordSchema.parse(decision)),
      { asOf: '2021-12-02', roadmaps: [councilRoadmap()] },
    );
    expect(summarizeDecisions(followed)).toEqual({
      total: decisions.length,
      byStatus: { planned: decisions.length - 1, 'in-progress': 0, done: 0, overdue: 1 },
      unreadableDeadlines: 1,
    });
  });
});
