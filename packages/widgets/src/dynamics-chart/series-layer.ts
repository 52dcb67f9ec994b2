import type { ChartLayout, ChartSeries } from './chart-model.js';

// The series layer (слой рядов) drawn without templates: one focusable group per school, kept
// by its place in the core's order and updated attribute by attribute. An update of every
// school sets each line's path data, built by `layoutChart` in one pass, on the path that is
// already there: no template per school or per point, no element made again, nothing read
// back from the layout. A school whose series object, tab stop and label are those of the
// last update is not touched at all.

const SVG_NS = 'http://www.w3.org/2000/svg';

/** What one school's group shows now, to skip it or set only what changed. */
interface Slot {
  readonly group: SVGGElement;
  series?: ChartSeries;
  lines?: boolean;
  tabindex?: string;
  label?: string;
}

function create(tag: string, parent: Element): SVGElement {
  return parent.appendChild(document.createElementNS(SVG_NS, tag));
}

/** Sets an attribute that changed (reading an attribute reads no style or layout). */
function put(element: Element, name: string, value: string): void {
  if (element.getAttribute(name) !== value) element.setAttribute(name, value);
}

/**
 * Keeps a `<g class="series-layer">` in step with a layout: `sync` after each render. The
 * layer's element may be made again by the template (the chart shown after a message): the
 * groups are then made again in it.
 */
export class SeriesLayer {
  private layer?: SVGGElement;
  private slots: Slot[] = [];

  sync(
    layer: SVGGElement | undefined,
    layout: ChartLayout | undefined,
    roving: number,
    label: (series: ChartSeries) => string,
  ): void {
    if (!layer || !layout) {
      this.layer = undefined;
      this.slots = [];
      return;
    }
    if (layer !== this.layer) {
      this.layer = layer;
      this.slots = [];
      layer.replaceChildren();
    }
    const lines = layout.variant === 'lines';
    const all = layout.series;
    while (this.slots.length > all.length) this.slots.pop()!.group.remove();
    for (let index = 0; index < all.length; index += 1) {
      const series = all[index]!;
      const slot = (this.slots[index] ??= { group: create('g', layer) as SVGGElement });
      const tabindex = series.index === roving ? '0' : '-1';
      const text = label(series);
      if (slot.series === series && slot.lines === lines && slot.tabindex === tabindex && slot.label === text)
        continue;
      const group = slot.group;
      put(group, 'class', `series s${series.style.colour}`);
      put(group, 'data-index', String(series.index));
      put(group, 'data-school', series.schoolId);
      put(group, 'data-class', series.row.classification);
      put(group, 'tabindex', tabindex);
      put(group, 'role', 'img');
      put(group, 'aria-label', text);
      if (slot.series !== series || slot.lines !== lines) {
        if (lines) this.line(slot, series);
        else this.bars(slot, series);
      }
      slot.series = series;
      slot.lines = lines;
      slot.tabindex = tabindex;
      slot.label = text;
    }
  }

  /** One path through the school's points; rings around the points of a small sample. */
  private line(slot: Slot, series: ChartSeries): void {
    const group = slot.group;
    let path = group.firstElementChild;
    let markers = path?.nextElementSibling;
    if (slot.lines !== true || !path || !markers) {
      group.replaceChildren();
      path = create('path', group);
      markers = create('path', group);
    }
    put(path, 'class', 'line');
    put(path, 'd', series.path);
    put(path, 'stroke-dasharray', series.style.dash || 'none');
    put(path, 'data-values', series.valuesText);
    // The markers as one path: a `<marker>` per point would be painted point by point.
    put(markers, 'class', 'marker');
    put(markers, 'd', series.markers);
    // Rings are few (small samples only): made again whenever the school's data changed.
    while (markers.nextSibling) markers.nextSibling.remove();
    if (!series.row.smallSample) return;
    for (const point of series.points) {
      const ring = create('circle', group);
      ring.setAttribute('class', 'small-sample');
      ring.setAttribute('cx', String(point.x));
      ring.setAttribute('cy', String(point.y));
      ring.setAttribute('r', '8.5');
    }
  }

  /** A bar per year with a value, filled with the school's pattern; a ring around each bar of a small sample. */
  private bars(slot: Slot, series: ChartSeries): void {
    const group = slot.group;
    const small = series.row.smallSample;
    const wanted = series.points.length * (small ? 2 : 1);
    if (slot.lines !== false || group.childElementCount !== wanted) {
      group.replaceChildren();
      for (let index = 0; index < wanted; index += 1) create('rect', group);
    }
    const fill = `url(#p-${series.index})`;
    let element = group.firstElementChild;
    for (const point of series.points) {
      const bar = point.bar!;
      const rect = element!;
      put(rect, 'class', 'bar');
      put(rect, 'x', String(bar.x));
      put(rect, 'y', String(bar.y));
      put(rect, 'width', String(bar.width));
      put(rect, 'height', String(bar.height));
      put(rect, 'fill', fill);
      put(rect, 'data-year', String(point.year));
      put(rect, 'data-value', String(point.value));
      element = rect.nextElementSibling;
      if (!small) continue;
      const ring = element!;
      put(ring, 'class', 'small-sample');
      put(ring, 'x', String(bar.x - 2.5));
      put(ring, 'y', String(bar.y - 2.5));
      put(ring, 'width', String(bar.width + 5));
      put(ring, 'height', String(bar.height + 5));
      element = ring.nextElementSibling;
    }
  }
}
