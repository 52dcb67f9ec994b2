import type { Plugin } from 'vite';

/**
 * Keeps the side effect of registration in the package's own builds. The `sideEffects` field of
 * package.json names what the package ships (`dist/**‍/define.js`, `dist/cdn/**`), but Vite applies
 * that field to the package's sources as well, and would then drop `import '../indicator-table/define.js'`
 * from the form's define module and every import of the CDN entries. A module's own declaration
 * (the transform hook's `moduleSideEffects`) takes precedence over package.json.
 */
export function registrationSideEffects(): Plugin {
  const registers = /[\\/]src[\\/](?:cdn[\\/][^\\/]+|.+[\\/]define)\.ts$/;
  return {
    name: 'shnro-registration-side-effects',
    transform(_code, id) {
      return registers.test(id) ? { moduleSideEffects: true } : undefined;
    },
  };
}
