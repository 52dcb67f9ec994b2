import {
  activityFormLabels,
  findDirection,
  formatOrderReference,
  targetGroupLabels,
  type DirectionCatalogue,
  type Roadmap,
} from '@shnro/core';
import { html, nothing, type TemplateResult } from 'lit';
import type { WidgetLocale } from '../shared/localize.js';
import { activityNumber } from './activity-row.js';
import { describeTarget } from './activity-target.js';
import { formatDay, type Term } from './parts.js';

/**
 * The roadmap as the seeds print one: a header with the approving order, the school, the period,
 * then a table per section: № / Мероприятие / Форма / Прогнозируемый результат / Срок / Ответственный.
 * Deadlines are printed as written.
 */
export function printViewTemplate(
  roadmap: Roadmap,
  catalogue: DirectionCatalogue,
  locale: WidgetLocale,
  t: Term,
): TemplateResult {
  return html`<article class="print-view" part="print-view" aria-labelledby="print-title">
    <div class="print-approval">
      ${
        roadmap.approval
          ? html`<p>${t('printApproved')}</p>
              <p>
                ${formatOrderReference(roadmap.approval, locale, { withIssuer: true, case: 'instrumental' })}
              </p>`
          : html`<p>${t('printProject')}</p>`
      }
    </div>
    <h2 id="print-title" class="print-title">
      <span>${t('printTitle')}</span>
      <span class="print-subtitle">${roadmap.title}</span>
    </h2>
    <p class="print-school">${roadmap.school.name}</p>
    <p class="print-period">
      ${t('printPeriod', {
        start: formatDay(roadmap.period.start, locale),
        end: formatDay(roadmap.period.end, locale),
      })}
    </p>
    ${roadmap.sections.map((section, sectionIndex) => {
      const direction = findDirection(catalogue, section.directionId);
      const number = sectionIndex + 1;
      return html`<section class="print-section" aria-labelledby="print-section-${number}">
        <h3 id="print-section-${number}">
          ${number}. ${section.title || direction?.title[locale] || t('untitled')}
        </h3>
        <p class="print-meta">
          ${t('printGroup', { group: targetGroupLabels[section.targetGroup][locale] })}
          ${
            direction && direction.title[locale] !== section.title
              ? t('printDirection', { direction: direction.title[locale] })
              : nothing
          }
        </p>
        ${
          section.activities.length === 0
            ? html`<p>${t('printNoActivities')}</p>`
            : html`<table part="print-table">
                <thead>
                  <tr>
                    <th scope="col" class="print-number">${t('printNumber')}</th>
                    <th scope="col">${t('printActivity')}</th>
                    <th scope="col">${t('printForm')}</th>
                    <th scope="col">${t('printResult')}</th>
                    <th scope="col">${t('printDeadline')}</th>
                    <th scope="col">${t('printResponsible')}</th>
                  </tr>
                </thead>
                <tbody>
                  ${section.activities.map(
                    (activity, index) =>
                      html`<tr>
                        <td class="print-number">${activityNumber(number, index)}</td>
                        <td>
                          ${activity.activity}
                          ${
                            activity.problem
                              ? html`<span class="print-problem"
                                  >${t('printProblem', { text: activity.problem })}</span
                                >`
                              : nothing
                          }
                        </td>
                        <td>${activity.form ? activityFormLabels[activity.form][locale] : ''}</td>
                        <td>
                          ${activity.plannedResult ?? ''}
                          ${
                            activity.target
                              ? html`<span class="print-problem"
                                  >${describeTarget(activity.target, locale, t)}</span
                                >`
                              : nothing
                          }
                        </td>
                        <td>${activity.deadline?.text ?? ''}</td>
                        <td>${activity.responsible ?? ''}</td>
                      </tr>`,
                  )}
                </tbody>
              </table>`
        }
      </section>`;
    })}
  </article>`;
}

/** The print version with its own toolbar: print, or go back to the editor. */
export function printScreenTemplate(
  roadmap: Roadmap,
  catalogue: DirectionCatalogue,
  locale: WidgetLocale,
  t: Term,
  back: () => void,
): TemplateResult {
  return html`<div class="print-wrap">
    <div class="print-toolbar">
      <button type="button" part="button print" @click=${() => window.print()}>${t('print')}</button>
      <button type="button" part="button back" @click=${back}>${t('backToEditor')}</button>
    </div>
    ${printViewTemplate(roadmap, catalogue, locale, t)}
  </div>`;
}
