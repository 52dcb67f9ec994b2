import { vi } from 'vitest';

// CI and developers' machines run these browser tests on 2 shared cores, often under a load of
// 10 and more: a condition that holds within 50 ms on a quiet machine can take seconds there.
// `vi.waitFor` returns as soon as its condition holds, so a longer default ceiling changes no
// test's meaning, only how long a real failure takes to be reported.
const PATIENT_TIMEOUT_MS = 10_000;
const waitFor = vi.waitFor.bind(vi);
vi.waitFor = ((callback, options) => {
  const given = typeof options === 'number' ? { timeout: options } : (options ?? {});
  return waitFor(callback, { ...given, timeout: Math.max(given.timeout ?? 0, PATIENT_TIMEOUT_MS) });
}) as typeof vi.waitFor;
