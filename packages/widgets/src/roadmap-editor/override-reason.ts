import type { RoadmapTransitionResult } from '@shnro/core';
import {
  html,
  nothing,
  type ReactiveController,
  type ReactiveControllerHost,
  type TemplateResult,
} from 'lit';
import { live } from 'lit/directives/live.js';
import { LocalizeController, type MessageCatalogue } from '../shared/localize.js';

type OverrideKey = 'label' | 'hint';

/** The field's words; the refusal itself is the core's message, shown above the form. */
export const overrideReasonMessages: MessageCatalogue<OverrideKey> = {
  ru: {
    label: 'Обоснование утверждения',
    hint: 'Автоматическая проверка по-прежнему находит замечания. Чтобы утвердить дорожную карту без исправлений, укажите причину: она будет записана в историю вместе с правилами проверки.',
  },
  en: {
    label: 'Reason for approving',
    hint: 'The automatic review still finds remarks. To approve the roadmap as it is, give a reason: it is kept in the history with the review’s rules.',
  },
};

/**
 * The reviewer's reason for approving while a review rule still fires (обоснование утверждения).
 * The core refuses such an approval (`rules-fire`) unless the payload carries `overrideReason`:
 * after that refusal this controller shows a field for the reason, and `payload()` sends it with the
 * next approval. The rule lives in the core; the element only asks for the words.
 */
export class OverrideReasonController implements ReactiveController {
  private readonly localize: LocalizeController<OverrideKey>;
  /** The core refused an approval because its rules fire: the field is shown until approval succeeds. */
  private needed = false;
  private reason = '';
  private focusPending = false;
  private roadmapId: string | undefined;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement & { roadmap?: { id: string } | null },
  ) {
    this.localize = new LocalizeController(host, overrideReasonMessages);
    host.addController(this);
  }

  /** Another roadmap loaded: an earlier refusal and its reason do not carry over. */
  hostUpdate(): void {
    const id = this.host.roadmap?.id;
    if (id === this.roadmapId) return;
    this.roadmapId = id;
    this.needed = false;
    this.reason = '';
  }

  hostUpdated(): void {
    if (!this.focusPending) return;
    this.focusPending = false;
    this.host.shadowRoot?.querySelector<HTMLTextAreaElement>('#override-reason')?.focus();
  }

  /** The approval payload's share: the reason, once the field is shown and filled. */
  payload(): { overrideReason?: string } {
    const reason = this.reason.trim();
    return this.needed && reason !== '' ? { overrideReason: reason } : {};
  }

  /** Reads the core's answer to an approval: a `rules-fire` refusal asks for a reason, success clears it. */
  track(result: RoadmapTransitionResult): RoadmapTransitionResult {
    if (result.ok) {
      this.needed = false;
      this.reason = '';
    } else if (result.error.code === 'rules-fire') {
      this.focusPending = !this.needed || this.reason.trim() === '';
      this.needed = true;
    }
    this.host.requestUpdate();
    return result;
  }

  /** The field inside the approval form, or nothing until the core has asked for a reason. */
  render(): TemplateResult | typeof nothing {
    if (!this.needed) return nothing;
    const t = (key: OverrideKey) => this.localize.term(key);
    return html`<label for="override-reason">${t('label')}</label>
      <textarea
        id="override-reason"
        name="overrideReason"
        part="input override-reason"
        aria-describedby="override-reason-hint"
        .value=${live(this.reason)}
        @input=${(event: InputEvent) => (this.reason = (event.target as HTMLTextAreaElement).value)}
      ></textarea>
      <p id="override-reason-hint" class="hint">${t('hint')}</p>`;
  }
}
