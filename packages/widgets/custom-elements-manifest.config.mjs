// custom-elements.json, generated from the classes' JSDoc: it feeds Storybook's controls and
// docs, editors' hints and JSX types.
export default {
  globs: ['src/**/*.ts'],
  exclude: [
    // Its generic customElements.define(tag, element) would read as a bogus definition.
    'src/shared/define-element.ts',
    'src/jsx/**',
    'src/react/**',
    'src/vue.ts',
    'src/cdn/**',
    'src/**/*.test.ts',
    'src/**/*.stories.ts',
    'src/**/test-support/**',
    'src/**/*.styles.ts',
  ],
  outdir: '.',
  litelement: true,
  packagejson: true,
};
