import {
  assignmentKindLabels,
  createAssignment,
  createIomItem,
  iomItemKindLabels,
  iomItemKinds,
  iomSchema,
  parseOrExplain,
  type Assignment,
  type AssignmentKind,
  type Iom,
  type School,
} from '@shnro/core';
import { ShnroOutboxChangeEvent } from '@shnro/widgets/outbox.js';
import { el, type Workspace } from './gate.js';

// The forms of the support page: a teacher's ИОМ and an assignment by order (mentor → school,
// tutor → teacher, curator school → school). Each document is made and checked by the core
// (`createIomItem` reads the deadline as typed, `createAssignment` the order's text); the server
// checks it again by the same schema and by the person's reach. The person sees the core's
// problems in place, in Russian, before anything is sent.

type Field = HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement;

function formWith(id: string, title: string) {
  const form = el('form', '', { id, class: 'portal-form', 'aria-labelledby': `${id}-title`, novalidate: '' });
  form.append(el('h3', title, { id: `${id}-title` }));
  const field = <E extends Field>(label: string, control: E, into: HTMLElement = form): E => {
    const p = el('p');
    const l = el('label', `${label} `);
    l.append(control);
    p.append(l);
    into.append(p);
    return control;
  };
  const note = el('div', '', { id: `${id}-note`, role: 'status' });
  const finish = (button: string) => {
    const actions = el('p', '', { class: 'portal-actions' });
    actions.append(el('button', button, { type: 'submit' }));
    form.append(actions, note);
  };
  const problems = (messages: readonly string[]) => {
    const list = el('ul', '', { role: 'alert' });
    list.append(...messages.map((message) => el('li', message)));
    note.replaceChildren(list);
  };
  return { form, field, note, finish, problems };
}

const options = (select: HTMLSelectElement, entries: readonly (readonly [string, string])[]) => {
  select.append(...entries.map(([value, text]) => el('option', text, { value })));
  return select;
};

const text = (control: Field) => control.value.trim();

/** Tells when a queued item whose label starts with `prefix` reached the server. */
function whenSent(outbox: Workspace['outbox'], prefix: string, then: () => void): void {
  outbox.addEventListener(ShnroOutboxChangeEvent.eventName, (event) => {
    const items = (event as ShnroOutboxChangeEvent).items;
    if (items.some((item) => item.state === 'sent' && item.label.startsWith(prefix))) then();
  });
}

/**
 * A new ИОМ of a teacher: the route (teacher, title, period, who accompanies it, state) and its
 * first activity. It goes through the outbox (it survives being offline, is sent once and retried);
 * the methodologist names the school of the teacher, which the record's ref carries to the server.
 */
export function newIomForm(
  { user, outbox }: Pick<Workspace, 'user' | 'outbox'>,
  schools: readonly School[],
  stored: (id: string) => Promise<void>,
): HTMLFormElement {
  const { form, field, note, finish, problems } = formWith('iom-new', 'Новый ИОМ педагога');
  const school =
    user.role === 'methodologist'
      ? field(
          'Школа',
          options(
            el('select', '', { name: 'schoolId' }),
            schools.map((s) => [s.id, s.name] as const),
          ),
        )
      : undefined;
  const teacher = field('Код педагога', el('input', '', { name: 'teacherId', required: '' }));
  const title = field('Название маршрута', el('input', '', { name: 'title' }));
  const start = field('Начало', el('input', '', { name: 'start', type: 'date', required: '' }));
  const end = field('Окончание', el('input', '', { name: 'end', type: 'date', required: '' }));
  const supervisor = field('Сопровождает (тьютор, наставник)', el('input', '', { name: 'supervisor' }));
  const status = field(
    'Состояние',
    options(el('select', '', { name: 'status' }), [
      ['draft', 'составляется'],
      ['active', 'реализуется'],
    ]),
  );
  const activity = el('fieldset');
  activity.append(el('legend', 'Первое мероприятие'));
  form.append(activity);
  const kind = field(
    'Форма',
    options(
      el('select', '', { name: 'itemKind' }),
      iomItemKinds.map((k) => [k, iomItemKindLabels[k].ru] as const),
    ),
    activity,
  );
  const itemTitle = field('Содержание', el('input', '', { name: 'itemTitle' }), activity);
  const hours = field('Объём, ч', el('input', '', { name: 'hours', type: 'number', min: '1' }), activity);
  const provider = field('Организация', el('input', '', { name: 'provider' }), activity);
  const deadline = field(
    'Срок (как в документе)',
    el('input', '', { name: 'itemDeadline', placeholder: 'до 31 марта 2024 года' }),
    activity,
  );
  finish('Создать ИОМ');

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const period = { start: start.value, end: end.value };
    const id = `iom-${crypto.randomUUID()}`;
    // A deadline is read against the route's period: without both dates there is nothing to read it in.
    const items =
      text(itemTitle) && period.start && period.end
        ? [
            createIomItem(
              {
                id: 'i1',
                kind: kind.value as Iom['items'][number]['kind'],
                title: text(itemTitle),
                deficitIds: [],
                ...(text(hours) ? { hours: Number(hours.value) } : {}),
                ...(text(provider) ? { provider: text(provider) } : {}),
                ...(text(deadline) ? { deadline: text(deadline) } : {}),
              },
              { period },
            ),
          ]
        : [];
    const parsed = parseOrExplain(
      iomSchema,
      {
        id,
        teacherId: text(teacher),
        ...(text(title) ? { title: text(title) } : {}),
        period,
        status: status.value,
        ...(text(supervisor) ? { supervisor: text(supervisor) } : {}),
        items,
      },
      { locale: 'ru' },
    );
    // The core's messages name the field already («Поле «period.start»: …»).
    if (!parsed.ok) return problems(parsed.issues.map((issue) => issue.message));
    const iom = parsed.value;
    // The methodologist's names the teacher's school in the ref; the school team's is its own.
    void outbox
      .enqueue(
        {
          type: 'save',
          ref: { kind: 'record', collection: 'ioms', id, ...(school ? { schoolId: school.value } : {}) },
          document: iom,
        },
        { label: `Новый ИОМ: ${iom.title ?? iom.teacherId}` },
      )
      .then(() => {
        note.textContent = 'ИОМ поставлен в очередь отправки.';
        form.reset();
      });
  });
  whenSent(outbox, 'Новый ИОМ', () => void stored(''));
  return form;
}

/** Which kinds the form offers, and what each attaches: a person or a school, to a school or a teacher. */
const offered: readonly AssignmentKind[] = ['mentor', 'tutor', 'curator', 'curator-school', 'leader-school'];
const fromSchool = (kind: string) => kind === 'curator-school' || kind === 'leader-school';
const toTeacher = (kind: string) => kind === 'tutor';

/**
 * A new assignment by order (закрепление): a mentor or curator (a person) → a school, a tutor → a
 * teacher, a curator or leader school → a school; the period and the order as the document writes
 * it. The methodologist's; it goes through the outbox.
 */
export function newMentorshipForm(
  outbox: Workspace['outbox'],
  schools: readonly School[],
  stored: () => Promise<void>,
): HTMLFormElement {
  const { form, field, note, finish, problems } = formWith('mentorship-new', 'Новое закрепление');
  const schoolOptions = schools.map((s) => [s.id, s.name] as const);
  const kind = field(
    'Вид',
    options(
      el('select', '', { name: 'kind' }),
      offered.map((k) => [k, assignmentKindLabels[k].ru] as const),
    ),
  );
  const personName = field('Кто закрепляется (ФИО)', el('input', '', { name: 'personName' }));
  const position = field('Должность', el('input', '', { name: 'position' }));
  const fromSchoolSelect = field(
    'Школа-куратор или школа-лидер',
    options(el('select', '', { name: 'fromSchool' }), schoolOptions),
  );
  const toSchool = field('За школой', options(el('select', '', { name: 'toSchool' }), schoolOptions));
  const teacherId = field('Код педагога', el('input', '', { name: 'teacherId' }));
  const teacherName = field('Педагог (ФИО)', el('input', '', { name: 'teacherName' }));
  const subjects = field('Предметы (через запятую)', el('input', '', { name: 'subjects' }));
  const start = field('С', el('input', '', { name: 'start', type: 'date', required: '' }));
  const end = field('По (пусто — до особого распоряжения)', el('input', '', { name: 'end', type: 'date' }));
  const order = field(
    'Приказ',
    el('input', '', { name: 'order', placeholder: 'приказ № 1699-осн от 30.12.2022' }),
  );
  finish('Оформить закрепление');

  const rows = (control: Field) => control.closest('p')!;
  const arrange = () => {
    const k = kind.value;
    rows(personName).hidden = fromSchool(k);
    rows(position).hidden = fromSchool(k);
    rows(fromSchoolSelect).hidden = !fromSchool(k);
    rows(toSchool).hidden = toTeacher(k);
    rows(teacherId).hidden = !toTeacher(k);
    rows(teacherName).hidden = !toTeacher(k);
    rows(subjects).hidden = !toTeacher(k);
  };
  kind.addEventListener('change', arrange);
  arrange();

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const k = kind.value;
    const school = (id: string) => ({
      kind: 'school',
      schoolId: id,
      name: schools.find((s) => s.id === id)?.name,
    });
    const input = {
      id: `assignment-${crypto.randomUUID()}`,
      kind: k,
      from: fromSchool(k)
        ? school(fromSchoolSelect.value)
        : { kind: 'person', name: text(personName), ...(text(position) ? { position: text(position) } : {}) },
      to: toTeacher(k)
        ? {
            kind: 'teacher',
            teacherId: text(teacherId),
            ...(text(teacherName) ? { name: text(teacherName) } : {}),
          }
        : school(toSchool.value),
      period: { start: start.value, ...(end.value ? { end: end.value } : {}) },
      ...(text(order) ? { order: text(order) } : {}),
      ...(toTeacher(k) && text(subjects)
        ? {
            subjects: text(subjects)
              .split(',')
              .map((s) => s.trim())
              .filter(Boolean),
          }
        : {}),
    };
    const made = createAssignment(input, { locale: 'ru' });
    if (!made.ok) return problems(made.issues.map((issue) => issue.message));
    const assignment: Assignment = made.value;
    void outbox
      .enqueue(
        {
          type: 'save',
          ref: { kind: 'record', collection: 'mentorships', id: assignment.id },
          document: assignment,
        },
        { label: `Новое закрепление: ${assignmentKindLabels[assignment.kind].ru}` },
      )
      .then(() => {
        note.textContent = 'Закрепление поставлено в очередь отправки.';
        form.reset();
        arrange();
      });
  });
  whenSent(outbox, 'Новое закрепление', () => void stored());
  return form;
}
