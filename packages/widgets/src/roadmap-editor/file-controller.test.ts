import type { Roadmap } from '@shnro/core';
import { LitElement } from 'lit';
import { describe, expect, it } from 'vitest';
import { hostMounter } from '../shared/test-support/mount-host.js';
import { LocalizeController } from '../shared/localize.js';
import { seed000Roadmap } from './examples.js';
import { RoadmapFileController } from './file-controller.js';
import { roadmapEditorMessages } from './messages.js';

class FileHost extends LitElement {
  roadmap?: Roadmap = seed000Roadmap();
  readonly loaded: string[] = [];
  private readonly localize = new LocalizeController(this, roadmapEditorMessages);
  readonly files = new RoadmapFileController(this, {
    roadmap: () => this.roadmap,
    locale: () => 'ru',
    t: (key, values) => this.localize.term(key, values),
    loaded: (roadmap, name) => {
      this.roadmap = roadmap;
      this.loaded.push(name);
    },
  });
}
customElements.define('shnro-file-host-test', FileHost);

const mount = hostMounter<FileHost>('shnro-file-host-test');

/** A file input holding one file, as the toolbar's picker leaves it. */
function pickedFile(text: string, name: string): Event {
  const input = document.createElement('input');
  input.type = 'file';
  const files = new DataTransfer();
  files.items.add(new File([text], name, { type: 'application/json' }));
  input.files = files.files;
  const event = new Event('change');
  Object.defineProperty(event, 'target', { value: input });
  return event;
}

describe('RoadmapFileController', () => {
  it('refuses text that is no JSON, or no roadmap, naming the file and the fields, and loads nothing', async () => {
    const host = mount();
    const before = host.roadmap;
    expect((await host.files.load('{ не json', 'карта.json')).ok).toBe(false);
    expect(host.files.problem?.message).toContain('карта.json');
    const invalid = await host.files.load(
      JSON.stringify({ ...before, period: { start: 'вчера' } }),
      'карта.json',
    );
    expect(invalid.ok).toBe(false);
    expect(host.files.problem?.issues.some((issue) => issue.path.startsWith('period'))).toBe(true);
    expect(host.roadmap).toBe(before);
    expect(host.loaded).toEqual([]);
    host.files.clear();
    expect(host.files.problem).toBeUndefined();
  });

  it('loads a picked file that the core takes, and clears the last problem', async () => {
    const host = mount();
    await host.files.load('[]', 'плохой.json');
    const roadmap = { ...seed000Roadmap(), title: 'Из файла' };
    await host.files.pick(pickedFile(JSON.stringify(roadmap), 'roadmap-школа.json'));
    expect(host.loaded).toEqual(['roadmap-школа.json']);
    expect(host.roadmap?.title).toBe('Из файла');
    expect(host.files.problem).toBeUndefined();
  });
});
