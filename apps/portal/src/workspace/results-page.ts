import type { AnalyticalReport, DynamicsPolicy, DynamicsResult, ResultSeries, School } from '@shnro/core';
import type { ShnroDynamicsChart } from '@shnro/widgets/dynamics-chart/define.js';
import '@shnro/widgets/dynamics-chart/define.js';
import { getJson } from '../cabinet/api.js';
import { card, el, type Workspace } from './gate.js';
import { reportPreview } from './report-preview.js';

/** What `GET /api/dynamics` answers: the server gathers the records, the core judges and words them. */
interface StoredDynamics {
  municipality: { id: string; name: string };
  assessment: 'vpr';
  metric: 'sum-of-average-scores';
  subjects: string[];
  grade: number;
  policy: DynamicsPolicy;
  schools: School[];
  series: ResultSeries[];
  result: DynamicsResult;
  findings: { years: number; text: string };
}

const reportKinds = [
  ['information', 'Информационная справка о работе со ШНОР'],
  ['analytical', 'Аналитическая справка о динамике результатов'],
] as const;

/**
 * Динамика по данным портала (seed 002): the low-results schools' results over the years as the
 * portal stores them (the region's imports of results), the chart and the verdicts by the
 * municipality's one dynamics policy, the sentence the справка says about them, and the справка
 * itself, built by the server from the same records, as HTML and DOCX.
 */
export async function mountResultsPage({ user, body }: Workspace): Promise<void> {
  if (user.role === 'school') {
    body.append(el('p', 'Динамику результатов школ муниципалитета видят методист и региональный оператор.'));
    return;
  }
  const note = el('p', '', { id: 'dynamics-note', role: 'status' });
  const query = el('p');
  const municipality = el('select', '', { id: 'dynamics-municipality', 'aria-label': 'Муниципалитет' });
  if (user.role === 'operator') {
    const { municipalities } = await getJson<{ municipalities: { id: string; name: string }[] }>(
      '/municipalities',
    );
    municipality.append(...municipalities.map((m) => el('option', m.name, { value: m.id })));
    municipality.value = municipalities.some((m) => m.id === 'ctood')
      ? 'ctood'
      : (municipalities[0]?.id ?? '');
    query.append(el('label', 'Муниципалитет ', { for: 'dynamics-municipality' }), municipality);
  }

  const chartCard = card('dynamics-schools', 'Динамика результатов школ');
  const lead = el('p', '', { id: 'dynamics-lead' });
  const chart = document.createElement('shnro-dynamics-chart') as ShnroDynamicsChart;
  chart.setAttribute('qualifier', 'ОО');
  chartCard.append(query, lead, chart);

  const findingsCard = card('dynamics-findings-card', 'Вывод для справки');
  const findings = el('p', '', { id: 'dynamics-findings' });
  findingsCard.append(
    el(
      'p',
      'Так справка называет итоги мониторинга: слова выбраны ядром по оценкам динамики, а не набраны вручную.',
    ),
    findings,
  );

  const reportCard = card('dynamics-report', 'Справка');
  const kind = el('select', '', { id: 'dynamics-report-kind', 'aria-label': 'Вид справки' });
  kind.append(...reportKinds.map(([value, label]) => el('option', label, { value })));
  const preview = reportPreview('dynamics-report', 'Справка о динамике');
  const { build, actions, frame } = preview;
  actions.prepend(kind, ' ');
  reportCard.append(
    el('p', 'Справку строит сервер из сохранённых результатов оценочных процедур.'),
    actions,
    frame,
  );
  body.append(note, chartCard, findingsCard, reportCard);

  const params = (extra: Record<string, string> = {}) => {
    const search = new URLSearchParams({
      ...(user.role === 'operator' ? { municipalityId: municipality.value } : {}),
      ...extra,
    }).toString();
    return search ? `?${search}` : '';
  };

  const draw = async () => {
    preview.hide();
    // The server's refusal (no monitoring of dynamics in this municipality) is shown in its words.
    const response = await fetch(`/api/dynamics${params()}`, { credentials: 'same-origin' });
    const answer = (await response.json()) as StoredDynamics | { error: { message: string } };
    if ('error' in answer) {
      note.textContent = answer.error.message;
      chartCard.hidden = findingsCard.hidden = reportCard.hidden = true;
      return;
    }
    const data = answer;
    note.textContent = '';
    chartCard.hidden = findingsCard.hidden = reportCard.hidden = false;
    lead.textContent = `${data.municipality.name} · ВПР, ${data.grade} класс, сумма средних отметок (${data.subjects.join(', ')}) · ${data.result.years.join('–')} · школ: ${data.schools.length}`;
    chart.schools = data.schools;
    chart.series = data.series;
    chart.options = {
      assessment: data.assessment,
      metric: data.metric,
      subjects: data.subjects,
      policy: data.policy,
      precision: 2,
      years: data.result.years,
    };
    findings.textContent = data.findings.text;
  };

  build.addEventListener('click', () => {
    const chosen = kind.value;
    void getJson<AnalyticalReport>(`/dynamics/report${params({ kind: chosen })}`).then(
      (report) => {
        preview.show(report, `/api/dynamics/report.docx${params({ kind: chosen })}`);
        note.textContent = 'Справка сформирована.';
      },
      (error: unknown) => (note.textContent = `Справку сформировать не удалось: ${String(error)}`),
    );
  });
  municipality.addEventListener('change', () => void draw());
  await draw();
}
