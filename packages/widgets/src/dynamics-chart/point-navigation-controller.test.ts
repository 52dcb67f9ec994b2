import { compareSeries } from '@shnro/core';
import {
  leningradskyDistrictAverage,
  leningradskyGia9SumOfAverages,
  leningradskySchools,
} from '@shnro/core/examples';
import { html, LitElement, svg } from 'lit';
import { afterEach, describe, expect, it } from 'vitest';
import { layoutChart, type ChartLayout } from './chart-model.js';
import { PointNavigationController } from './point-navigation-controller.js';

const result = compareSeries(leningradskyGia9SumOfAverages, {
  assessment: 'gia-9',
  metric: 'sum-of-average-scores',
  schools: leningradskySchools,
  municipalAverage: leningradskyDistrictAverage,
});
const layout = layoutChart(result, { width: 640, variant: 'lines', locale: 'ru', municipal: new Map() });

/** One focusable group per series, as the chart draws them, with the controller's listeners. */
class NavHost extends LitElement {
  spoken: string[] = [];
  readonly nav = new PointNavigationController(this, {
    layout: (): ChartLayout => layout,
    svg: () => this.renderRoot.querySelector('svg'),
    announce: (series, point) => this.spoken.push(`${series.name} ${point.year}`),
    focusSeries: (index) =>
      this.renderRoot.querySelector<SVGGElement>(`g.series[data-index="${index}"]`)?.focus(),
  });
  override render() {
    return html`<svg
      viewBox="0 0 ${layout.width} ${layout.height}"
      width=${layout.width}
      height=${layout.height}
      @pointermove=${this.nav.pointerMove}
      @pointerleave=${this.nav.pointerLeave}
      @keydown=${this.nav.keyDown}
      @focusin=${this.nav.focusIn}
      @focusout=${this.nav.focusOut}
    >
      ${layout.series.map(
        (series) =>
          svg`<g class="series" data-index=${series.index} tabindex=${series.index === this.nav.roving ? 0 : -1}>
            <path d=${series.path}></path></g>`,
      )}
    </svg>`;
  }
}
customElements.define('shnro-point-nav-test', NavHost);

const hosts: NavHost[] = [];
afterEach(() => hosts.splice(0).forEach((host) => host.remove()));

async function mount(): Promise<NavHost> {
  const host = document.createElement('shnro-point-nav-test') as NavHost;
  document.body.append(host);
  hosts.push(host);
  await host.updateComplete;
  return host;
}

const group = (host: NavHost, index: number) =>
  host.renderRoot.querySelector<SVGGElement>(`g.series[data-index="${index}"]`)!;

function key(host: NavHost, name: string): boolean {
  const event = new KeyboardEvent('keydown', { key: name, bubbles: true, composed: true, cancelable: true });
  (host.renderRoot as ShadowRoot).activeElement!.dispatchEvent(event);
  return event.defaultPrevented;
}

describe('PointNavigationController', () => {
  it('focuses the latest value of a series, walks its years and speaks each value', async () => {
    const host = await mount();
    const first = layout.series[0]!;
    group(host, 0).focus();
    expect(host.nav.active).toEqual({
      series: 0,
      yearIndex: first.points.at(-1)!.yearIndex,
      source: 'focus',
    });
    expect(key(host, 'Home')).toBe(true);
    expect(host.nav.active?.yearIndex).toBe(first.points[0]!.yearIndex);
    key(host, 'ArrowRight');
    expect(host.nav.active?.yearIndex).toBe(first.points[1]!.yearIndex);
    expect(host.spoken.at(-1)).toBe(`${first.name} ${first.points[1]!.year}`);
    expect(key(host, 'a')).toBe(false);
  });

  it('moves the single tab stop to the next series with ↓ and closes the tooltip with Esc', async () => {
    const host = await mount();
    group(host, 0).focus();
    key(host, 'ArrowDown');
    await host.updateComplete;
    await host.updateComplete;
    expect(host.nav.roving).toBe(1);
    expect((host.renderRoot as ShadowRoot).activeElement).toBe(group(host, 1));
    expect(group(host, 1).getAttribute('tabindex')).toBe('0');
    expect(group(host, 0).getAttribute('tabindex')).toBe('-1');
    key(host, 'Escape');
    expect(host.nav.active).toBeUndefined();
  });

  it('shows the value under the pointer and hides it when the pointer leaves', async () => {
    const host = await mount();
    const point = layout.series[1]!.points[0]!;
    const box = host.renderRoot.querySelector('svg')!.getBoundingClientRect();
    const scale = box.width / layout.width;
    const at = { clientX: box.left + point.x * scale, clientY: box.top + point.y * scale, bubbles: true };
    host.renderRoot.querySelector('svg')!.dispatchEvent(new PointerEvent('pointermove', at));
    expect(host.nav.active).toMatchObject({ yearIndex: point.yearIndex, source: 'pointer' });
    host.renderRoot.querySelector('svg')!.dispatchEvent(new PointerEvent('pointerleave'));
    expect(host.nav.active).toBeUndefined();
    host.nav.reset(0);
    expect(host.nav.roving).toBe(0);
  });
});
