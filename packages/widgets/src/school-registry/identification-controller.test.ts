import { exampleIdentificationMethodology, importRegistry, type IdentificationDecision } from '@shnro/core';
import type { ReactiveController } from 'lit';
import { beforeAll, describe, expect, it } from 'vitest';
import type { ShnroIdentificationDecisionEvent } from '../events/school-registry.js';
import { IdentificationController, type IdentificationHost } from './identification-controller.js';
import { csvFile, regionResults, registry2023Csv } from './test-support/region.js';

/** A host with no element: an event target that counts the updates it is asked for. */
class Host extends EventTarget implements IdentificationHost {
  updates = 0;
  decisions?: readonly IdentificationDecision[];
  decidedBy = 'Федорук М. Г.';
  registry?: IdentificationHost['registry'];
  methodology = exampleIdentificationMethodology;
  results = regionResults();
  readonly controllers: ReactiveController[] = [];
  addController(controller: ReactiveController): void {
    this.controllers.push(controller);
  }
  removeController(): void {}
  requestUpdate(): void {
    this.updates++;
  }
  get updateComplete(): Promise<boolean> {
    return Promise.resolve(true);
  }
}

describe('IdentificationController', () => {
  let registry: IdentificationHost['registry'];
  beforeAll(async () => {
    registry = (await importRegistry(csvFile(registry2023Csv, 'реестр.csv'))).registry;
  });

  const setup = () => {
    const host = new Host();
    host.registry = registry;
    const controller = new IdentificationController(host, () => 'ru');
    return { host, controller };
  };

  it('works the proposals out once per registry, results and methodology', () => {
    const { host, controller } = setup();
    expect(host.controllers).toEqual([controller]);
    const first = controller.current()!;
    expect(first.proposals.map((proposal) => proposal.schoolId)).toEqual([
      '2400045017',
      '2400045031',
      '2400045056',
    ]);
    expect(controller.current()!.proposals[0]!.categories[0]!.status).toBe('proposed');
    // New results are read again: without ВПР only the school with resource risks is proposed.
    host.results = [];
    expect(controller.current()!.proposals.map((proposal) => proposal.schoolId)).toEqual(['2400045031']);
  });

  it('confirms: the page hears it, the decision is kept and the proposal is confirmed', () => {
    const { host, controller } = setup();
    const heard: ShnroIdentificationDecisionEvent[] = [];
    host.addEventListener('shnro-identification-decision', (event) =>
      heard.push(event as ShnroIdentificationDecisionEvent),
    );
    const proposal = controller.current()!.proposals[0]!;
    controller.decide(proposal, proposal.categories[0]!, 'confirm');
    expect(heard[0]!.detail.decision).toEqual({
      schoolId: '2400045017',
      category: 'low-results',
      decision: 'confirm',
      by: 'Федорук М. Г.',
    });
    expect(host.decisions).toEqual([heard[0]!.detail.decision]);
    expect(controller.current()!.proposals[0]!.categories[0]!.status).toBe('confirmed');
  });

  it('a rejection needs a reason: the core’s message in the form, what was typed kept', () => {
    const { host, controller } = setup();
    const proposal = controller.current()!.proposals[2]!;
    const category = proposal.categories[0]!;
    controller.openReject(proposal, category);
    controller.decide(proposal, category, 'reject');
    const key = [...controller.drafts.keys()][0]!;
    expect(controller.drafts.get(key)).toEqual({
      reason: '',
      error: 'укажите причину, по которой предложение отклонено.',
    });
    expect(host.decisions).toBeUndefined();
    controller.typeReason(proposal, category, '  результаты перепроверяются ');
    controller.decide(proposal, category, 'reject');
    expect(host.decisions).toEqual([
      {
        schoolId: '2400045056',
        category: 'low-results',
        decision: 'reject',
        reason: 'результаты перепроверяются',
        by: 'Федорук М. Г.',
      },
    ]);
    expect(controller.drafts.size).toBe(0);
    expect(host.updates).toBeGreaterThan(0);
  });

  it('a page that cancels the event: nothing is kept, and the refusal is remembered', () => {
    const { host, controller } = setup();
    host.addEventListener('shnro-identification-decision', (event) => event.preventDefault());
    const proposal = controller.current()!.proposals[1]!;
    controller.decide(proposal, proposal.categories[0]!, 'confirm');
    expect(controller.refused).toBe(true);
    expect(host.decisions).toBeUndefined();
    expect(controller.current()!.proposals[1]!.categories[0]!.status).toBe('proposed');
  });
});
