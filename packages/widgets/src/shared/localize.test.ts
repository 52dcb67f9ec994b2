import { LitElement, html } from 'lit';
import { afterEach, describe, expect, it } from 'vitest';
import { formatMessage, LocalizeController, plural, type MessageCatalogue } from './localize.js';

const participants = { one: 'участник', few: 'участника', many: 'участников', other: 'участника' };

describe('plural (Intl.PluralRules)', () => {
  it('picks the Russian form by the CLDR rules, teens and fractions included', () => {
    const pick = (count: number) => plural('ru', count, participants);
    expect([1, 21, 101].map(pick)).toEqual(['участник', 'участник', 'участник']);
    expect([2, 3, 4, 22, 104].map(pick)).toEqual(Array(5).fill('участника'));
    expect([0, 5, 11, 12, 14, 111, 25].map(pick)).toEqual(Array(7).fill('участников'));
    expect(pick(1.5)).toBe('участника');
  });

  it('picks the English form and falls back to `other` for a category not listed', () => {
    expect(plural('en', 1, { one: 'participant', other: 'participants' })).toBe('participant');
    expect(plural('en', 0, { one: 'participant', other: 'participants' })).toBe('participants');
    expect(plural('ru', 5, { other: 'раз' })).toBe('раз');
  });

  it('formats template and function messages alike', () => {
    expect(formatMessage('{count} из {total}', { count: 3, total: 7 })).toBe('3 из 7');
    expect(
      formatMessage(({ count }) => `${count} ${plural('ru', Number(count), participants)}`, { count: 22 }),
    ).toBe('22 участника');
    expect(formatMessage('{missing}', {}, () => '')).toBe('');
  });
});

const catalogue: MessageCatalogue<'greeting' | 'count'> = {
  ru: {
    greeting: 'Здравствуйте',
    count: ({ count }) => `${count} ${plural('ru', Number(count), participants)}`,
  },
  en: {
    greeting: 'Hello',
    count: ({ count }) =>
      `${count} ${plural('en', Number(count), { one: 'participant', other: 'participants' })}`,
  },
};

class LocalizedProbe extends LitElement {
  readonly localize = new LocalizeController(this, catalogue);
  override render() {
    return html`<span
      >${this.localize.term('greeting')}, ${this.localize.term('count', { count: 21 })}</span
    >`;
  }
}
customElements.define('shnro-test-localized-probe', LocalizedProbe);

/** A host that renders the probe inside its own shadow root, as the board renders the editor. */
class LocalizedHost extends LitElement {
  override render() {
    return html`<div class="wrapper"><shnro-test-localized-probe></shnro-test-localized-probe></div>`;
  }
}
customElements.define('shnro-test-localized-host', LocalizedHost);

const text = (probe: LocalizedProbe) => probe.shadowRoot?.textContent?.trim();

describe('LocalizeController', () => {
  afterEach(() => {
    document.body.replaceChildren();
    document.documentElement.removeAttribute('lang');
  });

  it('follows the nearest ancestor with a lang, and re-renders when that ancestor changes it', async () => {
    const section = document.createElement('section');
    section.lang = 'en';
    const probe = document.createElement('shnro-test-localized-probe') as LocalizedProbe;
    section.append(probe);
    document.body.append(section);
    await probe.updateComplete;
    expect(text(probe)).toBe('Hello, 21 participants');

    section.lang = 'ru';
    await new Promise((resolve) => setTimeout(resolve));
    await probe.updateComplete;
    expect(text(probe)).toBe('Здравствуйте, 21 участник');
  });

  it('crosses shadow roots: an element inside another element follows its host', async () => {
    const host = document.createElement('shnro-test-localized-host') as LocalizedHost;
    host.lang = 'en';
    document.body.append(host);
    await host.updateComplete;
    const probe = host.shadowRoot!.querySelector('shnro-test-localized-probe') as LocalizedProbe;
    await probe.updateComplete;
    expect(text(probe)).toBe('Hello, 21 participants');

    // A lang set inside the host's shadow root wins over the host's own, and is observed too.
    host.shadowRoot!.querySelector('.wrapper')!.setAttribute('lang', 'ru');
    await new Promise((resolve) => setTimeout(resolve));
    await probe.updateComplete;
    expect(text(probe)).toBe('Здравствуйте, 21 участник');
  });
});
