import { describe, expect, it } from 'vitest';
import { tukaevCycles } from '../cycle/example.js';
import { maloshRoadmap2021 } from '../decisions/example.js';
import { tukaevDecisionFollowUp, tukaevRoadmap } from './seed-003.js';

describe('seed 003: the council’s recommendations followed to the roadmap approved by order', () => {
  it('one roadmap record: approved, its period read from the seed, the school of the cycles', () => {
    const roadmap = tukaevRoadmap();
    expect(roadmap).toEqual(maloshRoadmap2021());
    expect(roadmap).toMatchObject({
      id: 'malosh-2021',
      status: 'approved',
      period: { start: '2021-09-01', end: '2021-12-31' },
    });
    const { final } = tukaevCycles();
    expect(final.units.find((unit) => unit.level === 'school')?.unitId).toBe(roadmap.school.id);
  });

  it('follows each decision on the final monitoring’s closing day through the activities that answer it', () => {
    const { followUp, recommendations, managementDecisions } = tukaevDecisionFollowUp();
    expect(recommendations.map((group) => group.addressee)).toEqual([
      'МБОУ «Малошильнинская СОШ»',
      'учителя: математика, русский язык',
    ]);
    expect(managementDecisions.map((decision) => decision.responsible)).toEqual([
      'Начальник управления',
      'Муниципальная экспертно-методическая группа',
    ]);
    const list = followUp?.blocks[0];
    expect(list?.kind === 'list' && list.items.map((item) => [item.text, item.items ?? []])).toEqual([
      [
        // Due on 1 December, one of its two activities still in progress on 24 December: overdue.
        'Организовать взаимопосещение уроков с педагогами школы-куратора (срок: до 1 декабря 2021 года) — просрочено; мероприятий дорожных карт: 2, выполнено: 1.',
        [
          'МБОУ «Малошильнинская СОШ»: Посещение уроков педагогами школы-куратора МБОУ «Бетькинская СОШ» — выполнено.',
          'МБОУ «Малошильнинская СОШ»: Составление ИОМ для учителей математики — выполняется.',
        ],
      ],
      [
        'Создать систему послекурсового сопровождения учителей (срок: по мере необходимости) — запланировано.',
        [
          'Срок «по мере необходимости» решения «Создать систему послекурсового сопровождения учителей» не распознан: просрочку определить нельзя, уточните срок. Срок «по мере необходимости» не распознан. Укажите дату, месяц, квартал или период, например «до 15 декабря 2020 года», «сентябрь 2021 года», «I квартал 2024», «2023–2024 учебный год».',
        ],
      ],
    ]);
    // On the report's own date (22.07.2021) nothing is overdue yet.
    const early = tukaevDecisionFollowUp('2021-07-22').followUp?.blocks[0];
    expect(early?.kind === 'list' && early.items[0]?.text).toBe(
      'Организовать взаимопосещение уроков с педагогами школы-куратора (срок: до 1 декабря 2021 года) — запланировано; мероприятий дорожных карт: 2, выполнено: 1.',
    );
  });
});
