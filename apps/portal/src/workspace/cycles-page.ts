import {
  municipalMonitoringSet,
  registryToRecords,
  type AnalyticalReport,
  type CountsInput,
  type MonitoringCycle,
  type Registry,
} from '@shnro/core';
import type { ShnroCycleCompare } from '@shnro/widgets/cycle-compare/define.js';
import '@shnro/widgets/cycle-compare/define.js';
import type { DocumentRef } from '@shnro/widgets/data-source.js';
import type { ShnroIndicatorForm } from '@shnro/widgets/indicator-form/define.js';
import '@shnro/widgets/indicator-form/define.js';
import { ShnroOutboxChangeEvent } from '@shnro/widgets/outbox.js';
import type { ShnroScorecard } from '@shnro/widgets/scorecard/define.js';
import '@shnro/widgets/scorecard/define.js';
import { getJson, send } from '../cabinet/api.js';
import { cycleQualityCard } from './cycle-quality.js';
import { card, dataSource, el, type Workspace } from './gate.js';
import { reportPreview } from './report-preview.js';

interface CycleRow {
  id: string;
  municipalityId: string;
  schoolYear: string;
  status: string;
  /** «начальный мониторинг», «итоговый мониторинг» when a year has more than one (seed 003). */
  stage?: string;
}

const yearText = (year: string) => year.replace('-', '–');
const nextYear = (year: string) => `${Number(year.slice(0, 4)) + 1}-${Number(year.slice(5)) + 1}`;

/**
 * Циклы мониторинга и справка (seed 001): the methodologist types the municipality's counts for
 * a cycle, opens the next year's cycle, sees the scorecard and the comparison of the two, and
 * gets the справка built by the server from the stored data, as HTML and as DOCX.
 */
export async function mountCyclesPage({ user, outbox, body }: Workspace): Promise<void> {
  if (user.role === 'school') {
    body.append(
      el(
        'p',
        'Ответы своей школы команда вносит в личном кабинете; сводные данные цикла и справку видит методист муниципалитета.',
      ),
    );
    return;
  }
  const pick = card('cycles', 'Циклы мониторинга');
  const select = el('select', '', { id: 'cycle-select', 'aria-label': 'Цикл мониторинга' });
  const openNext = el('button', '', { type: 'button', id: 'cycle-open-next' });
  const note = el('p', '', { id: 'cycles-note', role: 'status' });
  pick.append(el('p', 'Учебный год: '), note);
  pick.querySelector('p')!.append(select, ' ', openNext);
  const openForm = openCycleForm();
  openForm.hidden = user.role !== 'methodologist';
  pick.append(openForm);

  const counts = card('municipal-counts', 'Муниципальные показатели');
  const form = document.createElement('shnro-indicator-form') as ShnroIndicatorForm;
  form.set = municipalMonitoringSet;
  form.setAttribute('draft-scope', user.login);
  counts.append(form);
  counts.hidden = user.role !== 'methodologist';

  const scoreCard = card('scorecard-card', 'Сводная таблица цикла');
  const scorecard = document.createElement('shnro-scorecard') as ShnroScorecard;
  scorecard.indicatorSet = municipalMonitoringSet;
  scoreCard.append(scorecard);

  // The same cycle by school: each school counted from the registry's records (its teachers), the
  // state of its own form in the cycle beside it. Shown once the region's registry is imported.
  const schoolsCard = card('school-scorecard-card', 'Сводная таблица по школам');
  const bySchool = document.createElement('shnro-scorecard') as ShnroScorecard;
  bySchool.id = 'school-scorecard';
  bySchool.indicatorSet = municipalMonitoringSet;
  schoolsCard.append(
    el(
      'p',
      'Показатели каждой школы посчитаны по реестру (школы и их педагоги); согласование и полнота — по форме школы в цикле.',
    ),
    bySchool,
  );
  schoolsCard.hidden = true;

  const compareCard = card('compare-card', 'Сравнение с предыдущим циклом');
  const compare = document.createElement('shnro-cycle-compare') as ShnroCycleCompare;
  compareCard.append(compare);

  const reportCard = card('report-card', 'Аналитическая справка по циклу');
  const preview = reportPreview('report', 'Справка');
  const { build, actions, frame } = preview;
  reportCard.append(
    el(
      'p',
      'Справку строит сервер из сохранённых ответов, решений и дорожных карт: цифры в ней не набираются вручную.',
    ),
    actions,
    frame,
  );
  const quality = cycleQualityCard(user, async () => {
    await loadCycles(current?.id);
  });
  body.append(pick, quality.section, counts, scoreCard, schoolsCard, compareCard, reportCard);

  let cycles: CycleRow[] = [];
  let current: CycleRow | undefined;
  const revisions = new Map<string, number>();

  const drawOverview = async () => {
    if (!current) return;
    const index = cycles.findIndex((c) => c.id === current!.id);
    const previous = cycles
      .slice(0, index)
      .reverse()
      .find((c) => c.municipalityId === current!.municipalityId);
    const [now, before] = await Promise.all([
      dataSource.load<MonitoringCycle>({ kind: 'cycle', id: current.id }),
      previous ? dataSource.load<MonitoringCycle>({ kind: 'cycle', id: previous.id }) : undefined,
    ]);
    if (!now) return;
    scorecard.cycles = [now.document];
    scorecard.previousCycles = before ? [before.document] : [];
    await drawSchools(now.document);
    compareCard.hidden = !before;
    if (before) {
      compare.previous = before.document;
      compare.current = now.document;
    }
  };

  const drawSchools = async (cycle: MonitoringCycle) => {
    // The server gives each person the registry of their reach; a failed read hides the card.
    const registry = await getJson<Registry>('/registry').catch(() => undefined);
    const records = registry && registryToRecords(registry, { municipalityId: cycle.territoryId });
    schoolsCard.hidden = !records || records.schools.length === 0;
    if (!records || schoolsCard.hidden) return;
    bySchool.cycles = [cycle];
    bySchool.records = {
      kind: 'records',
      schools: records.schools,
      ...(records.teachers ? { teachers: records.teachers } : {}),
    };
  };

  const choose = async (id: string) => {
    const again = current?.id === id;
    current = cycles.find((c) => c.id === id);
    if (!current) return;
    select.value = current.id;
    openNext.textContent = `Открыть цикл ${yearText(nextYear(current.schoolYear))}`;
    openNext.hidden =
      user.role !== 'methodologist' || cycles.some((c) => c.schoolYear === nextYear(current!.schoolYear));
    counts.querySelector('h2')!.textContent =
      `Муниципальные показатели за ${yearText(current.schoolYear)} учебный год`;
    preview.hide();
    // Redrawn after its own action (a close), the cycle keeps the server's answer on screen.
    if (!again) quality.clearNote();
    if (user.role === 'methodologist') {
      const ref: DocumentRef = { kind: 'monitoring', cycleId: current.id, scope: 'municipality' };
      const stored = await dataSource.load<CountsInput>(ref);
      if (stored) revisions.set(current.id, stored.revision);
      form.documentId = `${current.id}-municipality`;
      form.value = stored?.document ?? { kind: 'counts', answers: {} };
    }
    // After the form holds the cycle's answers: a person who sees the cycle's state may type.
    await quality.show(current.id);
    await drawOverview();
  };

  const loadCycles = async (preferred?: string) => {
    ({ cycles } = await getJson<{ cycles: CycleRow[] }>('/cycles'));
    select.replaceChildren(
      ...cycles.map((c) =>
        el('option', `${yearText(c.schoolYear)}${c.stage ? `, ${c.stage}` : ''} (${c.municipalityId})`, {
          value: c.id,
        }),
      ),
    );
    const chosen = preferred ?? cycles.at(-1)?.id;
    if (chosen) await choose(chosen);
    else note.textContent = 'Циклов мониторинга пока нет.';
  };

  select.addEventListener('change', () => void choose(select.value));
  openForm.addEventListener('submit', (event) => {
    event.preventDefault();
    const municipalityId = current?.municipalityId ?? user.municipalityId;
    if (!municipalityId) return;
    const data = new FormData(openForm);
    const text = (name: string) => String(data.get(name) ?? '').trim();
    void send<CycleRow>('POST', '/cycles', {
      municipalityId,
      schoolYear: text('schoolYear'),
      ...(text('stage') ? { stage: text('stage') } : {}),
      ...(text('deadline') ? { deadline: text('deadline') } : {}),
    }).then(async (answer) => {
      note.textContent = answer.ok
        ? `Открыт цикл ${yearText(answer.body.schoolYear)}${answer.body.stage ? ` (${answer.body.stage})` : ''}.`
        : answer.message;
      if (answer.ok) {
        openForm.reset();
        await loadCycles(answer.body.id);
      }
    });
  });
  openNext.addEventListener('click', () => {
    if (!current) return;
    void send<CycleRow>('POST', '/cycles', {
      municipalityId: current.municipalityId,
      schoolYear: nextYear(current.schoolYear),
    }).then(async (answer) => {
      note.textContent = answer.ok ? `Открыт цикл ${yearText(answer.body.schoolYear)}.` : answer.message;
      if (answer.ok) await loadCycles(answer.body.id);
    });
  });
  form.addEventListener('shnro-indicators-submit', (event) => {
    if (!current) return;
    const base = revisions.get(current.id);
    void outbox.enqueue(
      {
        type: 'submit',
        ref: { kind: 'monitoring', cycleId: current.id, scope: 'municipality' },
        document: event.detail.input,
      },
      {
        label: `Муниципальные показатели ${current.schoolYear}`,
        ...(base === undefined ? {} : { baseRevision: base }),
      },
    );
  });
  outbox.addEventListener(ShnroOutboxChangeEvent.eventName, (event) => {
    for (const item of (event as ShnroOutboxChangeEvent).items) {
      const ref = item.operation.ref;
      if (item.state === 'sent' && item.stored && ref.kind === 'monitoring' && ref.scope === 'municipality') {
        if (revisions.get(ref.cycleId) !== item.stored.revision) {
          revisions.set(ref.cycleId, item.stored.revision);
          if (ref.cycleId === current?.id) void drawOverview();
        }
      }
    }
  });
  build.addEventListener('click', () => {
    if (!current) return;
    const id = current.id;
    void getJson<AnalyticalReport>(`/cycles/${encodeURIComponent(id)}/report`).then(
      (report) => {
        preview.show(report, `/api/cycles/${encodeURIComponent(id)}/report.docx`);
        note.textContent = 'Справка сформирована.';
      },
      (error: unknown) => (note.textContent = `Справку сформировать не удалось: ${String(error)}`),
    );
  });
  await loadCycles();
}

/** A cycle of any year and stage, with its deadline (seed 003: начальный and итоговый in one year). */
function openCycleForm(): HTMLFormElement {
  const form = el('form', '', {
    id: 'cycle-open',
    class: 'portal-form',
    'aria-labelledby': 'cycle-open-title',
  });
  form.append(el('h3', 'Открыть цикл мониторинга', { id: 'cycle-open-title' }));
  const field = (label: string, attributes: Record<string, string>) => {
    const p = el('p');
    const l = el('label', `${label} `);
    l.append(el('input', '', attributes));
    p.append(l);
    form.append(p);
  };
  field('Учебный год', {
    name: 'schoolYear',
    required: '',
    pattern: '\\d{4}-\\d{4}',
    placeholder: '2022-2023',
  });
  field('Этап (если в году несколько мониторингов)', { name: 'stage', placeholder: 'итоговый мониторинг' });
  field('Срок представления данных', { name: 'deadline', type: 'date' });
  const actions = el('p', '', { class: 'portal-actions' });
  actions.append(el('button', 'Открыть цикл', { type: 'submit' }));
  form.append(actions);
  return form;
}
