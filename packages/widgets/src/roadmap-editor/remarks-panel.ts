import { isOpenRemark, openRemarks, type RoadmapRemark } from '@shnro/core';
import { html, nothing, type TemplateResult } from 'lit';
import type { PanelHandlers, PanelView } from './panels.js';
import { formatDay, remarkFormTemplate, reviewerRemarkTemplate, type Term } from './parts.js';

// The remarks around the sections: the reviewer's remarks at the top, the hidden review remarks below.

/**
 * The reviewer's remarks at the top: for the author every open one, prominently, with «Перейти»;
 * for the reviewer those with no place on screen (the roadmap as a whole, deleted activities).
 */
export function remarksPanelTemplate(
  view: PanelView,
  h: PanelHandlers,
  t: Term,
): TemplateResult | typeof nothing {
  const { roadmap, policy, locale } = view;
  // The ids on screen, gathered only when a remark asks (a roadmap without remarks skips the walk
  // over its thousand activities on every keystroke).
  let known: Set<string> | undefined;
  const has = (id: string) => {
    if (!known) {
      known = new Set<string>();
      for (const section of roadmap.sections) {
        known.add(section.id);
        for (const activity of section.activities) known.add(activity.id);
      }
    }
    return known.has(id);
  };
  const placed = (remark: RoadmapRemark) =>
    remark.target.activityId !== undefined
      ? has(remark.target.activityId)
      : remark.target.sectionId !== undefined && has(remark.target.sectionId);
  const list = roadmap.remarks.filter((remark) =>
    view.mode === 'author' ? isOpenRemark(remark) : !placed(remark),
  );
  if (list.length === 0 && !policy.remarks) return nothing;
  return html`<section class="remarks-panel" part="remarks-panel" aria-labelledby="remarks-heading">
    <h2 id="remarks-heading">
      ${t('remarksHeading')}
      <span class="count">${t('remarksOpen', { count: openRemarks(roadmap).length })}</span>
    </h2>
    ${
      list.length > 0
        ? html`<ul class="remarks-list">
            ${list.map(
              (remark) =>
                html`<li>
                  ${reviewerRemarkTemplate(
                    remark,
                    locale,
                    t,
                    policy.remarks ? { onResolve: () => h.resolve(remark.id) } : {},
                    view.placeLabel(remark),
                  )}
                  ${
                    placed(remark)
                      ? html`<button
                          type="button"
                          class="link"
                          part="button go-to"
                          @click=${() => h.goTo(remark.target)}
                        >
                          ${t('goTo')}
                        </button>`
                      : nothing
                  }
                </li>`,
            )}
          </ul>`
        : nothing
    }
    ${
      policy.remarks
        ? view.addingGeneralRemark
          ? remarkFormTemplate('general-remark', t('generalRemark'), t, h.addGeneralRemark, () =>
              h.toggleGeneralRemark(false),
            )
          : html`<button
              type="button"
              class="link"
              part="button add-remark"
              @click=${() => h.toggleGeneralRemark(true)}
            >
              ${t('generalRemark')}
            </button>`
        : nothing
    }
  </section>`;
}

/** The review remarks hidden with a reason; the reviewer sees them open, the author may bring them back. */
export function dismissedTemplate(
  view: PanelView,
  h: PanelHandlers,
  t: Term,
): TemplateResult | typeof nothing {
  const { hidden, locale } = view;
  if (hidden.length === 0) return nothing;
  return html`<details class="dismissed" part="dismissed" ?open=${view.mode === 'reviewer'}>
    <summary>${t('dismissedHeading', { count: hidden.length })}</summary>
    <ul>
      ${hidden.map(
        ({ remark, dismissal }) =>
          html`<li>
            <p>${remark.message[locale]}</p>
            <p class="hint">
              ${t('dismissedReason', { reason: dismissal.reason })}
              (${dismissal.by ? `${dismissal.by}, ` : ''}${formatDay(dismissal.date, locale)})
            </p>
            ${
              view.policy.dismiss
                ? html`<button
                    type="button"
                    class="link"
                    part="button restore"
                    @click=${() => h.restoreDismissal(dismissal)}
                  >
                    ${t('restore')}
                  </button>`
                : nothing
            }
          </li>`,
      )}
    </ul>
  </details>`;
}
