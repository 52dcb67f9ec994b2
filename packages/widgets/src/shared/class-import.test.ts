import { describe, expect, it } from 'vitest';
// The package's main entry: every element class, no define module.
import * as widgets from '../index.js';

// Each test file runs in its own page, so nothing else has registered a tag here.
describe('importing the classes', () => {
  it('registers no tag: only the define modules do', async () => {
    expect(typeof widgets.ShnroIndicatorForm).toBe('function');
    expect(typeof widgets.ShnroRoadmapEditor).toBe('function');
    const tags = [
      'shnro-indicator-table',
      'shnro-indicator-form',
      'shnro-roadmap-editor',
      'shnro-dynamics-chart',
      'shnro-draft-list',
    ];
    expect(tags.filter((tag) => customElements.get(tag))).toEqual([]);

    await import('../indicator-table/define.js');
    expect(customElements.get('shnro-indicator-table')).toBe(widgets.ShnroIndicatorTable);
  });
});
