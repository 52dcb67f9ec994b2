import type { CalendarDate } from '../deadline/schema.js';
import type { Period } from '../mentorship/period.js';
import { computeShare, type DisplayLocale, type ShareValue } from '../share/index.js';
import type { Teacher } from '../teacher/schema.js';
import { collectTeacherFacts, type TeacherSupportRecords } from './aggregate.js';
import { routeProgress, type RouteProgress } from './progress.js';
import type { DeficitDiagnosis, Iom } from './schema.js';
import { toDisplayLocale } from '../text/locale.js';

/** Options of `iomSummary`. */
export interface IomSummaryOptions {
  /** The day of the summary: overdue activities and progress are counted as of it. */
  asOf: CalendarDate;
  /** The monitored period (a school year); without it every record up to `asOf` counts. */
  period?: Period;
  support?: TeacherSupportRecords;
  locale?: DisplayLocale;
  precision?: number;
}

/**
 * The municipal summary of ИОМ (сводка по ИОМ муниципалитета): the shares of teachers diagnosed,
 * with an ИОМ in force and supported (the rules of `collectTeacherFacts`, so the summary agrees
 * with indicators 3.1, 4.4 and 4.1), and the progress of the routes in force, as of a day.
 */
export interface IomSummary {
  asOf: CalendarDate;
  /** Teachers in the records: the base of the three teacher shares. */
  teachers: number;
  diagnosed: ShareValue;
  withIom: ShareValue;
  supported: ShareValue;
  /** Routes in force (active or completed) in the window, one progress each, in input order. */
  routes: RouteProgress[];
  /** Activities done over activities that count (not cancelled), over every route in force. */
  itemsDone: ShareValue;
  /** Routes in force with at least one overdue activity, over the routes in force. */
  routesWithOverdue: ShareValue;
  /** Routes of teachers not in `teachers`: counted in progress, named so the records can be fixed. */
  unknownTeacherRoutes: string[];
}

/** The municipal ИОМ summary as of `options.asOf`; see `IomSummary`. */
export function iomSummary(
  teachers: readonly Teacher[],
  diagnoses: readonly DeficitDiagnosis[],
  ioms: readonly Iom[],
  options: IomSummaryOptions,
): IomSummary {
  const window = { asOf: options.asOf, ...(options.period ? { period: options.period } : {}) };
  const facts = collectTeacherFacts(diagnoses, ioms, options.support ?? {}, window);
  const shareOptions = { locale: toDisplayLocale(options.locale), precision: options.precision ?? 1 };
  const known = new Set(teachers.map((teacher) => teacher.id));
  const count = (test: (id: string) => boolean) => teachers.filter((teacher) => test(teacher.id)).length;
  const inForce = new Set([...facts.values()].flatMap((fact) => fact.iomIds));
  const routes = ioms
    .filter((iom) => inForce.has(iom.id))
    .map((iom) => routeProgress(iom, options.asOf, shareOptions));
  const done = routes.reduce((sum, route) => sum + route.done, 0);
  const total = routes.reduce((sum, route) => sum + route.total, 0);
  return {
    asOf: options.asOf,
    teachers: teachers.length,
    diagnosed: computeShare(
      count((id) => (facts.get(id)?.diagnosisIds.length ?? 0) > 0),
      teachers.length,
      shareOptions,
    ),
    withIom: computeShare(
      count((id) => (facts.get(id)?.iomIds.length ?? 0) > 0),
      teachers.length,
      shareOptions,
    ),
    supported: computeShare(
      count((id) => (facts.get(id)?.support.length ?? 0) > 0),
      teachers.length,
      shareOptions,
    ),
    routes,
    itemsDone: computeShare(done, total, shareOptions),
    routesWithOverdue: computeShare(
      routes.filter((route) => route.overdue.length > 0).length,
      routes.length,
      shareOptions,
    ),
    unknownTeacherRoutes: routes.filter((route) => !known.has(route.teacherId)).map((route) => route.iomId),
  };
}
