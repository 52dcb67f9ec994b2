import { formatDecimal, type DynamicsResult } from '@shnro/core';
import { toExcelCsv, UTF8_BOM, type ExcelCsvCell } from '../shared/excel-csv.js';
import type { ChartKit } from './chart-kit.js';

/** A CSV cell: text (guarded against formulas by `toExcelCsv`), or a number written with a decimal comma. */
export type DynamicsCsvCell = ExcelCsvCell | { readonly number: number };

/**
 * The rows of the data CSV: a header (Школа, one column per year, the change, its unit, the
 * class, a note), a row per school in the core's order, and the municipal average when given.
 * Every value, change and class comes from the core's `result`.
 */
export function dynamicsCsvRows(
  result: DynamicsResult,
  municipal: ReadonlyMap<number, number> | undefined,
  { t, className, words }: ChartKit,
): DynamicsCsvCell[][] {
  const judged = result.baseYear !== null && result.lastYear !== null;
  const header: DynamicsCsvCell[] = [t('columnSchool'), ...result.years.map((year) => String(year))];
  if (judged) {
    header.push(t('columnChange', { from: result.baseYear ?? '', to: result.lastYear ?? '' }));
    header.push(words.locale === 'ru' ? 'Единица' : 'Unit');
  }
  header.push(t('columnClass'), t('csvNote'));
  const unit = t(result.unit === 'points' ? 'csvUnitPoints' : 'csvUnitPercentagePoints');
  const rows = result.schools.map((row): DynamicsCsvCell[] => {
    const cells: DynamicsCsvCell[] = [
      row.schoolName ?? row.schoolId,
      ...row.values.map((entry): DynamicsCsvCell => (entry.value === null ? '' : { number: entry.value })),
    ];
    if (judged)
      cells.push(row.change === null ? '' : { number: row.change.absolute }, row.change === null ? '' : unit);
    const label = className(row.classification);
    cells.push(label.charAt(0).toUpperCase() + label.slice(1), row.smallSample ? t('smallSample') : '');
    return cells;
  });
  if (municipal && municipal.size > 0) {
    const cells: DynamicsCsvCell[] = [
      t('municipal'),
      ...result.years.map((year): DynamicsCsvCell => {
        const value = municipal.get(year);
        return value === undefined ? '' : { number: value };
      }),
    ];
    if (judged) cells.push('', '');
    cells.push('', '');
    rows.push(cells);
  }
  return [header, ...rows];
}

// The shared writer guards every text cell against formulas, so a negative number («-0,4»)
// would come out as the text «'-0,4». A number is never a formula: it is written as it is,
// with up to six decimals so that no digit of the data is lost.
function encode(cell: DynamicsCsvCell): string {
  if (typeof cell === 'object' && 'number' in cell) return `"${formatDecimal(cell.number, 6, 'ru')}"`;
  return toExcelCsv([[cell]]).slice(UTF8_BOM.length, -2);
}

/** The data as a CSV a Russian Excel opens: UTF-8 with BOM, `;`, decimal comma, quoted cells. */
export function dynamicsCsv(
  result: DynamicsResult,
  municipal: ReadonlyMap<number, number> | undefined,
  kit: ChartKit,
): string {
  const lines = dynamicsCsvRows(result, municipal, kit).map((row) => row.map(encode).join(';'));
  return UTF8_BOM + lines.join('\r\n') + '\r\n';
}

// Presentation properties an SVG needs to look the same outside this element's shadow root.
const inlined = [
  'fill',
  'fill-opacity',
  'stroke',
  'stroke-width',
  'stroke-dasharray',
  'stroke-opacity',
  'stroke-linecap',
  'stroke-linejoin',
  'opacity',
  'font-family',
  'font-size',
  'font-weight',
  'text-anchor',
  'dominant-baseline',
  'paint-order',
  'visibility',
] as const;

/** What the standalone SVG adds around the chart: a title and a legend. */
export interface StandaloneSvgExtras {
  title: string;
  legend: readonly {
    /** The drawn element whose resolved stroke and fill the legend swatch copies. */
    sample: Element | null;
    /** `line` for a line with a marker, `bar` for a filled box, `municipal` for the reference line. */
    kind: 'line' | 'bar' | 'municipal' | 'band';
    marker?: string;
    text: string;
  }[];
  background: string;
}

/**
 * Serialises a drawn chart into an SVG file that stands alone: every presentation style the
 * shadow root's stylesheet gave is written inline (custom properties and `light-dark()`
 * resolved), Lit's comments, focus rings and tab stops are dropped, and a title and a legend
 * are added so the picture still says what it shows when pasted into a report.
 */
export function standaloneSvg(svg: SVGSVGElement, extras: StandaloneSvgExtras): string {
  const namespace = 'http://www.w3.org/2000/svg';
  const clone = svg.cloneNode(true) as SVGSVGElement;
  const originals = [svg, ...svg.querySelectorAll('*')];
  const copies = [clone, ...clone.querySelectorAll('*')];
  const resolved = new Map<Element, CSSStyleDeclaration>();
  originals.forEach((original, index) => {
    const copy = copies[index];
    if (!copy) return;
    const style = getComputedStyle(original);
    resolved.set(original, style);
    // Only what differs from the parent (which the copy inherits), to keep the file small.
    const parent = original === svg ? undefined : resolved.get(original.parentElement!);
    // Written as SVG presentation attributes, not a `style` attribute: a page whose policy has
    // no `style-src 'unsafe-inline'` reports every `style` attribute set on the copy (one
    // violation per drawn element), and every SVG reader understands the attributes.
    copy.removeAttribute('style');
    for (const name of inlined) {
      const value = style.getPropertyValue(name);
      const same = name === 'opacity' ? value === '1' : parent?.getPropertyValue(name) === value;
      if (!same) copy.setAttribute(name, value);
      else if (name !== 'opacity' && parent) copy.removeAttribute(name);
    }
    copy.removeAttribute('class');
    copy.removeAttribute('tabindex');
    copy.removeAttribute('part');
  });
  clone.querySelectorAll('[data-export="skip"]').forEach((node) => node.remove());
  const walker = document.createTreeWalker(clone, NodeFilter.SHOW_COMMENT);
  const comments: Node[] = [];
  while (walker.nextNode()) comments.push(walker.currentNode);
  for (const comment of comments) comment.parentNode?.removeChild(comment);

  const [, , width = 640, chartHeight = 360] = (svg.getAttribute('viewBox') ?? '').split(/\s+/).map(Number);
  const fontFamily = getComputedStyle(svg).getPropertyValue('font-family');
  const text = getComputedStyle(svg).getPropertyValue('color');
  const titleHeight = 34;
  const measure = textMeasure(`12px ${fontFamily}`);
  // As many columns as the widest entry allows (at most three); longer entries are cut with «…».
  const widest = Math.max(0, ...extras.legend.map((entry) => measure(entry.text))) + 44;
  const columns = Math.max(1, Math.min(3, extras.legend.length, Math.floor((width - 32) / widest)));
  const columnWidth = (width - 32) / columns;
  const rowHeight = 20;
  const legendRows = Math.ceil(extras.legend.length / columns);
  const height = titleHeight + chartHeight + 12 + legendRows * rowHeight + 12;
  // A margin on either side, so the axis title does not touch the edge of the picture.
  const pad = 12;
  const outWidth = width + 2 * pad;

  const out = document.createElementNS(namespace, 'svg');
  out.setAttribute('xmlns', namespace);
  out.setAttribute('width', String(outWidth));
  out.setAttribute('height', String(height));
  out.setAttribute('viewBox', `0 0 ${outWidth} ${height}`);
  out.setAttribute('font-family', fontFamily);
  const element = (name: string, attributes: Record<string, string | number>, parent: Element): Element => {
    const node = document.createElementNS(namespace, name);
    for (const [key, value] of Object.entries(attributes)) node.setAttribute(key, String(value));
    parent.append(node);
    return node;
  };
  const title = element('title', {}, out);
  title.textContent = extras.title;
  element('rect', { width: outWidth, height, fill: extras.background }, out);
  const heading = element(
    'text',
    { x: pad + 4, y: 22, 'font-size': 15, 'font-weight': 600, fill: text },
    out,
  );
  heading.textContent = extras.title;
  const chart = element('g', { transform: `translate(${pad} ${titleHeight})` }, out);
  clone.setAttribute('x', '0');
  clone.setAttribute('y', '0');
  clone.setAttribute('width', String(width));
  clone.setAttribute('height', String(chartHeight));
  for (const name of ['role', 'aria-label', 'aria-labelledby', 'aria-describedby', 'aria-roledescription'])
    clone.removeAttribute(name);
  chart.append(clone);

  const legend = element(
    'g',
    { transform: `translate(${pad + 4} ${titleHeight + chartHeight + 12})`, 'font-size': 12 },
    out,
  );
  const fit = (label: string): string => {
    const room = columnWidth - 44;
    if (measure(label) <= room) return label;
    let cut = label;
    while (cut.length > 1 && measure(`${cut}…`) > room) cut = cut.slice(0, -1);
    return `${cut.trimEnd()}…`;
  };
  extras.legend.forEach((entry, index) => {
    const column = Math.floor(index / legendRows);
    const row = index % legendRows;
    const item = element('g', { transform: `translate(${column * columnWidth} ${row * rowHeight})` }, legend);
    const sample = entry.sample ? getComputedStyle(entry.sample) : undefined;
    const stroke = sample?.getPropertyValue('stroke') ?? text;
    const dash = sample?.getPropertyValue('stroke-dasharray') ?? 'none';
    if (entry.kind === 'bar' || entry.kind === 'band') {
      element(
        'rect',
        {
          x: 0,
          y: 2,
          width: 24,
          height: 12,
          fill: sample?.getPropertyValue('fill') ?? text,
          stroke: entry.kind === 'band' ? 'none' : stroke,
          'stroke-width': 1,
        },
        item,
      );
    } else {
      element(
        'path',
        {
          d: 'M0 8H26',
          fill: 'none',
          stroke,
          'stroke-width': entry.kind === 'municipal' ? 2.5 : 2,
          'stroke-dasharray': dash,
        },
        item,
      );
      if (entry.marker)
        element(
          'path',
          {
            d: entry.marker,
            transform: 'translate(13 8)',
            fill: stroke,
            stroke: extras.background,
            'stroke-width': 1,
          },
          item,
        );
    }
    const label = element('text', { x: 32, y: 12, fill: text }, item);
    label.textContent = fit(entry.text);
  });
  return `<?xml version="1.0" encoding="UTF-8"?>\n${new XMLSerializer().serializeToString(out)}\n`;
}

/** The width of a text in `font` as a canvas draws it (an estimate where there is no canvas). */
function textMeasure(font: string): (text: string) => number {
  const context = document.createElement('canvas').getContext('2d');
  if (!context) return (text) => text.length * 7.5;
  context.font = font;
  return (text) => context.measureText(text).width;
}

/**
 * Draws an SVG file onto a canvas at `scale` times its size and returns the PNG. The picture is
 * loaded from a `data:` URL, not a `blob:` one: `img-src 'self' data:` (the plain-html example's
 * policy, and a common one) allows it, and a `data:` SVG leaves the canvas readable.
 */
export async function svgToPng(svgText: string, scale = 2): Promise<Blob> {
  const url = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svgText)}`;
  const image = new Image();
  image.src = url;
  await image.decode();
  const canvas = document.createElement('canvas');
  canvas.width = Math.round(image.naturalWidth * scale);
  canvas.height = Math.round(image.naturalHeight * scale);
  const context = canvas.getContext('2d');
  if (!context) throw new Error('canvas 2d context is unavailable');
  context.scale(scale, scale);
  context.drawImage(image, 0, 0);
  return await new Promise<Blob>((resolve, reject) =>
    canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('PNG encoding failed'))), 'image/png'),
  );
}

/**
 * Runs `draw` with the host in the light scheme and the chart undimmed (a report is printed on
 * paper), then puts the host's style and the chart's class back as they were.
 */
export function withLightScheme<T>(host: HTMLElement, chart: SVGSVGElement, draw: () => T): T {
  const scheme = host.style.getPropertyValue('color-scheme');
  const dimmed = chart.classList.contains('dim');
  host.style.setProperty('color-scheme', 'light');
  chart.classList.remove('dim');
  try {
    return draw();
  } finally {
    if (scheme) host.style.setProperty('color-scheme', scheme);
    else host.style.removeProperty('color-scheme');
    if (!host.style.length) host.removeAttribute('style');
    if (dimmed) chart.classList.add('dim');
  }
}

/** The exported file's name without extension: «Динамика ГИА-9 2022-2023». */
export function exportFileBase(result: DynamicsResult, { t, assessmentName }: ChartKit): string {
  const years =
    result.years.length > 1 ? `${result.years[0]}-${result.years.at(-1)}` : String(result.years[0] ?? '');
  return t('fileName', { assessment: assessmentName, years });
}
