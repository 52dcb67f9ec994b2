import { afterEach, describe, expect, it, vi } from 'vitest';
import { defineElement, WIDGETS_VERSION } from './define-element.js';

describe('defineElement', () => {
  afterEach(() => vi.restoreAllMocks());

  it('registers a tag once and stamps the SDK version on the class', () => {
    class First extends HTMLElement {}
    defineElement('shnro-test-first', First);
    expect(customElements.get('shnro-test-first')).toBe(First);
    expect((First as unknown as { shnroVersion: string }).shnroVersion).toBe(WIDGETS_VERSION);
  });

  it('keeps the same class silently when its define module runs twice', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    class Twice extends HTMLElement {}
    defineElement('shnro-test-twice', Twice);
    defineElement('shnro-test-twice', Twice);
    expect(warn).not.toHaveBeenCalled();
  });

  it('warns, never throws, when another copy of the SDK registered the tag first', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    class FromOtherPortal extends HTMLElement {
      static shnroVersion = '0.0.9';
    }
    customElements.define('shnro-test-clash', FromOtherPortal);
    class Ours extends HTMLElement {}
    expect(() => defineElement('shnro-test-clash', Ours)).not.toThrow();
    expect(customElements.get('shnro-test-clash')).toBe(FromOtherPortal);
    expect(warn).toHaveBeenCalledOnce();
    expect(warn.mock.calls[0]?.[0]).toContain('0.0.9');
  });
});
