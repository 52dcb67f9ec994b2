import {
  decideIdentification,
  identifySchools,
  type AssessmentResult,
  type CategoryProposal,
  type DisplayLocale,
  type Identification,
  type IdentificationDecision,
  type IdentificationMethodology,
  type Registry,
  type SchoolProposal,
} from '@shnro/core';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { ShnroIdentificationDecisionEvent } from '../events/school-registry.js';
import { proposalKey, type RejectDraft } from './identification-view.js';

/** What the identification decisions read from and write to the element that holds them. */
export interface IdentificationHost extends ReactiveControllerHost, EventTarget {
  registry?: Registry | undefined;
  identification?: Identification | undefined;
  methodology?: IdentificationMethodology | undefined;
  results?: readonly AssessmentResult[] | undefined;
  decisions?: readonly IdentificationDecision[] | undefined;
  decidedBy?: string | undefined;
}

/**
 * The identification decisions (решения по определению ОО) of an element: the proposals (given,
 * or worked out by the core's `identifySchools` once per registry, results and methodology), the
 * decisions taken applied by `decideIdentification`, the reject forms open with what was typed,
 * and a person's decision: checked by the core (a rejection needs a reason), then offered to the
 * page as a cancellable `shnro-identification-decision` and only then added to `decisions`.
 */
export class IdentificationController implements ReactiveController {
  /** The reject forms open, by `proposalKey`; a new map on each change (a `guard` sees it). */
  drafts: ReadonlyMap<string, RejectDraft> = new Map();
  /** The page cancelled the last decision. */
  refused = false;
  private proposals?: { key: unknown[]; identification: Identification };

  constructor(
    private readonly host: IdentificationHost,
    private readonly locale: () => DisplayLocale,
    /** The host's registry once checked (a malformed one is not identified). */
    private readonly registry: () => Registry | undefined = () => host.registry,
  ) {
    host.addController(this);
  }

  hostConnected(): void {}

  /** The proposals with every decision taken so far applied, or none when there is nothing to show. */
  current(): Identification | undefined {
    const { results, methodology } = this.host;
    const registry = this.registry();
    let base = this.host.identification;
    if (!base && methodology && results && registry) {
      const key = [registry, results, methodology];
      if (!this.proposals || this.proposals.key.some((value, index) => value !== key[index]))
        this.proposals = { key, identification: identifySchools(registry, results, methodology) };
      base = this.proposals.identification;
    }
    return base && decideIdentification(base, this.host.decisions ?? []).identification;
  }

  /** Confirms or rejects one proposed category; a rejection takes the reason typed in its form. */
  decide(proposal: SchoolProposal, category: CategoryProposal, decision: 'confirm' | 'reject'): void {
    const key = proposalKey(proposal.schoolId, category.category);
    const reason = this.drafts.get(key)?.reason.trim();
    const entry: IdentificationDecision = {
      schoolId: proposal.schoolId,
      category: category.category,
      decision,
    };
    if (decision === 'reject' && reason) entry.reason = reason;
    if (this.host.decidedBy) entry.by = this.host.decidedBy;
    const base = this.current();
    if (!base) return;
    const { identification, problems } = decideIdentification(base, [entry]);
    if (problems.length > 0) {
      // The core says why (a rejection needs a reason): in place, with what was typed kept.
      const message = problems[0]!.message;
      this.setDraft(key, { reason: reason ?? '', error: message[this.locale()] ?? message.ru });
      return;
    }
    this.refused = !this.host.dispatchEvent(
      new ShnroIdentificationDecisionEvent({ decision: entry, identification }),
    );
    if (this.refused) {
      this.host.requestUpdate();
      return;
    }
    this.host.decisions = [...(this.host.decisions ?? []), entry];
    this.setDraft(key, undefined);
  }

  /** Opens a reject form with nothing typed. */
  openReject(proposal: SchoolProposal, category: CategoryProposal): void {
    this.setDraft(proposalKey(proposal.schoolId, category.category), { reason: '' });
  }

  /** Keeps what is typed in a reject form (the message in place stays until the next try). */
  typeReason(proposal: SchoolProposal, category: CategoryProposal, reason: string): void {
    const key = proposalKey(proposal.schoolId, category.category);
    this.setDraft(key, { ...this.drafts.get(key), reason });
  }

  /** Closes a reject form. */
  cancelReject(proposal: SchoolProposal, category: CategoryProposal): void {
    this.setDraft(proposalKey(proposal.schoolId, category.category), undefined);
  }

  private setDraft(key: string, draft: RejectDraft | undefined): void {
    const drafts = new Map(this.drafts);
    if (draft) drafts.set(key, draft);
    else drafts.delete(key);
    this.drafts = drafts;
    this.host.requestUpdate();
  }
}
