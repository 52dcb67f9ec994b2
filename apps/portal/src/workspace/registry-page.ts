import type { CategoryProposal, Identification, ImportFile, Registry } from '@shnro/core';
import '@shnro/widgets/school-registry/define.js';
import type { ShnroSchoolRegistry } from '@shnro/widgets/school-registry/define.js';
import { getJson, send } from '../cabinet/api.js';
import { card, el, fileAsBase64, type Workspace } from './gate.js';

interface ImportAnswer {
  diff: {
    added: { id: string; name: string }[];
    changed: { id: string; name: string; fields: string[] }[];
    removed: { id: string; name: string }[];
    unchanged: number;
    withoutMunicipality: { id: string; name: string }[];
  };
  problems: { severity: string; message: string }[];
  results?: number;
}

interface Proposal {
  schoolId: string;
  schoolName: string;
  category: string;
  year: number;
  methodologyId: string;
  status: 'proposed' | 'confirmed' | 'rejected';
  decision: { reason?: string; by?: string } | null;
  revision: number;
  /** The core's proposal as the server keeps it (its status and decision are the columns above). */
  proposal: CategoryProposal;
}

/** An upload form: a file and the buttons that send it (dry run first, when offered). */
function uploadForm(id: string, label: string, buttons: [string, boolean][]): HTMLFormElement {
  const form = el('form', '', { id, class: 'portal-form' });
  const field = el('label', `${label} `);
  field.append(el('input', '', { type: 'file', name: 'file', accept: '.csv,.xlsx,.xls', required: '' }));
  const actions = el('p', '', { class: 'portal-actions' });
  for (const [text, dryRun] of buttons) {
    actions.append(el('button', text, { type: 'submit', 'data-dry-run': String(dryRun) }));
  }
  form.append(el('p'), actions);
  form.firstElementChild!.append(field);
  return form;
}

function list(title: string, items: string[]): HTMLElement {
  const box = el('div');
  box.append(el('h3', `${title}: ${items.length}`));
  if (items.length > 0) {
    const ul = el('ul');
    ul.append(...items.map((item) => el('li', item)));
    box.append(ul);
  }
  return box;
}

/** What an import changed or would change, and every problem of the file. */
function renderImport(output: HTMLElement, answer: ImportAnswer, dryRun: boolean): void {
  const { diff } = answer;
  output.replaceChildren(
    el('p', dryRun ? 'Так изменится реестр (ничего не записано):' : 'Реестр загружен.', { role: 'status' }),
    list(
      'Добавлено школ',
      diff.added.map((s) => s.name),
    ),
    list(
      'Изменено',
      diff.changed.map((s) => `${s.name} (${s.fields.join(', ')})`),
    ),
    list(
      'Нет в новом файле (оставлены в портале)',
      diff.removed.map((s) => s.name),
    ),
    el('p', `Без изменений: ${diff.unchanged}.`),
  );
  if (diff.withoutMunicipality.length > 0) {
    output.append(
      list(
        'Без муниципалитета (не загружены)',
        diff.withoutMunicipality.map((s) => s.name),
      ),
    );
  }
  output.append(
    list(
      'Замечания к файлу',
      answer.problems.map((p) => p.message),
    ),
  );
}

/** A file the element opened, as the server reads it, and what the server said of it so far. */
interface OpenedFile {
  file: File;
  /** The server's dry run: undefined while it runs, else whether it accepts the file and why not. */
  verdict?: { ok: true } | { ok: false; message: string };
}

const refusal = (output: HTMLElement, message: string) =>
  output.replaceChildren(el('p', message, { role: 'alert' }));

/**
 * `<shnro-school-registry>` wired to the portal's server. The person opens the file in the element
 * (mapping, preview, problems, diff); the server reads the same file at once without writing
 * (`dryRun`), its diff against what the portal keeps shown under the element; the element's import
 * sends the file for real. The event must be cancelled synchronously while the server answers
 * later: so a file the server refused on the dry run (or has not answered for yet) cancels it, and
 * the element says so and keeps the file; a refusal of the real import gives the element back its
 * registry and the file.
 */
function wireRegistryElement(
  element: ShnroSchoolRegistry,
  output: HTMLElement,
  afterImport: () => Promise<void>,
): void {
  let opened: OpenedFile | undefined;
  // The import event carries the registry, not the bytes: every way into the element (drop,
  // picker, a page's `openFile`) goes through `openFile`, so the file is taken there for the server.
  const read = element.openFile.bind(element);
  element.openFile = async (input: File | ImportFile) => {
    const file = input instanceof File ? input : new File([input.data as BlobPart], input.name);
    const current: OpenedFile = { file };
    opened = current;
    output.replaceChildren(el('p', `Сервер портала проверяет файл «${file.name}»…`, { role: 'status' }));
    void fileAsBase64(file)
      .then((content) =>
        send<ImportAnswer>('POST', '/registry/imports', { fileName: file.name, content, dryRun: true }),
      )
      .then((answer) => {
        if (opened !== current) return; // another file was opened meanwhile
        current.verdict = answer.ok ? { ok: true } : { ok: false, message: answer.message };
        if (answer.ok) renderImport(output, answer.body, true);
        else refusal(output, answer.message);
      });
    return read(input);
  };
  element.addEventListener('shnro-registry-import', (event) => {
    const current = opened;
    const verdict = current?.verdict;
    if (!current || !verdict?.ok) {
      event.preventDefault();
      refusal(
        output,
        verdict && !verdict.ok
          ? `Сервер портала не принял файл: ${verdict.message}`
          : 'Сервер портала ещё проверяет файл: повторите загрузку через несколько секунд.',
      );
      return;
    }
    const before = element.registry;
    opened = undefined;
    void fileAsBase64(current.file)
      .then((content) =>
        send<ImportAnswer>('POST', '/registry/imports', {
          fileName: current.file.name,
          content,
          dryRun: false,
        }),
      )
      .then(async (answer) => {
        if (answer.ok) {
          renderImport(output, answer.body, false);
          await afterImport();
          return;
        }
        // The element took the import before the server answered: it gets its registry and the
        // file back (already checked by the server, so the person may try again).
        element.registry = before;
        opened = current;
        await read(current.file);
        refusal(output, `Сервер портала не принял реестр: ${answer.message}`);
      });
  });
}

async function mountOperator(body: HTMLElement): Promise<void> {
  const registry = card('registry', 'Реестр школ региона');
  const registryElement = el('shnro-school-registry', '', { id: 'registry-element' });
  const registryOut = el('div', '', { id: 'registry-result', 'aria-live': 'polite' });
  registryOut.append(
    el('p', 'Откройте файл реестра: сервер портала покажет, что он изменит, ничего не записывая.'),
  );
  const demo = el('p', 'Демонстрационные файлы региона: ');
  for (const [href, text] of [
    ['/demo/registry-2023.csv', 'реестр на 01.09.2023'],
    ['/demo/results-2022-2023.csv', 'результаты ВПР 2021/2022–2022/2023'],
    ['/demo/teachers-2023.csv', 'педагоги школ реестра (после реестра)'],
  ] as const) {
    demo.append(el('a', text, { href, download: '' }), ' ');
  }
  registry.append(
    demo,
    registryElement,
    el('h3', 'Что изменится в реестре портала', { id: 'registry-server-title' }),
    registryOut,
  );

  const results = card('results', 'Результаты оценочных процедур');
  const resultsForm = uploadForm('results-form', 'Файл результатов (CSV или XLSX)', [
    ['Загрузить результаты', false],
  ]);
  const resultsOut = el('p', '', { id: 'results-result', role: 'status' });
  results.append(resultsForm, resultsOut);

  const identify = card('identify', 'Определение школ с низкими результатами');
  const run = el('button', 'Определить школы по методике региона', { type: 'button', id: 'identify-run' });
  const runOut = el('p', '', { id: 'identify-result', role: 'status' });
  identify.append(
    el(
      'p',
      'Методика применяется к загруженным реестру и результатам; решение по каждой школе принимает методист муниципалитета.',
    ),
    run,
    runOut,
  );

  // The portal's schools as its server keeps them, redrawn after each import.
  const schools = card('registry-schools', 'Школы в реестре');
  const table = el('table', '', { class: 'portal-table', id: 'schools-table' });
  schools.append(table);
  const drawSchools = async () => {
    const { schools: rows } = await getJson<{
      schools: { id: string; name: string; municipalityId: string; categories: string[] }[];
    }>('/schools');
    const head = el('thead');
    const headRow = el('tr');
    headRow.append(
      el('th', 'Школа', { scope: 'col' }),
      el('th', 'Муниципалитет', { scope: 'col' }),
      el('th', 'Категории', { scope: 'col' }),
    );
    head.append(headRow);
    const tbody = el('tbody');
    for (const row of rows) {
      const tr = el('tr', '', { 'data-school': row.id });
      tr.append(el('td', row.name), el('td', row.municipalityId), el('td', row.categories.join(', ')));
      tbody.append(tr);
    }
    table.replaceChildren(head, tbody);
    schools.querySelector('h2')!.textContent = `Школы в реестре: ${rows.length}`;
  };

  const upload = (
    form: HTMLFormElement,
    path: string,
    after: (answer: ImportAnswer, dryRun: boolean) => void,
    fail: (m: string) => void,
  ) =>
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      const dryRun = (event as SubmitEvent).submitter?.getAttribute('data-dry-run') === 'true';
      const file = (form.elements.namedItem('file') as HTMLInputElement).files?.[0];
      if (!file) return;
      void fileAsBase64(file).then(async (content) => {
        const answer = await send<ImportAnswer>('POST', path, { fileName: file.name, content, dryRun });
        if (!answer.ok) return fail(answer.message);
        after(answer.body, dryRun);
        if (!dryRun) await drawSchools();
      });
    });
  wireRegistryElement(registryElement, registryOut, drawSchools);
  upload(
    resultsForm,
    '/results/imports',
    (answer) => {
      resultsOut.textContent = `Загружено результатов: ${answer.results ?? 0}; замечаний к файлу: ${answer.problems.length}.`;
    },
    (m) => (resultsOut.textContent = m),
  );
  run.addEventListener('click', () => {
    void send<{ proposed: number; schoolsEvaluated: number; year: number }>(
      'POST',
      '/identification/runs',
      {},
    ).then((answer) => {
      runOut.textContent = answer.ok
        ? `Проверено школ: ${answer.body.schoolsEvaluated}; предложений: ${answer.body.proposed} (${answer.body.year} г.). Их рассматривают методисты муниципалитетов.`
        : answer.message;
    });
  });
  body.append(registry, results, identify, schools);
  // The element starts from the registry the portal keeps (the region's records, as the server
  // scopes them), so opening a file shows what it changes against the stored one.
  const [stored] = await Promise.all([getJson<Registry>('/registry'), drawSchools()]);
  // A region with no imported school has no registry yet: the element says «Реестр пуст».
  if (stored.schools.length > 0) registryElement.registry = stored;
}

/** The server's proposals as the core's identification, each with its stored status and decision. */
function identificationOf(proposals: Proposal[], registry: Registry): Identification | undefined {
  const first = proposals[0];
  if (!first) return undefined;
  const bySchool = new Map<string, Identification['proposals'][number]>();
  for (const p of proposals) {
    const school = bySchool.get(p.schoolId) ?? {
      schoolId: p.schoolId,
      schoolName: p.schoolName,
      categories: [],
      outcomes: [],
    };
    const decision = p.decision && p.status !== 'proposed' ? { ...p.decision } : undefined;
    school.categories.push({
      ...p.proposal,
      status: p.status,
      ...(decision
        ? {
            decision: {
              schoolId: p.schoolId,
              category: p.category,
              decision: p.status === 'confirmed' ? 'confirm' : 'reject',
              ...decision,
            },
          }
        : {}),
    } as CategoryProposal);
    bySchool.set(p.schoolId, school);
  }
  return {
    methodologyId: first.methodologyId,
    year: first.year,
    schoolsEvaluated: registry.schools.length,
    proposals: [...bySchool.values()],
  };
}

/**
 * The registry and the proposals of the person's reach: `<shnro-school-registry>` with the
 * registry and proposals as the server scopes them, the one place where the methodologist confirms
 * or rejects a proposal with a reason (`access="review"`; a school sees its own, `access="view"`);
 * no file, mapping or import (the server refuses an import from them as well). A decision taken in
 * the element is sent to the server; what the server keeps is then shown again, so a refusal puts
 * the proposal back and says why.
 */
async function mountReview(body: HTMLElement, user: Workspace['user'], mayDecide: boolean): Promise<void> {
  const section = card('registry', mayDecide ? 'Реестр школ муниципалитета' : 'Реестр и предложения');
  const element = el('shnro-school-registry', '', {
    id: 'registry-element',
    access: mayDecide ? 'review' : 'view',
    'decided-by': user.displayName,
  });
  const note = el('p', '', { id: 'registry-note', role: 'status' });
  section.append(element, note);
  body.append(section);
  const registry = await getJson<Registry>('/registry');
  const load = async () => {
    const { proposals } = await getJson<{ proposals: Proposal[] }>('/identification/proposals');
    const identification = identificationOf(proposals, registry);
    element.decisions = [];
    if (identification) element.identification = identification;
    else note.textContent = 'Предложений по определению школ пока нет.';
    return proposals;
  };
  element.registry = registry;
  let proposals = await load();
  element.addEventListener('shnro-identification-decision', (event) => {
    const { decision } = event.detail;
    const stored = proposals.find(
      (p) => p.schoolId === decision.schoolId && p.category === decision.category,
    );
    if (!stored) return;
    void send(
      'POST',
      `/identification/proposals/${encodeURIComponent(decision.schoolId)}/${encodeURIComponent(decision.category)}/decision`,
      {
        year: stored.year,
        methodologyId: stored.methodologyId,
        baseRevision: stored.revision,
        decision:
          decision.decision === 'reject'
            ? { decision: 'reject', reason: decision.reason }
            : { decision: 'confirm' },
      },
    ).then(async (answer) => {
      note.textContent = answer.ok
        ? `${stored.schoolName}: ${decision.decision === 'confirm' ? 'подтверждено' : 'отклонено'}.`
        : `Сервер портала не принял решение: ${answer.message}`;
      proposals = await load();
    });
  });
}

/** Реестр и определение ОО: the operator imports and runs identification, the methodologist decides in the element, the school sees its own. */
export async function mountRegistryPage({ user, body }: Workspace): Promise<void> {
  if (user.role === 'operator') await mountOperator(body);
  else await mountReview(body, user, user.role === 'methodologist');
}
