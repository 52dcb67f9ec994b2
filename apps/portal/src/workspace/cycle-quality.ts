import { approvalStateLabels, type MonitoringCycle } from '@shnro/core';
import { getJson, send } from '../cabinet/api.js';
import type { PortalUser } from '../cabinet/api.js';
import { card, el } from './gate.js';

const statusText: Record<MonitoringCycle['status'], string> = {
  open: 'открыт, сбор данных не начат',
  collecting: 'идёт сбор данных',
  closed: 'закрыт',
};

const dateText = (date: string) => date.split('-').reverse().join('.');
const locked = new Set(['approved', 'accepted']);

/**
 * Сбор и закрытие цикла: the start of the collection (open → collecting), each unit's answers on the approval ladder (the methodologist approves,
 * returns with a comment, unlocks with a reason) and the closing of the cycle after its deadline,
 * with every unit approved or listed as an exception with a reason. The rules are the core's, applied
 * by the server (`/api/cycles/{id}/answers/{scope}/approval`, `/api/cycles/{id}/close`); the page
 * only shows what the server stored and its refusal in its words.
 */
export function cycleQualityCard(user: PortalUser, changed: () => Promise<void>) {
  const section = card('cycle-quality', 'Сбор данных и закрытие цикла');
  const summary = el('p', '', { id: 'cycle-quality-summary' });
  const table = el('table', '', { class: 'portal-table', id: 'cycle-units' });
  const closeForm = el('form', '', {
    id: 'cycle-close',
    class: 'portal-form',
    'aria-labelledby': 'cycle-close-title',
  });
  const note = el('p', '', { id: 'cycle-quality-note', role: 'status' });
  // open → collecting: a new cycle is set up first (year, stage, deadline); the schools' forms take
  // answers only once the methodologist starts the collection (the server refuses them before).
  const collect = el('button', 'Начать сбор данных', { type: 'button', id: 'cycle-collect' });
  collect.hidden = true;
  const start = el('p', '', { class: 'portal-actions' });
  start.append(collect);
  section.append(summary, start, table, closeForm, note);
  let cycleId = '';

  const act = async (scope: string, action: string, comment?: string) => {
    const answer = await send(
      'POST',
      `/cycles/${encodeURIComponent(cycleId)}/answers/${encodeURIComponent(scope)}/approval`,
      { action, ...(comment ? { comment } : {}) },
    );
    note.textContent = answer.ok ? 'Состояние ответов изменено.' : answer.message;
    if (answer.ok) await show(cycleId);
  };

  const unitRow = (cycle: MonitoringCycle, unit: MonitoringCycle['units'][number]) => {
    const scope = unit.level === 'municipality' ? 'municipality' : unit.unitId;
    const tr = el('tr', '', { 'data-unit': unit.unitId, 'data-state': unit.state });
    const excused = cycle.exceptions.find((entry) => entry.unitId === unit.unitId);
    tr.append(
      el('th', unit.name, { scope: 'row' }),
      el('td', approvalStateLabels[unit.state].ru),
      el('td', excused ? `исключение: ${excused.reason}` : ''),
    );
    const actions = el('td');
    if (user.role === 'methodologist' && cycle.status !== 'closed') {
      const comment = el('input', '', {
        name: 'comment',
        'aria-label': `Комментарий или причина: ${unit.name}`,
      });
      const button = (text: string, action: string, visible: boolean) => {
        if (!visible) return;
        const b = el('button', text, { type: 'button', 'aria-label': `${text}: ${unit.name}` });
        b.addEventListener('click', () => void act(scope, action, comment.value.trim()));
        actions.append(b, ' ');
      };
      button('Утвердить', 'approve', unit.state === 'submitted');
      button('Вернуть', 'return', unit.state === 'submitted' || unit.state === 'approved');
      button('Разблокировать', 'unlock', locked.has(unit.state));
      if (actions.childElementCount > 0) actions.append(comment);
    }
    tr.append(actions);
    return tr;
  };

  const drawClose = (cycle: MonitoringCycle) => {
    closeForm.replaceChildren();
    closeForm.hidden = user.role !== 'methodologist' || cycle.status === 'closed';
    if (closeForm.hidden) return;
    closeForm.append(el('h3', 'Закрыть цикл', { id: 'cycle-close-title' }));
    const open = cycle.units.filter((unit) => !locked.has(unit.state));
    closeForm.append(
      el(
        'p',
        open.length === 0
          ? 'Ответы всех участников утверждены.'
          : `Не утверждены ответы: ${open.length}. Цикл закрывается, когда каждый из них утверждён или указан как исключение с причиной.`,
      ),
    );
    if (open.length > 0) {
      const fieldset = el('fieldset');
      fieldset.append(el('legend', 'Исключения'));
      for (const unit of open) {
        const p = el('p', '', { 'data-unit': unit.unitId });
        const check = el('label');
        check.append(
          el('input', '', { type: 'checkbox', name: 'except', value: unit.unitId }),
          ` ${unit.name}`,
        );
        const reason = el('label', 'причина ');
        reason.append(el('input', '', { name: `reason-${unit.unitId}` }));
        p.append(check, ' ', reason);
        fieldset.append(p);
      }
      closeForm.append(fieldset);
    }
    const actions = el('p', '', { class: 'portal-actions' });
    actions.append(el('button', 'Закрыть цикл', { type: 'submit', id: 'cycle-close-submit' }));
    closeForm.append(actions);
  };

  collect.addEventListener('click', () => {
    void send('POST', `/cycles/${encodeURIComponent(cycleId)}/collect`, {}).then(async (answer) => {
      note.textContent = answer.ok ? 'Сбор данных начат: формы школ принимают ответы.' : answer.message;
      if (answer.ok) {
        await show(cycleId);
        await changed();
      }
    });
  });

  closeForm.addEventListener('submit', (event) => {
    event.preventDefault();
    const data = new FormData(closeForm);
    const exceptions = data.getAll('except').map((unitId) => ({
      unitId: String(unitId),
      reason: String(data.get(`reason-${String(unitId)}`) ?? ''),
    }));
    void send('POST', `/cycles/${encodeURIComponent(cycleId)}/close`, { exceptions }).then(async (answer) => {
      note.textContent = answer.ok ? 'Цикл закрыт.' : answer.message;
      if (answer.ok) {
        await show(cycleId);
        await changed();
      }
    });
  });

  async function show(id: string): Promise<void> {
    cycleId = id;
    const { cycle } = await getJson<{ cycle: MonitoringCycle }>(`/cycles/${encodeURIComponent(id)}/document`);
    summary.textContent = [
      `Состояние: ${statusText[cycle.status]}`,
      cycle.deadline ? `срок представления данных — ${dateText(cycle.deadline)}` : 'срок не установлен',
      ...(cycle.closedAt ? [`закрыт ${dateText(cycle.closedAt)}`] : []),
    ].join('; ');
    summary.setAttribute('data-status', cycle.status);
    collect.hidden = user.role !== 'methodologist' || cycle.status !== 'open';
    start.hidden = collect.hidden;
    const head = el('thead');
    const headRow = el('tr');
    for (const title of ['Участник', 'Ответы', 'Исключение', 'Действия'])
      headRow.append(el('th', title, { scope: 'col' }));
    head.append(headRow);
    const tbody = el('tbody');
    tbody.append(...cycle.units.map((unit) => unitRow(cycle, unit)));
    table.replaceChildren(head, tbody);
    drawClose(cycle);
  }

  return { section, show, clearNote: () => (note.textContent = '') };
}
