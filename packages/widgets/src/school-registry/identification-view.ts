import type {
  CatalogueLookup,
  CategoryProposal,
  DisplayLocale,
  Identification,
  Registry,
  SchoolProposal,
} from '@shnro/core';
import { html, nothing, type TemplateResult } from 'lit';

/** A reject form opened on one proposal: the reason typed so far and the message in place. */
export interface RejectDraft {
  reason: string;
  error?: string;
}

/** The key of one proposal: a school and a category. */
export const proposalKey = (schoolId: string, category: string) => `${schoolId}\u0000${category}`;

/** The messages the proposals view prints (a part of the element's catalogue). */
export type IdentificationTerm =
  | 'identificationHeading'
  | 'registryCategories'
  | 'none'
  | 'proposed'
  | 'alreadyAssigned'
  | 'criterionMet'
  | 'confirm'
  | 'reject'
  | 'rejectReason'
  | 'rejectSubmit'
  | 'cancel'
  | 'statusproposed'
  | 'statusconfirmed'
  | 'statusrejected'
  | 'rejectedBecause'
  | 'noProposals';

/** What the proposals view needs from the element. */
export interface IdentificationContext {
  identification: Identification;
  registry: Registry;
  lookup: CatalogueLookup;
  locale: DisplayLocale;
  drafts: ReadonlyMap<string, RejectDraft>;
  /** Whether the person may confirm and reject (the buttons and the reject form are shown). */
  mayDecide: boolean;
  /** A message in place when the host refused a decision. */
  refused?: string;
  term: (key: IdentificationTerm, values?: Record<string, string | number>) => string;
  summary: string;
  confirm: (proposal: SchoolProposal, category: CategoryProposal) => void;
  openReject: (proposal: SchoolProposal, category: CategoryProposal) => void;
  typeReason: (proposal: SchoolProposal, category: CategoryProposal, reason: string) => void;
  reject: (proposal: SchoolProposal, category: CategoryProposal) => void;
  cancelReject: (proposal: SchoolProposal, category: CategoryProposal) => void;
}

/**
 * Per school: its categories in the registry and each proposed category (from the core's
 * `identifySchools`) with the criteria met, their figures and notes, its state, and the buttons to
 * confirm or reject it with a reason.
 */
export function renderIdentification(context: IdentificationContext): TemplateResult {
  const { identification, term } = context;
  return html`<section part="identification" aria-labelledby="identification-heading">
    <h3 id="identification-heading">${term('identificationHeading')}</h3>
    <p>${context.summary}</p>
    ${context.refused ? html`<p role="alert" part="remark">${context.refused}</p>` : nothing}
    ${
      identification.proposals.length === 0
        ? html`<p class="empty">${term('noProposals')}</p>`
        : identification.proposals.map((proposal) => renderSchool(context, proposal))
    }
  </section>`;
}

function renderSchool(context: IdentificationContext, proposal: SchoolProposal): TemplateResult {
  const { lookup, locale, term } = context;
  const school = context.registry.schools.find((entry) => entry.id === proposal.schoolId);
  const categories = (school?.categories ?? []).map((id) => {
    const label = lookup.categoryLabel(id);
    return label[locale] ?? label.ru;
  });
  return html`<article
    part="proposal"
    data-school=${proposal.schoolId}
    aria-labelledby="school-${proposal.schoolId}"
  >
    <h4 id="school-${proposal.schoolId}">${proposal.schoolName}</h4>
    <p class="categories">
      ${term('registryCategories')}: ${categories.length ? categories.join(', ') : term('none')}
    </p>
    ${proposal.categories.map((category) => renderCategory(context, proposal, category))}
  </article>`;
}

function renderCategory(
  context: IdentificationContext,
  proposal: SchoolProposal,
  category: CategoryProposal,
): TemplateResult {
  const { locale, term } = context;
  const key = proposalKey(proposal.schoolId, category.category);
  const draft = context.drafts.get(key);
  const id = `reason-${proposal.schoolId}-${category.category}`;
  const status = category.status;
  return html`<div class="category" data-category=${category.category}>
    <p>
      ${term('proposed')}: <strong>${category.label[locale] ?? category.label.ru}</strong>
      <span class="mark ${status === 'confirmed' ? 'success' : status === 'rejected' ? 'danger' : ''}"
        >${term(`status${status}`)}</span
      >
      ${category.alreadyAssigned ? html`<span class="muted">(${term('alreadyAssigned')})</span>` : nothing}
    </p>
    <ul class="criteria">
      ${category.criteria.map(
        (criterion) =>
          html`<li>
            ${criterion.label[locale] ?? criterion.label.ru} — ${term('criterionMet')}
            ${
              criterion.figures.length || criterion.notes.length
                ? html`<ul>
                    ${criterion.figures.map((figure) => html`<li class="figure">${figure.text[locale] ?? figure.text.ru}</li>`)}
                    ${criterion.notes.map((note) => html`<li class="note muted">${note[locale] ?? note.ru}</li>`)}
                  </ul>`
                : nothing
            }
          </li>`,
      )}
    </ul>
    ${
      status === 'rejected' && category.decision?.reason
        ? html`<p class="reason">${term('rejectedBecause', { reason: category.decision.reason })}</p>`
        : nothing
    }
    ${
      !context.mayDecide
        ? nothing
        : draft
          ? html`<div class="reject" part="reject-form">
              <label for=${id}>${term('rejectReason')}</label>
              <textarea
                id=${id}
                rows="2"
                .value=${draft.reason}
                aria-invalid=${draft.error ? 'true' : 'false'}
                aria-describedby=${draft.error ? `${id}-error` : nothing}
                @input=${(event: Event) =>
                  context.typeReason(proposal, category, (event.target as HTMLTextAreaElement).value)}
              ></textarea>
              ${draft.error ? html`<p id="${id}-error" class="error" role="alert">${draft.error}</p>` : nothing}
              <div class="actions">
                <button
                  type="button"
                  data-action="reject-submit"
                  @click=${() => context.reject(proposal, category)}
                >
                  ${term('rejectSubmit')}
                </button>
                <button
                  type="button"
                  data-action="cancel"
                  @click=${() => context.cancelReject(proposal, category)}
                >
                  ${term('cancel')}
                </button>
              </div>
            </div>`
          : html`<div class="actions">
              <button
                type="button"
                data-action="confirm"
                ?disabled=${status === 'confirmed'}
                @click=${() => context.confirm(proposal, category)}
              >
                ${term('confirm')}
              </button>
              <button
                type="button"
                data-action="reject"
                @click=${() => context.openReject(proposal, category)}
              >
                ${term('reject')}
              </button>
            </div>`
    }
  </div>`;
}

/**
 * Focuses `selector` inside one proposed category (the reason when its form opens, its buttons
 * when it closes), so that keyboard use never loses its place in the list of proposals.
 */
export function focusInCategory(
  root: ParentNode,
  schoolId: string,
  category: string,
  selector: string,
): void {
  const box = [...root.querySelectorAll<HTMLElement>('[part="proposal"]')]
    .find((node) => node.dataset['school'] === schoolId)
    ?.querySelector<HTMLElement>(`.category[data-category="${CSS.escape(category)}"]`);
  box?.querySelector<HTMLElement>(selector)?.focus();
}
