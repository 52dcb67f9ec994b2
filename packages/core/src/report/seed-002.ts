import { parseDeadline } from '../deadline/parse.js';
import { compareSeries, type DynamicsResult } from '../dynamics/compare.js';
import { dynamicsClassLabels } from '../dynamics/labels.js';
import { defaultDynamicsPolicy, type DynamicsPolicy } from '../dynamics/policy.js';
import {
  ctoodDynamicsPolicy,
  ctoodResults2019,
  ctoodSchools,
  ctoodSubjects,
} from '../examples/ctood-results-2019.js';
import type { AssessmentResult } from '../results/schema.js';
import { seriesFromResults } from '../results/series.js';
import type { School } from '../school/schema.js';
import { dynamicsFindings } from './builders/dynamics-findings.js';
import { dynamicsSection } from './builders/dynamics.js';
import type { AnalyticalReport, ListItem, ReportSection } from './schema.js';

// --- Seed 002: информационная справка МКУ «ЦООД» по итогам 2019 года -----------------------------
//
// The seed prints no figure about schools: its item 6 (two years, positive dynamics, results that
// fell) is worded from the results records and the dynamics policy (`ctoodDynamics2019`), on
// illustrative data that agree with it, and the analytical справка it refers to is built from the
// same result (`ctoodAnalyticalReport2019`), so the two documents cannot disagree. Its dates (the year 2019, a roadmap for 2019–2020) are read
// from its own words by the deadline parser; the 2018-2019 school year stays inside a quoted title. The seed has neither a date nor a
// signature: the report's date and author below are illustrative and say so. Its slips of grammar are
// corrected in the text («управления качеством образования», the closing quotation mark of item 7);
// what a reader cannot correct (a verdict named two ways, a list announced and not given, a letter
// referred to and not named) is flagged in «Расхождения в исходном документе».

/** The seed's dated phrases, as the seed wrote them. */
export const seed002Sources = {
  year: 'В 2019 году',
  roadmap: 'на 2019-2020 гг.',
} as const;

function rangeOf(text: string): { start: string; end: string } {
  const range = parseDeadline(text).ranges[0];
  if (range === undefined) throw new Error(`seed 002: «${text}» no longer parses`);
  return range;
}

/** The three methodological recommendations sent to the schools (item 4). */
export const seed002Recommendations = [
  '«О работе ОО, показывающих низкие образовательные результаты, по переходу в эффективный режим функционирования»',
  '«Инструментарий для мониторинга результативности реализации Комплекса мероприятий, направленных на достижение положительной динамики образовательных результатов обучающихся ОО с низкими образовательными результатами на разных уровнях управления»',
  '«Разработка планов перевода общеобразовательных организаций с низкими образовательными результатами в эффективный режим функционирования»',
] as const;

/** The seven things done in 2019, numbered as in the seed, with their sub-lists. */
function doneItems(monitoring: string): ListItem[] {
  const roadmapRange = rangeOf(seed002Sources.roadmap);
  const roadmap = `${roadmapRange.start.slice(0, 4)}–${roadmapRange.end.slice(0, 4)} гг.`;
  return [
    {
      text: `Описана методика определения образовательных организаций (далее – ОО) с низкими образовательными результатами; итоги её апробации положены в основу информационной справки «Определение ОО с низкими образовательными результатами по итогам 2018-2019 учебного года».`,
    },
    { text: `Разработана Дорожная карта мероприятий на ${roadmap}` },
    {
      text: 'С целью оказания методической помощи организовано кураторство: муниципальные ОО с низкими образовательными результатами закреплены за специалистами комитета по образованию и МКУ «ЦООД»; организованы выезды специалистов в ОО для изучения ситуации и консультирования по вопросу составления программ перевода ОО в эффективный режим функционирования.',
    },
    {
      text: `Разработаны и отправлены муниципальным ОО методические рекомендации (${seed002Recommendations.length}):`,
      items: seed002Recommendations.map(
        (title, index, all) => `${title}${index === all.length - 1 ? '.' : ';'}`,
      ),
    },
    {
      text: 'С целью проведения разъяснительной работы и презентации положительного опыта организован обмен опытом между педагогами ШМО, РМО, руководителями ОО:',
      items: [
        'проведены семинары для руководителей методических служб и администрации ОО;',
        'принято участие в вебинарах ЛОИРО и КОиПО – расширенный методический совет;',
        'организовано участие руководителей ОО в вебинаре МКУ «ЦООД» «Обеспечение объективности оценки образовательных результатов – один из инструментов управления качеством образования».',
      ],
    },
    { text: monitoring },
    {
      text: 'По результатам проведенного анализа разработаны:',
      items: [
        'муниципальная модель «Методическое сопровождение создания условий для перевода общеобразовательных организаций с низкими образовательными результатами в эффективный режим функционирования»;',
        '«Комплекс мероприятий по методическому сопровождению создания условий для перевода ОО с низкими образовательными результатами в эффективный режим функционирования».',
      ],
    },
  ];
}

/** The forms of work after the diagnostic tests, by level, each with its aim as the seed states it. */
function formsSection(): ReportSection {
  const form = (title: string, aim: string): ListItem => ({ text: title, items: [`Цель: ${aim}`] });
  return {
    id: 'forms',
    title: 'Работа по результатам муниципальных диагностических работ',
    blocks: [
      {
        kind: 'paragraph',
        text: 'Для выявления системности в области преподавания предметных дисциплин на основе анализа проведения муниципальных диагностических работ проводятся практико-ориентированные семинары.',
      },
      { kind: 'heading', text: 'На уровне муниципалитета' },
      {
        kind: 'list',
        ordered: false,
        items: [
          form(
            'Проведение РМО с учителями-предметниками',
            'познакомить педагогический коллектив с результатами анализа диагностических работ по предметам; выработать управленческие решения по результатам анализа диагностических работ по предметам.',
          ),
        ],
      },
      { kind: 'heading', text: 'На уровне школы' },
      {
        kind: 'list',
        ordered: false,
        items: [
          form(
            'Проведение ШМО',
            'выявить проблемные темы и типы заданий; выявить учащихся, классы, демонстрирующие низкие результаты; провести поэлементный анализ результатов выполнения учащимися заданий оценки; выявить пробелы в знаниях и умениях каждого учащегося; сформировать предложения по индивидуальной поддержке учащихся.',
          ),
          form(
            'Работа с обучающимися',
            'повышение качества обучения по предмету посредством разных форм: повторения трудных тем на уроках; проведения групповых консультаций; составления индивидуальных карт работы с обучающимися; организации психолого-педагогического и социального сопровождения обучающихся, состоящих на ВШК, по индивидуальному плану.',
          ),
          form(
            'Работа с преподавателями по результатам оценочных процедур',
            'выявление затруднений учителя и форм оказания помощи посредством посещения уроков, проверки тетрадей обучающихся, организации открытых уроков по обмену опытом, наставничества, повышения квалификации, курсов для педагогов.',
          ),
          form(
            'Работа с родителями',
            'объяснение оценочных процедур и поиск совместных путей по повышению качества образования.',
          ),
        ],
      },
    ],
  };
}

/**
 * What the seed says that a reader cannot correct. Item 6 calls the schools «результаты которых
 * понизились» a «стабильно низкий результат»: under one dynamics policy these are two verdicts, told
 * apart here by the policy's own labels and years.
 */
export function seed002Discrepancies(policy: DynamicsPolicy = defaultDynamicsPolicy): ReportSection {
  const declining = dynamicsClassLabels.declining.ru;
  const stableLow = dynamicsClassLabels['stable-low'].ru;
  const years =
    policy.stableLowYears === 'all'
      ? 'в каждом сравниваемом году'
      : `в каждом из последних ${policy.stableLowYears} сравниваемых лет`;
  return {
    id: 'discrepancies',
    title: 'Расхождения в исходном документе',
    blocks: [
      {
        kind: 'list',
        ordered: false,
        items: [
          {
            text: `Пункт 6: школы, «результаты которых понизились», названы школами со «стабильно низким результатом». Это два разных вывода: «${declining}» — результат ниже прошлогоднего, «${stableLow}» — результат ниже порога ${years}.`,
          },
          {
            text: 'Пункт 5.1 заканчивается двоеточием, но перечня семинаров за ним нет.',
          },
          {
            text: 'Пункт 3 ссылается на письмо («Согласно этому письму…»), но письмо в справке не названо.',
          },
        ],
      },
    ],
  };
}

/** The data seed 002's monitoring rests on: results records, the schools, the dynamics policy. */
export interface Seed002Data {
  results: readonly AssessmentResult[];
  schools: readonly School[];
  policy: DynamicsPolicy;
}

/** The illustrative data of seed 002 (`@shnro/core/examples`). */
export const seed002Data: Seed002Data = {
  results: ctoodResults2019,
  schools: ctoodSchools,
  policy: ctoodDynamicsPolicy,
};

/**
 * Seed 002's «мониторинг … за два года»: the low-results schools' ВПР (5 класс, sum of the mean
 * marks in Russian and mathematics) read from the results records by `seriesFromResults` and
 * judged by `compareSeries` under the municipality's one policy; what the records lack is added to
 * the result's issues, by place.
 */
export function ctoodDynamics2019(data: Seed002Data = seed002Data): DynamicsResult {
  const schools = data.schools.filter((school) => school.categories?.includes('low-results'));
  const options = {
    assessment: 'vpr',
    metric: 'sum-of-average-scores',
    subjects: ctoodSubjects,
    grade: 5,
    schools,
  } as const;
  const read = seriesFromResults(data.results, options);
  // Every year the records hold («за два года»), not only the latest two; marks to two decimals.
  const years = [...new Set(read.series.flatMap((entry) => entry.points.map((point) => point.year)))];
  const result = compareSeries(read.series, {
    ...options,
    policy: data.policy,
    precision: 2,
    ...(years.length >= 2 ? { years: years.sort((a, b) => a - b) } : {}),
  });
  return { ...result, issues: [...read.issues, ...result.issues] };
}

/**
 * The analytical справка seed 002 refers to («Итоги отображены в аналитической справке»): the
 * table of the schools' results by year with each verdict, from `ctoodDynamics2019`. The data,
 * date and author are illustrative.
 */
export function ctoodAnalyticalReport2019(data: Seed002Data = seed002Data): AnalyticalReport {
  const result = ctoodDynamics2019(data);
  return {
    header: {
      organisation: 'МКУ «Центр обеспечения образовательной деятельности»',
      title: 'Аналитическая справка',
      subtitle: `о динамике результатов ОО с низкими образовательными результатами за ${result.years.join(' и ')} годы`,
      date: '2019-12-27',
    },
    author: { name: 'И.А. Васильева', position: 'Методист МКУ «ЦООД»' },
    purpose:
      'определение ОО с низкими образовательными результатами, показавших позитивную динамику, и ОО, результаты которых понизились.',
    tasks: [],
    sections: [dynamicsSection(result, { id: 'dynamics' })],
    conclusions: [],
    recommendations: [],
    decisions: [],
  };
}

/**
 * Seed 002 (МКУ «ЦООД», Ленинградская область, по итогам 2019 года): what was done in seven numbered
 * items with the three methodological recommendations, the forms of work after the diagnostic tests,
 * and the seed's inconsistencies flagged. The date and author are illustrative: the seed has none.
 */
export function ctoodInformationReport2019(data: Seed002Data = seed002Data): AnalyticalReport {
  const year = rangeOf(seed002Sources.year).start.slice(0, 4);
  const findings = dynamicsFindings(ctoodDynamics2019(data));
  return {
    header: {
      organisation: 'МКУ «Центр обеспечения образовательной деятельности»',
      title: 'Информационная справка',
      subtitle: `о работе со школами с низкими образовательными результатами по итогам ${year} года`,
      date: '2019-12-27',
    },
    author: { name: 'И.А. Васильева', position: 'Методист МКУ «ЦООД»' },
    purpose:
      'реализация мероприятий по направлению «Работа со школами с низкими образовательными результатами», являющемуся одним из инструментов управления качеством образования, определённых Рособрнадзором и ФГБУ «ФИОКО», по поручению КОиПО ЛО.',
    tasks: [],
    sections: [
      {
        id: 'done',
        title: `Сделано в ${year} году`,
        blocks: [{ kind: 'list', ordered: true, items: doneItems(findings.text) }],
      },
      formsSection(),
      seed002Discrepancies(),
    ],
    conclusions: [
      'Главная цель мониторинга эффективности образовательного процесса – оказание адресной методической помощи, а также создание банка аналитических и методических материалов.',
    ],
    recommendations: [],
    decisions: [],
  };
}
