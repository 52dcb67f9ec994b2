import { fileURLToPath } from 'node:url';
import type { StorybookConfig } from '@storybook/web-components-vite';

const coreSource = (path: string) => fileURLToPath(new URL(`../packages/core/src/${path}`, import.meta.url));

// Designers review every widget here: stories live beside each element in packages/widgets.
const config: StorybookConfig = {
  framework: { name: '@storybook/web-components-vite', options: {} },
  stories: ['../packages/widgets/src/**/*.stories.ts'],
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y', '@storybook/addon-vitest'],
  core: { disableTelemetry: true },
  viteFinal: async (viteConfig) => {
    viteConfig.resolve ??= {};
    // Stories read the core's sources, so a designer sees a core change without a rebuild.
    viteConfig.resolve.alias = [
      ...asAliasList(viteConfig.resolve.alias),
      { find: /^@shnro\/core$/, replacement: coreSource('index.ts') },
      { find: /^@shnro\/core\/examples$/, replacement: coreSource('examples/index.ts') },
    ];
    return viteConfig;
  },
};

type AliasEntry = { find: string | RegExp; replacement: string };

/** Vite takes aliases as a list or an object; Storybook may have set either. */
function asAliasList(alias: unknown): AliasEntry[] {
  if (!alias) return [];
  if (Array.isArray(alias)) return alias as AliasEntry[];
  return Object.entries(alias as Record<string, string>).map(([find, replacement]) => ({
    find,
    replacement,
  }));
}

export default config;
