import type { DynamicsClass } from '@shnro/core';

/**
 * How a school's series is drawn: a colour, a marker shape, a dash pattern and a bar fill
 * pattern. Colour is never the only cue: two schools that share a colour differ in shape,
 * dash or fill, so the chart reads in grey print and for colour-blind readers.
 */
export interface SeriesStyle {
  /** 1-based index of the colour (`--_c1` … `--_c8`). */
  colour: number;
  marker: MarkerShape;
  /** `stroke-dasharray` of the line; empty for solid. */
  dash: string;
  /** Fill pattern of the bars. */
  fill: FillPattern;
}

/** Marker shapes, each readable without colour. */
export type MarkerShape = 'circle' | 'square' | 'triangle' | 'diamond' | 'triangle-down' | 'plus' | 'cross';

/** Bar fills, each readable in black-and-white print. */
export type FillPattern = 'solid' | 'diagonal' | 'dots' | 'crosshatch' | 'horizontal' | 'reverse-diagonal';

/** The number of palette colours (Okabe–Ito hues, darkened for white and lightened for dark surfaces). */
export const PALETTE_SIZE = 8;

const markers: readonly MarkerShape[] = [
  'circle',
  'square',
  'triangle',
  'diamond',
  'triangle-down',
  'plus',
  'cross',
];
const dashes: readonly string[] = ['', '7 4', '2 3', '10 3 2 3'];
const fills: readonly FillPattern[] = [
  'solid',
  'diagonal',
  'dots',
  'crosshatch',
  'horizontal',
  'reverse-diagonal',
];

/**
 * The style of the school in position `index`. Colours, shapes, dashes and fills cycle with
 * lengths 8, 7, 4 and 6, so the first 56 schools never share all of colour, shape and dash.
 */
export function seriesStyle(index: number): SeriesStyle {
  return {
    colour: (index % PALETTE_SIZE) + 1,
    marker: markers[index % markers.length] ?? 'circle',
    dash: dashes[index % dashes.length] ?? '',
    fill: fills[index % fills.length] ?? 'solid',
  };
}

/** Past this many series, lines and markers get thinner and the legend folds away. */
export const MANY_SERIES = 12;

/** The markers' size: smaller when many lines share the chart. */
export function markerSize(seriesCount: number): number {
  return seriesCount > MANY_SERIES ? 5.5 : 9;
}

const markerParts = new Map<string, { command: string; numbers: number[] }[]>();

/**
 * The path data of a school's markers, one shape at each of `points`, in one path: a line's
 * markers drawn as one shape per school rather than one `<marker>` per point, which a browser
 * paints one by one. The shapes are `markerPath`'s, moved to each point.
 */
export function markersAt(
  shape: MarkerShape,
  size: number,
  points: readonly { x: number; y: number }[],
): string {
  const key = `${shape}|${size}`;
  let parts = markerParts.get(key);
  if (!parts) {
    parts = [...markerPath(shape, size).matchAll(/([MLHVaZ])([^MLHVaZ]*)/g)].map(([, command, numbers]) => ({
      command: command!,
      numbers: numbers!.trim() ? numbers!.trim().split(/\s+/).map(Number) : [],
    }));
    markerParts.set(key, parts);
  }
  const f = (value: number): number => Math.round(value * 100) / 100;
  let d = '';
  for (const { x, y } of points)
    for (const { command, numbers } of parts) {
      // Absolute commands move with the point; the arc (`a`) is relative already.
      const moved =
        command === 'H'
          ? numbers.map((value) => f(value + x))
          : command === 'V'
            ? numbers.map((value) => f(value + y))
            : command === 'a'
              ? numbers
              : numbers.map((value, index) => f(value + (index % 2 === 0 ? x : y)));
      d += command + moved.join(' ');
    }
  return d;
}

/** SVG path data of a marker centred on 0,0, about `size` wide. */
export function markerPath(shape: MarkerShape, size = 9): string {
  const r = size / 2;
  const f = (value: number): string => String(Math.round(value * 100) / 100);
  switch (shape) {
    case 'circle':
      return `M${f(-r)} 0a${f(r)} ${f(r)} 0 1 0 ${f(2 * r)} 0a${f(r)} ${f(r)} 0 1 0 ${f(-2 * r)} 0Z`;
    case 'square': {
      const s = r * 0.85;
      return `M${f(-s)} ${f(-s)}H${f(s)}V${f(s)}H${f(-s)}Z`;
    }
    case 'triangle':
      return `M0 ${f(-r * 1.1)}L${f(r)} ${f(r * 0.8)}H${f(-r)}Z`;
    case 'triangle-down':
      return `M0 ${f(r * 1.1)}L${f(r)} ${f(-r * 0.8)}H${f(-r)}Z`;
    case 'diamond':
      return `M0 ${f(-r * 1.15)}L${f(r)} 0L0 ${f(r * 1.15)}L${f(-r)} 0Z`;
    case 'plus': {
      const t = r * 0.38;
      return `M${f(-t)} ${f(-r)}H${f(t)}V${f(-t)}H${f(r)}V${f(t)}H${f(t)}V${f(r)}H${f(-t)}V${f(t)}H${f(-r)}V${f(-t)}H${f(-t)}Z`;
    }
    case 'cross': {
      // The plus turned by 45°.
      const a = r * 0.95;
      const t = r * 0.3;
      return `M${f(-a)} ${f(-a + t)}L${f(-a + t)} ${f(-a)}L0 ${f(-t)}L${f(a - t)} ${f(-a)}L${f(a)} ${f(-a + t)}L${f(t)} 0L${f(a)} ${f(a - t)}L${f(a - t)} ${f(a)}L0 ${f(t)}L${f(-a + t)} ${f(a)}L${f(-a)} ${f(a - t)}L${f(-t)} 0Z`;
    }
  }
}

/**
 * The icon of a class of dynamics, so a badge never speaks by colour alone: ▲ positive,
 * ▼ decline, ▬ no change, ▁ under a dotted threshold for stable-low, «?» for not judged.
 * Path data in a 12 × 12 box; `dotted` parts are drawn as dashed strokes.
 */
export const classIcons: Readonly<Record<DynamicsClass, { fill: string; stroke?: string }>> = {
  improving: { fill: 'M6 1.5L11 10H1Z' },
  declining: { fill: 'M6 10.5L11 2H1Z' },
  stable: { fill: 'M1 4.5H11V7.5H1Z' },
  'stable-low': { fill: 'M1 8H11V11H1Z', stroke: 'M1 3.5H11' },
  'insufficient-data': {
    fill: 'M5.1 9H6.9V10.8H5.1ZM3.6 4.2C3.6 2.6 4.7 1.4 6.1 1.4S8.5 2.4 8.5 3.8C8.5 5.6 6.9 5.7 6.9 7.6H5.1C5.1 5 6.7 4.8 6.7 3.8C6.7 3.4 6.5 3 6 3S5.3 3.5 5.3 4.2Z',
  },
};
