import { describe, expect, it } from 'vitest';
import { markerPath, markersAt } from './palette.js';

describe('markersAt', () => {
  it('moves the marker shape to each point: absolute commands move, arcs stay relative', () => {
    expect(markerPath('square', 9)).toBe('M-3.82 -3.82H3.83V3.83H-3.82Z');
    expect(markersAt('square', 9, [{ x: 100, y: 50 }])).toBe('M96.18 46.18H103.83V53.83H96.18Z');
    const circles = markersAt('circle', 9, [
      { x: 10, y: 20 },
      { x: 30, y: 40 },
    ]);
    expect(circles).toBe(
      'M5.5 20a4.5 4.5 0 1 0 9 0a4.5 4.5 0 1 0 -9 0ZM25.5 40a4.5 4.5 0 1 0 9 0a4.5 4.5 0 1 0 -9 0Z',
    );
    expect(markersAt('diamond', 5.5, [])).toBe('');
  });
});
