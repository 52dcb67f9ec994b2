import { catalogueLookup, type RegionCatalogue, type Registry } from '@shnro/core';
import { nothing, type TemplateResult } from 'lit';
import type { WidgetLocale } from '../shared/localize.js';
import type { IdentificationController } from './identification-controller.js';
import { renderIdentification, type IdentificationTerm } from './identification-view.js';

/** What the proposals block of `<shnro-school-registry>` reads from its element. */
export interface ProposalsHost {
  readonly decisions: IdentificationController;
  readonly registry: Registry | undefined;
  readonly catalogue: RegionCatalogue | undefined;
  readonly locale: WidgetLocale;
  readonly mayDecide: boolean;
  readonly term: (
    key: IdentificationTerm | 'decisionRefused' | 'identificationSummary',
    values?: Record<string, string | number>,
  ) => string;
  /** After a decision's form opens or closes, focus goes where the person works next. */
  readonly focusAfter: (schoolId: string, category: string, selector: string) => void;
}

/**
 * The identification proposals (предложения об отнесении к ШНОР/ШНСУ) with their decisions wired
 * to the element's controller: confirm, open a rejection, type its reason, reject, cancel; focus
 * follows each step.
 */
export function renderProposals(host: ProposalsHost): TemplateResult | typeof nothing {
  const { decisions, registry, term: t, focusAfter } = host;
  const identification = decisions.current();
  if (!identification || !registry) return nothing;
  return renderIdentification({
    identification,
    registry,
    lookup: catalogueLookup(host.catalogue),
    locale: host.locale,
    drafts: decisions.drafts,
    mayDecide: host.mayDecide,
    ...(decisions.refused ? { refused: t('decisionRefused') } : {}),
    term: t,
    summary: t('identificationSummary', {
      proposals: identification.proposals.length,
      evaluated: identification.schoolsEvaluated,
      year: identification.year,
    }),
    confirm: (proposal, category) => {
      decisions.decide(proposal, category, 'confirm');
      focusAfter(proposal.schoolId, category.category, 'button:not([disabled])');
    },
    openReject: (proposal, category) => {
      decisions.openReject(proposal, category);
      focusAfter(proposal.schoolId, category.category, 'textarea');
    },
    typeReason: (proposal, category, reason) => decisions.typeReason(proposal, category, reason),
    reject: (proposal, category) => {
      decisions.decide(proposal, category, 'reject');
      // Refused by the core (no reason): back in the reason; else on the category's buttons.
      focusAfter(proposal.schoolId, category.category, 'textarea, button:not([disabled])');
    },
    cancelReject: (proposal, category) => {
      decisions.cancelReject(proposal, category);
      focusAfter(proposal.schoolId, category.category, '[data-action="reject"]');
    },
  });
}
