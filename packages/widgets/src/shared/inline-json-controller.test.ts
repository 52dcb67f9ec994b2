import { html, LitElement, render, type TemplateResult } from 'lit';
import { afterEach, describe, expect, it } from 'vitest';
import { InlineJsonController } from './inline-json-controller.js';
import { issuesTemplate } from './issues.js';

/** An element that takes `names` from its JSON block, unless the page set them first. */
class InlineHost extends LitElement {
  names?: string[];
  taken = 0;
  readonly inline = new InlineJsonController(this, (data) => {
    this.taken += 1;
    this.names ??= data['names'] as string[] | undefined;
  });

  override render(): TemplateResult {
    return this.inline.alert((error) => `Не прочитано: ${error}`) ?? html`<p>${this.names?.join(', ')}</p>`;
  }
}
customElements.define('shnro-inline-json-test', InlineHost);

const hosts: HTMLElement[] = [];
afterEach(() => hosts.splice(0).forEach((host) => host.remove()));

async function mount(block: string | undefined, names?: string[]): Promise<InlineHost> {
  const host = document.createElement('shnro-inline-json-test') as InlineHost;
  if (names) host.names = names;
  if (block !== undefined) {
    const script = document.createElement('script');
    script.type = 'application/json';
    script.textContent = block;
    host.append(script);
  }
  document.body.append(host);
  hosts.push(host);
  await host.updateComplete;
  return host;
}

describe('InlineJsonController', () => {
  it('hands the block to the element on connect', async () => {
    const host = await mount('{"names": ["Школа № 1", "Школа № 2"]}');
    expect(host.taken).toBe(1);
    expect(host.inline.error).toBeUndefined();
    expect(host.shadowRoot?.querySelector('p')?.textContent).toBe('Школа № 1, Школа № 2');
  });

  it('leaves what the page set before (the element decides)', async () => {
    const host = await mount('{"names": ["из блока"]}', ['со страницы']);
    expect(host.names).toEqual(['со страницы']);
  });

  it('does nothing without a block', async () => {
    const host = await mount(undefined);
    expect(host.taken).toBe(0);
    expect(host.inline.alert(() => 'x')).toBeUndefined();
  });

  it('keeps why a block was not read and shows it as an alert, handing nothing', async () => {
    const broken = await mount('{"names": [');
    expect(broken.taken).toBe(0);
    expect(broken.inline.error).toBeTruthy();
    const alert = broken.shadowRoot?.querySelector('[role="alert"][part="remark"]');
    expect(alert?.textContent).toBe(`Не прочитано: ${broken.inline.error}`);

    const list = await mount('["не объект"]');
    expect(list.inline.error).toBe('object-expected');
  });
});

describe('issuesTemplate', () => {
  it('lists each issue as its path and message under the heading, as text', async () => {
    const host = document.createElement('div');
    document.body.append(host);
    hosts.push(host);
    render(
      issuesTemplate('Данные не прошли проверку:', [
        { code: 'invalid', path: 'decisions[0].deadline', message: '<b>Срок</b> не прочитан' },
      ]),
      host,
    );
    const alert = host.querySelector('[role="alert"][part="remark"]');
    expect(alert?.querySelector('p')?.textContent).toBe('Данные не прошли проверку:');
    expect(alert?.querySelector('li code')?.textContent).toBe('decisions[0].deadline');
    expect(alert?.querySelector('li')?.textContent).toBe('decisions[0].deadline: <b>Срок</b> не прочитан');
    expect(alert?.querySelector('b')).toBeNull();
  });
});
