/**
 * Every element the CDN build serves, by tag, with the module that defines it. The autoloader
 * imports a module only when its tag appears on the page.
 */
export const cdnElements: Record<string, () => Promise<unknown>> = {
  'shnro-indicator-table': () => import('./shnro-indicator-table.js'),
  'shnro-indicator-form': () => import('./shnro-indicator-form.js'),
  'shnro-dynamics-chart': () => import('./shnro-dynamics-chart.js'),
  'shnro-roadmap-editor': () => import('./shnro-roadmap-editor.js'),
  'shnro-draft-list': () => import('./shnro-draft-list.js'),
};
