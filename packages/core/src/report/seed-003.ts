import { formatDateRange } from '../deadline/format.js';
import { parseDeadline } from '../deadline/parse.js';
import { mentorshipCoverage } from '../mentorship/coverage.js';
import type { Assignment } from '../mentorship/schema.js';
import { formatOrderReference, parseOrderReference } from '../roadmap/order.js';
import type { School } from '../school/schema.js';
import { tukaevCycles } from '../cycle/example.js';
import type { MonitoringCycle } from '../cycle/schema.js';
import { maloshDecisions2021, maloshRoadmap2021 } from '../decisions/example.js';
import { followDecisions } from '../decisions/follow.js';
import { decisionRecordSchema } from '../decisions/schema.js';
import { decisionBlocks } from './builders/cycle.js';
import type { Roadmap } from '../roadmap/schema.js';
import { mentorshipSection } from './builders/mentorship.js';
import { formatReportDate } from './date.js';
import type { AnalyticalReport, ReportSection } from './schema.js';

// --- Seed 003: отчёт о выполнении рекомендаций, МБОУ «Малошильнинская СОШ», 22.07.2021 -------------
//
// Every date is read from the seed's own words by the SDK's parsers (the order, the support period),
// and the report's date is the seed's. The seed prints no figures; its one inconsistency is of dates
// and is flagged in «Расхождения в исходном документе», not corrected. The conclusions are the
// seed's, their slips corrected («имеющихся кадров», «у организации», «об устранении проблем»).

/** The seed's sentences the dates are read from, as the seed wrote them. */
export const seed003Sources = {
  date: '22.07.2021г.',
  order:
    'На основании приказа МКУ «Управление образования» от 20.05.2021г. №130/1 « О проведении мониторинга показателей системы работы школы с низкими результатами обучения » в мае 2021 года',
  monitoring: 'май 2021 года',
  period: 'в период с сентября по декабрь 2021 года',
  finalMonitoring:
    'Показатели итогового мониторинга, по которым у общеобразовательной организаций выявлены недостатки, свидетельствуют об упразднении проблем',
} as const;

/** The school and its curator school (школа-куратор), as the seed names them. */
const tukaevSchools: School[] = [
  { id: 'malosh', name: 'МБОУ «Малошильнинская СОШ»', categories: ['low-results'] },
];

function rangeOf(text: string): { start: string; end: string } {
  const range = parseDeadline(text).ranges[0];
  if (range === undefined) throw new Error(`seed 003: «${text}» no longer parses`);
  return range;
}

/**
 * The roadmap «по устранению недостатков» approved by the head of the education department: the
 * school's one record (`maloshRoadmap2021`, with the activities that answer the council), its period
 * read from the seed's «в период с сентября по декабрь 2021 года».
 */
export function tukaevRoadmap(): Roadmap {
  return maloshRoadmap2021();
}

/**
 * The council's recommendations and the department's decisions followed on a day through the
 * roadmap's activities (`decisionBlocks`): each decision, its deadline and state, and the activities
 * that answer it. Followed on the final monitoring's closing day by default.
 */
export function tukaevDecisionFollowUp(asOf: string = tukaevCycles().final.closedAt ?? '2021-12-31') {
  const decisions = maloshDecisions2021.map((input) => decisionRecordSchema.parse(input));
  return decisionBlocks(followDecisions(decisions, { asOf, roadmaps: [tukaevRoadmap()] }));
}

/** The support period is the roadmap's: the curator school and the report read it from the record. */
function supportPeriod(): { start: string; end: string } {
  return tukaevRoadmap().period;
}

/** The month of a cycle's monitoring: the month its answers were closed in. */
function monitoringMonth(cycle: MonitoringCycle): { start: string; end: string } | undefined {
  const closed = cycle.closedAt;
  return closed === undefined ? undefined : { start: `${closed.slice(0, 8)}01`, end: closed };
}

/** The report's date, «22.07.2021г.» as the seed prints it. */
function reportDate(): string {
  return rangeOf(seed003Sources.date).start;
}

/** «была определена школа-куратор МБОУ «Бетькинская СОШ»» for the support period; the seed names no order. */
function curatorAssignment(): Assignment {
  return {
    id: 'curator-betkinskaya',
    kind: 'curator-school',
    from: { kind: 'school', schoolId: 'betkinskaya', name: 'МБОУ «Бетькинская СОШ»' },
    to: { kind: 'school', schoolId: 'malosh' },
    period: supportPeriod(),
  };
}

/** The monitoring's basis: the order as parsed from the seed, and the month it was held in. */
function basisSection(): ReportSection {
  const order = parseOrderReference(seed003Sources.order);
  if (order === undefined) throw new Error('seed 003: the order no longer parses');
  // The initial monitoring's cycle record («май 2021 года» in the seed's words).
  const month = monitoringMonth(tukaevCycles().initial) ?? rangeOf(seed003Sources.monitoring);
  return {
    id: 'basis',
    title: 'Основание и ход работы',
    blocks: [
      {
        kind: 'list',
        ordered: false,
        items: [
          {
            text: `Основание: ${formatOrderReference(order, 'ru', { withIssuer: true })} «${order.title ?? ''}».`,
          },
          {
            text: `Мониторинг показателей системы работы со школой (временная проблемная группа): ${formatDateRange(month)}.`,
          },
          { text: `Период работы по дорожной карте: ${formatDateRange(supportPeriod())}.` },
        ],
      },
      {
        kind: 'paragraph',
        text: 'Анализ результатов мониторинга был рассмотрен на заседании Экспертно-методического совета, по итогам которого были приняты управленческие решения и даны адресные методические рекомендации. На основании этих рекомендаций была разработана и утверждена приказом начальника МКУ «Управление образования» Дорожная карта по устранению недостатков, выявленных в ходе проведения анализа результатов мониторинга показателей системы работы школы с низкими результатами обучения.',
      },
      { kind: 'heading', text: 'Траектория совместной деятельности участников' },
      {
        kind: 'list',
        ordered: false,
        items: [
          {
            text: 'в результате посещения МБОУ «Малошильнинская СОШ» проведены беседы с руководством школы и педагогическим коллективом;',
          },
          {
            text: 'создана муниципальная инфраструктура для оказания информационно-методической помощи школе;',
          },
          {
            text: 'организовано консультирование всех участников проекта по вопросам, связанным с реализацией конкретных мероприятий проекта.',
          },
        ],
      },
      {
        kind: 'paragraph',
        text: 'Контроль выполнения основных мероприятий Плана будет осуществлен муниципальной экспертно-методической группой, которая также осуществляет информационное и методическое обеспечение реализации Плана и вносит необходимые предложения по его корректировке.',
      },
    ],
  };
}

/**
 * The seed's own inconsistency, from its records: dated 22.07.2021, it describes work to run from
 * September to December 2021 (the roadmap's period) and yet cites the final monitoring's indicators
 * as evidence that the problems are gone, though the final monitoring's cycle closed on 24.12.2021.
 * Its «значительная динамика» has no figure behind it either.
 */
export function seed003Discrepancies(
  date: string = reportDate(),
  final: MonitoringCycle = tukaevCycles().final,
): ReportSection {
  const period = supportPeriod();
  const items: string[] = [];
  // The final monitoring's cycle record says when it closed; without one, the roadmap's start.
  if (date < (final.closedAt ?? period.start))
    items.push(
      `Отчёт датирован ${formatReportDate(date, 'numeric')}, а работа по дорожной карте запланирована на ${formatDateRange(period)}; при этом вывод «${seed003Sources.finalMonitoring}» ссылается на итоговый мониторинг, который к дате отчёта ещё не мог быть проведён.`,
    );
  items.push(
    'Вывод о значительной динамике показателей не подкреплён числами: в отчёте нет значений показателей ни начального, ни итогового мониторинга.',
  );
  return {
    id: 'discrepancies',
    title: 'Расхождения в исходном документе',
    blocks: [{ kind: 'list', ordered: false, items: items.map((text) => ({ text })) }],
  };
}

/**
 * Seed 003 (Тукаевский муниципальный район РТ, 22.07.2021): the monitoring's basis read from the
 * order (№ 130/1 от 20.05.2021), the curator school for September–December 2021 through
 * `mentorshipCoverage`, the seed's conclusions, and the dates that do not fit together flagged.
 */
export function tukaevRecommendationsReport2021(): AnalyticalReport {
  const coverage = mentorshipCoverage(tukaevSchools, [curatorAssignment()], [], { period: supportPeriod() });
  return {
    header: {
      title: 'Отчёт',
      subtitle:
        'о выполнении рекомендаций по устранению недостатков, выявленных в ходе проведения анализа результатов мониторинга показателей системы работы со школой с низкими результатами обучения МБОУ «Малошильнинская СОШ» Тукаевского муниципального района РТ',
      date: reportDate(),
      dateStyle: 'numeric',
    },
    author: { name: 'Р.А. Шагимарданова', position: 'Председатель экспертно-методической группы' },
    purpose:
      'повышение качества образования в школе с низкими образовательными результатами МБОУ «Малошильнинская СОШ» и оказание ей адресной методической помощи.',
    tasks: [],
    sections: [
      basisSection(),
      mentorshipSection(coverage, { title: 'Адресная методическая помощь', schoolsLabel: 'ШНОР' }),
      seed003Discrepancies(),
    ],
    conclusions: [
      'Значительная динамика наблюдается по показателям, связанным с пониманием педагогами необходимости проектирования собственного профессионально-личностного развития, а также с компетентностью в способах умственной деятельности.',
      'В ходе осуществления мониторинговых мероприятий и анализа проблем качества образования муниципальной экспертно-методической группой был выявлен факт, что существуют определенные разрывы между уровнем профессиональной подготовки имеющихся педагогических кадров и требуемой профессиональной компетентностью педагогов для работы в режиме перехода на новые образовательные стандарты, а также преобладает эффект «профессионального выгорания».',
      'Показатели итогового мониторинга, по которым у общеобразовательной организации выявлены недостатки, свидетельствуют об устранении проблем, что является доказательством эффективности принятых управленческих решений.',
    ],
    recommendations: [],
    decisions: [],
  };
}
