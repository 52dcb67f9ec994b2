import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { pointAt, type ChartLayout, type ChartPoint, type ChartSeries } from './chart-model.js';

/** The value pointed at or focused: a series, a year, and how it was reached. */
export interface ActivePoint {
  readonly series: number;
  readonly yearIndex: number;
  readonly source: 'pointer' | 'focus';
}

/** What point navigation needs from its chart. */
export interface PointNavigationOptions {
  readonly layout: () => ChartLayout | undefined;
  /** The drawn chart, to map pointer positions to its view box. */
  readonly svg: () => SVGSVGElement | undefined | null;
  /** A focused value is spoken: its sentence (school, year, value, change). */
  readonly announce: (series: ChartSeries, point: ChartPoint) => void;
  /** Puts focus on a series once it is rendered focusable (roving tabindex). */
  readonly focusSeries: (index: number) => void;
}

type Found = { series: ChartSeries; point: ChartPoint };

/**
 * The chart's tooltip and keyboard navigation (подсказка и клавиатура): the pointer shows the
 * nearest value; focus enters one series (one tab stop, `roving`), ←/→ and Home/End walk its
 * years, ↑/↓ go to the next series at the same year (so every series is reachable), Esc closes
 * the tooltip and any navigation key (or Enter, Space) opens it again.
 */
export class PointNavigationController implements ReactiveController {
  private current?: ActivePoint;
  private rovingIndex = 0;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly options: PointNavigationOptions,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    // Listeners are bound in the chart's template.
  }

  /** The value shown in the tooltip, if any. */
  get active(): ActivePoint | undefined {
    return this.current;
  }

  /** The series that takes focus from Tab (the only one with tabindex 0). */
  get roving(): number {
    return this.rovingIndex;
  }

  /** The data changed: no tooltip, and the tab stop stays on a series that exists. */
  reset(seriesCount: number): void {
    this.current = undefined;
    if (this.rovingIndex >= seriesCount) this.rovingIndex = 0;
  }

  /** The active series and point in `layout`, if they are drawn. */
  activePoint(layout: ChartLayout): Found | undefined {
    const active = this.current;
    if (!active) return undefined;
    const series = layout.series[active.series];
    const point = series?.points.find((entry) => entry.yearIndex === active.yearIndex);
    return series && point ? { series, point } : undefined;
  }

  readonly pointerMove = (event: PointerEvent): void => {
    const layout = this.options.layout();
    const at = this.toViewBox(event, layout);
    if (!layout || !at) return;
    const found = pointAt(layout, at.x, at.y);
    if (!found) {
      if (this.current?.source === 'pointer') this.set(undefined);
      return;
    }
    const { series, point } = found;
    if (this.current?.series === series.index && this.current.yearIndex === point.yearIndex) return;
    this.set({ series: series.index, yearIndex: point.yearIndex, source: 'pointer' });
  };

  readonly pointerLeave = (): void => {
    if (this.current?.source === 'pointer') this.set(undefined);
  };

  readonly focusIn = (event: FocusEvent): void => {
    const layout = this.options.layout();
    const group = (event.target as Element).closest?.('g.series') as SVGGElement | null;
    if (!layout || !group) return;
    const index = Number(group.dataset['index']);
    const series = layout.series[index];
    if (!series) return;
    this.rovingIndex = index;
    const keep = this.current?.series === index ? this.current.yearIndex : undefined;
    const point = series.points.find((entry) => entry.yearIndex === keep) ?? series.points.at(-1);
    if (point) this.activate(series, point);
  };

  readonly focusOut = (event: FocusEvent): void => {
    const next = event.relatedTarget as Node | null;
    if (next && this.options.svg()?.contains(next)) return;
    if (this.current?.source === 'focus') this.set(undefined);
  };

  readonly keyDown = (event: KeyboardEvent): void => {
    const layout = this.options.layout();
    if (!layout) return;
    const active = this.current;
    if (!active) {
      // The tooltip was closed with Esc (or never opened) while a series keeps focus: a
      // navigation key opens it again on that series instead of doing nothing.
      if (!reopeningKeys.has(event.key)) return;
      const group = (event.target as Element).closest?.('g.series') as SVGGElement | null;
      const series = layout.series[group ? Number(group.dataset['index']) : this.rovingIndex];
      const point = series?.points.at(-1);
      if (!series || !point) return;
      event.preventDefault();
      this.activate(series, point);
      return;
    }
    const series = layout.series[active.series];
    if (!series) return;
    if (event.key === 'Escape') {
      this.set(undefined);
      event.preventDefault();
      return;
    }
    const target = targetOf(event.key, layout, series, active.yearIndex);
    if (target === 'other-key') return;
    event.preventDefault();
    if (!target) return;
    this.activate(target.series, target.point);
    if (target.series.index !== this.rovingIndex) {
      this.rovingIndex = target.series.index;
      this.host.requestUpdate();
      void this.host.updateComplete.then(() => this.options.focusSeries(target.series.index));
    }
  };

  private activate(series: ChartSeries, point: ChartPoint): void {
    this.set({ series: series.index, yearIndex: point.yearIndex, source: 'focus' });
    this.options.announce(series, point);
  }

  private set(active: ActivePoint | undefined): void {
    this.current = active;
    this.host.requestUpdate();
  }

  private toViewBox(
    event: PointerEvent,
    layout: ChartLayout | undefined,
  ): { x: number; y: number } | undefined {
    const svgElement = this.options.svg();
    if (!svgElement || !layout) return undefined;
    const box = svgElement.getBoundingClientRect();
    if (box.width === 0) return undefined;
    const scale = layout.width / box.width;
    return { x: (event.clientX - box.left) * scale, y: (event.clientY - box.top) * scale };
  }
}

/** Keys that open the tooltip again on the focused series after Esc closed it. */
const reopeningKeys = new Set([
  'ArrowRight',
  'ArrowLeft',
  'ArrowUp',
  'ArrowDown',
  'Home',
  'End',
  'Enter',
  ' ',
]);

/** Where a key moves from a year of a series; 'other-key' for keys the chart leaves alone. */
function targetOf(
  key: string,
  layout: ChartLayout,
  series: ChartSeries,
  yearIndex: number,
): Found | undefined | 'other-key' {
  switch (key) {
    case 'ArrowRight':
      return nextPoint(series, yearIndex, 1);
    case 'ArrowLeft':
      return nextPoint(series, yearIndex, -1);
    case 'Home':
      return series.points[0] ? { series, point: series.points[0] } : undefined;
    case 'End': {
      const last = series.points.at(-1);
      return last ? { series, point: last } : undefined;
    }
    case 'ArrowDown':
    case 'ArrowUp': {
      const step = key === 'ArrowDown' ? 1 : -1;
      for (let index = series.index + step; index >= 0 && index < layout.series.length; index += step) {
        const other = layout.series[index]!;
        const point =
          other.points.find((entry) => entry.yearIndex === yearIndex) ??
          nearestByYear(other.points, yearIndex);
        if (point) return { series: other, point };
      }
      return undefined;
    }
    default:
      return 'other-key';
  }
}

function nextPoint(series: ChartSeries, yearIndex: number, step: 1 | -1): Found | undefined {
  const ordered = step === 1 ? series.points : [...series.points].reverse();
  const point = ordered.find((entry) =>
    step === 1 ? entry.yearIndex > yearIndex : entry.yearIndex < yearIndex,
  );
  return point ? { series, point } : undefined;
}

function nearestByYear(points: readonly ChartPoint[], yearIndex: number): ChartPoint | undefined {
  let best: ChartPoint | undefined;
  for (const point of points)
    if (!best || Math.abs(point.yearIndex - yearIndex) < Math.abs(best.yearIndex - yearIndex)) best = point;
  return best;
}
