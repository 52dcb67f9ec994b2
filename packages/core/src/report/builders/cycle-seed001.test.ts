import { describe, expect, it } from 'vitest';
import { computeCycle } from '../../cycle/compute.js';
import { kanskCycle2022 } from '../../cycle/example.js';
import { followDecisions } from '../../decisions/follow.js';
import { decisionRecordSchema, type DecisionRecordInput } from '../../decisions/schema.js';
import { kanskMonitoring2022Printed } from '../../examples/kansk-monitoring-2022.js';
import { municipalMonitoringSet } from '../../indicator/catalogue/municipal-monitoring.js';
import { kanskMonitoringReport2022 } from '../examples.js';
import { resolveReport } from '../resolve.js';
import { cycleReport, participationSentence } from './cycle.js';
import { printedFiguresSection, type PrintedFigure } from './printed.js';

// Seed 001 (г. Канск, 20.06.2022) as a whole, out of the 2021–2022 cycle's stored data: the
// numbers of the introduction from the cycle's populations, the monitoring table from its answers,
// the recommendations from decision records with their addressees, the discrepancies from the
// cycle's counts against what the seed printed. Only the author's own words (the narrative
// paragraphs, purpose, conclusions) are typed — as she typed them. The result must be the seed
// fixture, `kanskMonitoringReport2022()`, to the last block.

const cycle = kanskCycle2022();
const current = computeCycle(cycle, municipalMonitoringSet);

const methodologists = { kind: 'methodological-service', name: 'Методистам ММС' } as const;
const associations = { kind: 'other', name: 'Руководителям городских методических объединений' } as const;
const teams = { kind: 'other', name: 'Управленческим командам образовательных организаций' } as const;
const recommendations: [DecisionRecordInput['addressee'], string][] = [
  [
    methodologists,
    'Продолжить работу по преодолению профессиональных дефицитов педагогов как один из основных способов повышения качества образования через реализацию ИОМ, вести учет педагогических работников через интернет-портал «Эра-Скоп».',
  ],
  [
    methodologists,
    'Организовать «Методический десант» в ОО в рамках работы и методического сопровождения Регионального методического актива.',
  ],
  [
    methodologists,
    'С учетом данных показателей продолжить в школах взаимопосещение и анализ уроков, совместную разработку уроков и их апробацию с последующим анализом и коррекцией способов организации урока, приемов и методов работы педагогов, технологий с целью достижения положительной динамики образовательных результатов.',
  ],
  [
    associations,
    'Организовать тьюторскую поддержку учителей с целью повышения качества образовательных результатов, в том числе по предметам русский язык, математика, физика, биология.',
  ],
  [teams, 'Продолжить реализацию ШППКО в целях выхода в эффективный режим функционирования.'],
  [
    teams,
    'Продолжить деятельность по методическому сопровождению повышения предметной и методической компетентности педагогов через работу творческих, разработческих групп.',
  ],
  [
    teams,
    'Систематически анализировать деятельность, принимать управленческие решения по результатам мониторинговых процедур.',
  ],
  [
    teams,
    'Продолжить работу по выявлению и преодолению профессиональных дефицитов педагогов как один из основных способов повышения качества образования через реализацию ИОМ.',
  ],
  [
    teams,
    'Использовать успешные практики, представленные на муниципальном, региональном, федеральном уровнях, при организации деятельности в ОО: педчтения, ФУП, педагогические конференции, КШУ и т.д., а также успешные педагогические, методические, управленческие практики, тиражируемые через региональный атлас образовательных практик.',
  ],
];
const decisions = followDecisions(
  recommendations.map(([addressee, text], index) =>
    decisionRecordSchema.parse({
      id: `kansk-2022-r${index + 1}`,
      kind: 'recommendation',
      text,
      addressee,
      cycleId: cycle.id,
    }),
  ),
  { asOf: '2022-06-20' },
);

/** What the seed printed beside what the cycle's counts give: its introduction's 38,8% and its table. */
function printedFigures(): PrintedFigure[] {
  const rows = kanskMonitoring2022Printed.flatMap((row) => {
    const result = current.report.results.find((candidate) => candidate.code === row.code);
    if (result?.kind !== 'share' || result.denominator === null || typeof row.percent !== 'string') return [];
    if (typeof row.count !== 'number') return [];
    return [
      {
        label: `Показатель ${row.code}`,
        count: row.count,
        population: result.denominator,
        printed: row.percent,
      },
    ];
  });
  const schools = cycle.populations?.['municipality-schools'] ?? 0;
  const targets = cycle.populations?.['target-schools'] ?? 0;
  return [
    {
      label: 'Доля ОО, участвовавших в мониторинге (вводная часть)',
      count: targets,
      population: schools,
      printed: '38,8%',
    },
    ...rows,
  ];
}

function seed001FromCycle() {
  const sentence = participationSentence(cycle);
  if (sentence === null) throw new Error('the cycle keeps its populations');
  const printed = printedFiguresSection(printedFigures(), { title: 'Расхождения в исходной записке' });
  return cycleReport({
    current,
    set: municipalMonitoringSet,
    decisions,
    header: {
      organisation: 'МКУ «Ресурсно-методический центр» г. Канска',
      title: 'Аналитическая записка',
      subtitle:
        'о системе работы со школами с низкими результатами обучения и/или школами, функционирующими в неблагоприятных социальных условиях, в зоне риска снижения образовательных результатов, с учетом показателей мониторинга за 2021–2022 учебный год',
      date: '2022-06-20',
      dateStyle: 'numeric',
      place: cycle.territoryName,
    },
    author: { name: 'М.Г. Федорук', position: 'Методист МКУ РМЦ г. Канска' },
    purpose:
      'обеспечить повышение качества образования в школах с низкими результатами обучения и школах, функционирующих в неблагоприятных социальных условиях, и обобщить педагогический, методический и управленческий опыт преодоления сложных условий образовательными организациями.',
    before: [
      {
        id: 'introduction',
        title: 'Общие сведения',
        blocks: [
          {
            kind: 'paragraph',
            text: 'В образовательной системе г. Канска ведется целенаправленная работа по поддержке школ, имеющих низкие образовательные результаты или функционирующих в неблагоприятных социальных условиях, в зоне риска снижения образовательных результатов.',
          },
          sentence,
          {
            kind: 'paragraph',
            text: 'Разработана муниципальная программа повышения качества образования; школы разработали собственные программы повышения качества образования с учетом конструктора программ и приступили к их реализации: http://yo-канск.рф/podderzhka-shnor-i-shnsu/.',
          },
        ],
      },
    ],
    indicators: { title: 'Показатели мониторинга системы работы с ШНРО и ШНСУ', countDescriptions: true },
    after: printed === null ? [] : [printed],
    headings: {
      conclusions:
        'Выводы по итогам мониторинга эффективности деятельности школ по повышению качества образования',
    },
    conclusions: [
      'Мониторинг эффективности деятельности ШНРО и ШНСУ позволяет выделить в муниципалитете не только школы, у которых имеются сложности, но и школы, которые подобные же сложности успешно преодолевают, что является существенным ресурсом для развития как отдельных школ, так и МСО в целом.',
      'Динамическое наблюдение за основными показателями изменений в школьной практике позволяет своевременно вносить корректировки в программы повышения качества образования/дорожные карты и анализировать эффективность тех или иных способов работы, принятия мер и конкретных управленческих решений.',
    ],
  });
}

describe('seed 001’s записка out of the 2021–2022 cycle', () => {
  it('is the seed fixture, block for block', () => {
    expect(seed001FromCycle()).toEqual(kanskMonitoringReport2022());
  });

  it('prints the seed’s key figures and sentences from the cycle’s numbers', () => {
    const resolved = resolveReport(seed001FromCycle());
    if (!resolved.ok) throw new Error(JSON.stringify(resolved.issues));
    const text = JSON.stringify(resolved.value);
    expect(text).toContain(
      'За 2021–2022 учебный год проведен мониторинг системы работы с ШНРО и ШНСУ. В мониторинге участвовали 7 общеобразовательных организаций, что составляет 38,9% от общего количества школ муниципалитета (18 школ).',
    );
    const table = resolved.value.sections
      .find((section) => section.title === 'Показатели мониторинга системы работы с ШНРО и ШНСУ')
      ?.blocks.find((block) => block.kind === 'table');
    // The table names each indicator by its displayed title: found by words of it.
    const cellsOf = (words: string) => {
      const row =
        table?.kind === 'table'
          ? table.rows.find((entry) => entry.kind !== 'group' && entry.cells[0]?.text.includes(words))
          : undefined;
      return row === undefined || row.kind === 'group' ? [] : row.cells.slice(1).map((cell) => cell.text);
    };
    // 7 of 18 schools, 169 of 202 teachers: as the seed printed; 2 of 18 is 11,1%, not the seed's 11,2%.
    expect(cellsOf('от общего количества школ муниципалитета').slice(0, 2)).toEqual(['38,9%', '7']);
    expect(cellsOf('включённых в процедуры диагностики').slice(0, 2)).toEqual(['83,7%', '169']);
    expect(cellsOf('выявлены риски снижения').slice(0, 2)).toEqual(['11,1%', '2']);
    expect(
      resolved.value.recommendations?.groups.map((group) => [group.addressee, group.items.length]),
    ).toEqual([
      ['Методистам ММС', 3],
      ['Руководителям городских методических объединений', 1],
      ['Управленческим командам образовательных организаций', 5],
    ]);
  });
});
