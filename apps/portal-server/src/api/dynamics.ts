import {
  dynamicsFindings,
  seriesFromResults,
  type AnalyticalReport,
  type AssessmentResult,
  type DynamicsPolicy,
  type School,
} from '@shnro/core';
import {
  ctoodAnalyticalReport2019,
  ctoodDynamics2019,
  ctoodDynamicsPolicy,
  ctoodInformationReport2019,
  ctoodSubjects,
} from '@shnro/core/examples';
import { docxMimeType, reportFileName, reportToDocx } from '@shnro/report-export';
import { Hono, type Context } from 'hono';
import type { AppEnv } from '../app-env.js';
import { requireUser } from '../auth/guard.js';
import type { Queryable } from '../db/database.js';
import { ApiError, forbidden, notFound } from '../http/problem.js';

// The dynamics of the low-results schools' results over the years (seed 002), from what the
// portal stores: the municipality's schools and every imported result of them. The rules — reading
// the series from the records, judging them under the municipality's one dynamics policy, wording
// the findings, building the справка — are the core's; the server only gathers the records.

/**
 * A municipality's monitoring of dynamics: which results it reads and by which policy. Only the
 * demo municipality of seed 002 has one; its definition is the seed's (ВПР, 5 класс, the sum of
 * the mean marks in Russian and mathematics, a change within 0,1 is no change).
 */
interface DynamicsMonitoring {
  assessment: 'vpr';
  metric: 'sum-of-average-scores';
  subjects: readonly string[];
  grade: number;
  policy: DynamicsPolicy;
}

const monitorings: Readonly<Record<string, DynamicsMonitoring>> = {
  ctood: {
    assessment: 'vpr',
    metric: 'sum-of-average-scores',
    subjects: ctoodSubjects,
    grade: 5,
    policy: ctoodDynamicsPolicy,
  },
};

const reportKinds = ['information', 'analytical'] as const;
type ReportKind = (typeof reportKinds)[number];

interface Gathered {
  municipality: { id: string; name: string };
  monitoring: DynamicsMonitoring;
  schools: School[];
  results: AssessmentResult[];
}

/** The municipality a person asks about: the methodologist's own; the operator names one. */
function municipalityOf(c: Context<AppEnv>): string {
  const user = requireUser(c);
  if (user.role === 'school') {
    throw forbidden(
      'Динамику результатов школ муниципалитета видят методист и региональный оператор.',
      'The dynamics are for the methodologist and the operator.',
    );
  }
  if (user.role === 'methodologist') return user.municipalityId!;
  const asked = c.req.query('municipalityId');
  if (!asked) {
    throw new ApiError(
      422,
      'invalid',
      'Параметр «municipalityId»: укажите муниципалитет.',
      'Parameter "municipalityId" is required.',
      { issues: [{ path: 'municipalityId', message: 'Укажите муниципалитет.' }] },
    );
  }
  return asked;
}

async function gather(db: Queryable, municipalityId: string): Promise<Gathered> {
  const [municipality] = await db.query<{ id: string; name: string }>(
    'select id, name from municipalities where id = $1',
    [municipalityId],
  );
  if (!municipality) throw notFound({ ru: 'Муниципалитет', en: 'Municipality' });
  const monitoring = monitorings[municipality.id];
  if (!monitoring) {
    throw new ApiError(
      404,
      'no-dynamics',
      `Для муниципалитета «${municipality.name}» мониторинг динамики результатов не настроен.`,
      'No dynamics monitoring for this municipality.',
    );
  }
  const schools = await db.query<{ id: string; name: string; categories: School['categories'] }>(
    'select id, name, categories from schools where municipality_id = $1 order by id',
    [municipality.id],
  );
  const ids = new Set(schools.map((school) => school.id));
  // Every import of the region's results, in order; only the municipality's schools are read.
  const imports = await db.query<{ results: AssessmentResult[] }>(
    'select results from result_imports order by id',
  );
  const results = imports.flatMap((row) => row.results).filter((result) => ids.has(result.schoolId));
  return {
    municipality,
    monitoring,
    schools: schools.map((school) => ({ id: school.id, name: school.name, categories: school.categories })),
    results,
  };
}

function reportOf(data: Gathered, kind: ReportKind): AnalyticalReport {
  const input = { results: data.results, schools: data.schools, policy: data.monitoring.policy };
  return kind === 'analytical' ? ctoodAnalyticalReport2019(input) : ctoodInformationReport2019(input);
}

function kindOf(c: Context<AppEnv>): ReportKind {
  const kind = c.req.query('kind') ?? 'information';
  if ((reportKinds as readonly string[]).includes(kind)) return kind as ReportKind;
  throw new ApiError(
    422,
    'invalid',
    `Параметр «kind»: ожидается «information» или «analytical», получено «${kind}».`,
    'Parameter "kind" must be "information" or "analytical".',
    { issues: [{ path: 'kind', message: 'Ожидается «information» или «analytical».' }] },
  );
}

export const dynamicsRoutes = new Hono<AppEnv>()
  /**
   * The municipality's low-results schools, their series read from the stored results, the core's
   * verdicts and the findings sentence as the information справка words it.
   */
  .get('/', async (c) => {
    const data = await gather(c.get('db'), municipalityOf(c));
    const { monitoring } = data;
    const lowResults = data.schools.filter((school) => school.categories?.includes('low-results'));
    const read = seriesFromResults(data.results, {
      assessment: monitoring.assessment,
      metric: monitoring.metric,
      subjects: monitoring.subjects,
      grade: monitoring.grade,
      schools: lowResults,
      locale: 'ru',
    });
    const result = ctoodDynamics2019({
      results: data.results,
      schools: data.schools,
      policy: monitoring.policy,
    });
    return c.json({
      municipality: data.municipality,
      assessment: monitoring.assessment,
      metric: monitoring.metric,
      subjects: monitoring.subjects,
      grade: monitoring.grade,
      policy: monitoring.policy,
      schools: lowResults,
      series: read.series,
      result,
      findings: dynamicsFindings(result),
    });
  })
  .get('/report', async (c) => {
    const kind = kindOf(c);
    const data = await gather(c.get('db'), municipalityOf(c));
    return c.json(reportOf(data, kind));
  })
  .get('/report.docx', async (c) => {
    const kind = kindOf(c);
    const report = reportOf(await gather(c.get('db'), municipalityOf(c)), kind);
    const bytes = await reportToDocx(report, { locale: 'ru' });
    c.header('Content-Type', docxMimeType);
    c.header(
      'Content-Disposition',
      `attachment; filename="spravka.docx"; filename*=UTF-8''${encodeURIComponent(reportFileName(report, 'docx'))}`,
    );
    return c.body(bytes);
  });
