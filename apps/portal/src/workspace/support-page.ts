import type { Assignment, DecisionRecord, Iom, Roadmap, School } from '@shnro/core';
import type { DocumentRef } from '@shnro/widgets/data-source.js';
import type { ShnroDecisions } from '@shnro/widgets/decisions/define.js';
import '@shnro/widgets/decisions/define.js';
import type { ShnroIomTracker } from '@shnro/widgets/iom-tracker/define.js';
import '@shnro/widgets/iom-tracker/define.js';
import type { ShnroMentorshipMap } from '@shnro/widgets/mentorship-map/define.js';
import '@shnro/widgets/mentorship-map/define.js';
import { ShnroOutboxChangeEvent } from '@shnro/widgets/outbox.js';
import { getJson } from '../cabinet/api.js';
import { card, dataSource, el, type Workspace } from './gate.js';
import { newIomForm, newMentorshipForm } from './support-forms.js';

/**
 * Решения и сопровождение: recommendations and management decisions with their states (the
 * addressed school and the methodologist move them, through the outbox), the teachers' ИОМ and
 * the mentorship map of the municipality — every list read through the data source.
 */
export async function mountSupportPage({ user, outbox, body }: Workspace): Promise<void> {
  const decisionsCard = card('decisions-card', 'Рекомендации и управленческие решения');
  const decisions = document.createElement('shnro-decisions') as ShnroDecisions;
  decisions.editable = user.role !== 'operator';
  decisionsCard.append(decisions);

  const iomCard = card('iom-card', 'Индивидуальные образовательные маршруты педагогов');
  const tracker = document.createElement('shnro-iom-tracker') as ShnroIomTracker;
  iomCard.append(tracker);

  const mapCard = card('mentorship-card', 'Карта сопровождения школ');
  const map = document.createElement('shnro-mentorship-map') as ShnroMentorshipMap;
  mapCard.append(map);
  body.append(decisionsCard, iomCard, mapCard);

  const revisions = new Map<string, number>();
  const loadDecisions = async () => {
    const [stored, roadmaps] = await Promise.all([
      dataSource.list!<DecisionRecord>({ collection: 'decisions' }),
      dataSource.list!<Roadmap>({ collection: 'roadmaps' }),
    ]);
    for (const item of stored) revisions.set((item.ref as { id: string }).id, item.revision);
    decisions.roadmaps = roadmaps.map((item) => item.document);
    decisions.decisions = stored.map((item) => item.document);
    decisionsCard.querySelector('h2')!.textContent =
      `Рекомендации и управленческие решения: ${stored.length}`;
  };
  const empty = el('p', 'ИОМ педагогов в вашей зоне доступа пока нет.', { id: 'iom-empty' });
  const loadIoms = async (chosen?: string) => {
    const ioms = await dataSource.list!<Iom>({ collection: 'ioms' });
    tracker.ioms = ioms.map((item) => item.document);
    const shown = ioms.find((item) => item.document.id === chosen) ?? ioms.at(chosen === '' ? -1 : 0);
    if (shown) tracker.iom = shown.document;
    tracker.hidden = ioms.length === 0;
    empty.hidden = ioms.length > 0;
    iomCard.querySelector('h2')!.textContent =
      `Индивидуальные образовательные маршруты педагогов: ${ioms.length}`;
  };
  const loadAssignments = async () => {
    const assignments = await dataSource.list!<Assignment>({ collection: 'mentorships' });
    map.assignments = assignments.map((item) => item.document);
    mapCard.querySelector('h2')!.textContent = `Карта сопровождения школ: закреплений ${assignments.length}`;
  };
  iomCard.append(empty);
  const [{ schools }] = await Promise.all([
    getJson<{ schools: School[] }>('/schools'),
    loadIoms(),
    loadAssignments(),
    loadDecisions(),
  ]);
  map.schools = schools;
  // The school team keeps its teachers' routes; the methodologist may for its municipality's schools.
  if (user.role !== 'operator') iomCard.append(newIomForm({ user, outbox }, schools, loadIoms));
  if (user.role === 'methodologist') mapCard.append(newMentorshipForm(outbox, schools, loadAssignments));

  if (user.role === 'methodologist')
    decisionsCard.append(newDecisionForm(schools, outbox, () => void loadDecisions()));

  decisions.addEventListener('shnro-decision-status-change', (event) => {
    const decision = event.detail.decision;
    const ref: DocumentRef = { kind: 'record', collection: 'decisions', id: decision.id };
    const base = revisions.get(decision.id);
    void outbox.enqueue(
      { type: 'save', ref, document: decision },
      {
        label: `Решение ${decision.id}: ${decision.status}`,
        ...(base === undefined ? {} : { baseRevision: base }),
      },
    );
  });
  outbox.addEventListener(ShnroOutboxChangeEvent.eventName, (event) => {
    for (const item of (event as ShnroOutboxChangeEvent).items) {
      const ref = item.operation.ref;
      if (
        item.state === 'sent' &&
        item.stored &&
        ref.kind === 'record' &&
        revisions.get(ref.id) !== item.stored.revision
      ) {
        revisions.set(ref.id, item.stored.revision);
      }
    }
  });
}

/**
 * The methodologist records a recommendation or a management decision for the municipality's
 * latest cycle (so the cycle's справка carries it): the text, the addressee, the deadline as
 * written, who is responsible. It goes through the outbox; the core's schema checks it on the server.
 */
function newDecisionForm(
  schools: readonly School[],
  outbox: Workspace['outbox'],
  sentBack: () => void,
): HTMLFormElement {
  const form = el('form', '', {
    id: 'decision-new',
    class: 'portal-form',
    'aria-labelledby': 'decision-new-title',
  });
  form.append(el('h3', 'Новая рекомендация или решение', { id: 'decision-new-title' }));
  const field = <E extends HTMLElement>(label: string, control: E): E => {
    const p = el('p');
    const l = el('label', `${label} `);
    l.append(control);
    p.append(l);
    form.append(p);
    return control;
  };
  const kind = field('Вид', el('select', '', { name: 'kind' }));
  kind.append(
    el('option', 'управленческое решение', { value: 'management-decision' }),
    el('option', 'рекомендация', { value: 'recommendation' }),
  );
  const text = field('Текст', el('textarea', '', { name: 'text', rows: '3', required: '' }));
  const addressee = field('Адресат', el('select', '', { name: 'addressee' }));
  addressee.append(
    el('option', 'Методистам ММС', { value: '' }),
    ...schools.map((school) => el('option', school.name, { value: school.id })),
  );
  const deadline = field(
    'Срок (как в документе)',
    el('input', '', { name: 'deadline', placeholder: 'до 01.10.2023' }),
  );
  const responsible = field('Ответственный', el('input', '', { name: 'responsible' }));
  const actions = el('p', '', { class: 'portal-actions' });
  actions.append(el('button', 'Записать', { type: 'submit' }));
  const note = el('p', '', { id: 'decision-new-note', role: 'status' });
  form.append(actions, note);
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void getJson<{ cycles: { id: string; schoolYear: string }[] }>('/cycles').then(async ({ cycles }) => {
      const cycle = cycles.at(-1);
      const school = schools.find((s) => s.id === addressee.value);
      const id = `decision-${crypto.randomUUID()}`;
      const decision = {
        id,
        kind: kind.value,
        text: text.value.trim(),
        addressee: school
          ? { kind: 'school', schoolId: school.id, name: school.name }
          : { kind: 'methodological-service', name: 'Методистам ММС' },
        ...(deadline.value.trim() ? { deadline: deadline.value.trim() } : {}),
        ...(responsible.value.trim() ? { responsible: responsible.value.trim() } : {}),
        ...(cycle ? { cycleId: cycle.id } : {}),
      };
      await outbox.enqueue(
        { type: 'save', ref: { kind: 'record', collection: 'decisions', id }, document: decision },
        { label: `Новое решение: ${decision.text.slice(0, 40)}` },
      );
      note.textContent = 'Решение поставлено в очередь отправки.';
      form.reset();
    });
  });
  outbox.addEventListener(ShnroOutboxChangeEvent.eventName, (event) => {
    const items = (event as ShnroOutboxChangeEvent).items;
    if (items.some((item) => item.state === 'sent' && item.label.startsWith('Новое решение'))) sentBack();
  });
  return form;
}
