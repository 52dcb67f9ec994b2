import { afterEach, describe, expect, it } from 'vitest';
import { config } from 'zod/mini';
import { enableStrictContentSecurityPolicy } from './strict-csp.js';

describe('enableStrictContentSecurityPolicy', () => {
  afterEach(() => {
    config({ jitless: false });
  });

  it('switches zod to parsing without `new Function`, as zod itself reads its settings', () => {
    config({ jitless: false });
    expect(config().jitless).toBe(false);
    enableStrictContentSecurityPolicy();
    expect(config().jitless).toBe(true);
  });

  it('leaves zod’s other settings as they were', () => {
    const before = { ...config() };
    enableStrictContentSecurityPolicy();
    expect({ ...config() }).toEqual({ ...before, jitless: true });
  });
});
