import { describe, expect, test } from 'vitest';
import { clampView, fitBox, fitMap, fitScale, frameRoute, LEGIBLE_SCALE, MAP_TEXT_PX, READABLE_SCALE, ROUTE_FIT, isInView, MAX_SCALE, panView, unionBox, viewBoxOf, visibleBox, zoomView } from '../../src/guide/map-view';

// A map twice as wide as tall, seen through a 416 × 216 frame (8 px of padding each side leaves 400 × 200).
const map = { width: 2000, height: 1000 };
const port = { width: 416, height: 216 };

describe('fitting', () => {
  test('the whole map fits the frame, centred', () => {
    expect(fitScale(map, port)).toBeCloseTo(0.2);
    expect(fitMap(map, port)).toEqual({ x: 1000, y: 500, scale: 0.2 });
    const shown = visibleBox(fitMap(map, port), port);
    expect(shown.x).toBeLessThanOrEqual(0);
    expect(shown.x + shown.width).toBeGreaterThanOrEqual(2000);
  });

  test('the narrower side decides the scale', () => {
    expect(fitScale(map, { width: 1016, height: 216 })).toBeCloseTo(0.2);
    expect(fitScale(map, { width: 216, height: 1016 })).toBeCloseTo(0.1);
  });

  test('a small box is shown at no more than the scale asked for, centred on it', () => {
    const view = fitBox({ x: 900, y: 400, width: 100, height: 50 }, map, port, 1);
    expect(view).toEqual({ x: 950, y: 425, scale: 1 });
    expect(isInView({ x: 900, y: 400, width: 100, height: 50 }, view, port)).toBe(true);
  });

  test('a box near the edge is framed without showing beyond the map', () => {
    const view = fitBox({ x: 0, y: 0, width: 40, height: 40 }, map, port, 1);
    expect(visibleBox(view, port)).toEqual({ x: 0, y: 0, width: 416, height: 216 });
  });

  test('the union of boxes holds each of them', () => {
    expect(
      unionBox([
        { x: 10, y: 20, width: 5, height: 5 },
        { x: 100, y: 0, width: 10, height: 50 },
      ]),
    ).toEqual({ x: 10, y: 0, width: 100, height: 50 });
    expect(unionBox([])).toBeUndefined();
  });
});

describe('zooming', () => {
  test('zooming in at the centre keeps the centre', () => {
    const view = zoomView({ x: 1000, y: 500, scale: 0.5 }, 2, map, port);
    expect(view).toEqual({ x: 1000, y: 500, scale: 1 });
  });

  test('the point under the pointer stays under it', () => {
    const before = { x: 1000, y: 500, scale: 0.5 };
    const anchor = { x: 8, y: 8 }; // near the frame's top left
    const after = zoomView(before, 2, map, port, anchor);
    const under = (view: typeof before) => ({ x: view.x + (anchor.x - port.width / 2) / view.scale, y: view.y + (anchor.y - port.height / 2) / view.scale });
    expect(under(after).x).toBeCloseTo(under(before).x);
    expect(under(after).y).toBeCloseTo(under(before).y);
  });

  test('stops at twice the natural size and at the whole map', () => {
    expect(zoomView({ x: 1000, y: 500, scale: 1.5 }, 10, map, port).scale).toBe(MAX_SCALE);
    expect(zoomView({ x: 1000, y: 500, scale: 0.3 }, 0.01, map, port)).toEqual(fitMap(map, port));
  });
});

describe('moving', () => {
  test('the map follows a drag', () => {
    const view = panView({ x: 1000, y: 500, scale: 1 }, 100, -50, map, port);
    expect(view).toEqual({ x: 900, y: 550, scale: 1 });
  });

  test('a drag cannot take the map off screen', () => {
    expect(panView({ x: 1000, y: 500, scale: 1 }, 99_999, 99_999, map, port)).toEqual({ x: 208, y: 108, scale: 1 });
    expect(panView({ x: 1000, y: 500, scale: 1 }, -99_999, -99_999, map, port)).toEqual({ x: 1792, y: 892, scale: 1 });
  });

  test('a map smaller than the frame stays centred', () => {
    expect(clampView({ x: 0, y: 0, scale: 0.2 }, map, port)).toEqual({ x: 1000, y: 500, scale: 0.2 });
  });
});

test('the viewBox is the part of the map in view', () => {
  expect(viewBoxOf({ x: 1000, y: 500, scale: 1 }, port)).toBe('792 392 416 216');
  expect(viewBoxOf({ x: 1000, y: 500, scale: 2 }, port)).toBe('896 446 208 108');
});

describe('a reader’s route', () => {
  const box = (x: number) => ({ x, y: 480, width: 190, height: 40 });

  test('a short route is shown whole, at natural size at most', () => {
    const route = [box(0), box(250)];
    const view = frameRoute(route, map, { width: 1016, height: 416 });
    expect(view.scale).toBe(1);
    for (const step of route) expect(isInView(step, view, { width: 1016, height: 416 })).toBe(true);
  });

  test('a long route on a narrow screen keeps its last steps, readable, ending where the reader is', () => {
    const route = [box(0), box(250), box(500), box(750), box(1000)];
    const phone = { width: 358, height: 288 };
    const view = frameRoute(route, map, phone);
    expect(view.scale).toBeGreaterThanOrEqual(READABLE_SCALE);
    expect(isInView(route.at(-1)!, view, phone)).toBe(true);
    expect(isInView(route[0]!, view, phone)).toBe(false);
  });

  test('where not even the last step fits readably, it is still the one in view', () => {
    const route = [box(0), box(1500)];
    const tiny = { width: 120, height: 100 };
    const view = frameRoute(route, map, tiny);
    expect(view.x).toBeCloseTo(1595);
  });

  test('framed to be read across a desk ("Fit", Present), a short route is shown whole, with room around it, and closer', () => {
    const route = [box(0), box(250)];
    const screen = { width: 1016, height: 416 };
    const view = frameRoute(route, map, screen, ROUTE_FIT);
    expect(view.scale).toBeGreaterThan(1);
    expect(view.scale * MAP_TEXT_PX).toBeGreaterThanOrEqual(16);
    const shown = visibleBox(view, screen);
    for (const step of route) {
      expect(isInView(step, view, screen)).toBe(true);
      // The margin: room on either side of the route, beyond the frame's own padding.
      expect(step.x - shown.x).toBeGreaterThanOrEqual(0);
    }
    expect(shown.x + shown.width - (route[1]!.x + route[1]!.width)).toBeGreaterThan(20);
  });

  test('framed to be read across a desk, a long route is never shown smaller than legible: its end is, the current step in view', () => {
    const route = [box(0), box(250), box(500), box(750), box(1000)];
    const screen = { width: 1016, height: 416 };
    const view = frameRoute(route, map, screen, ROUTE_FIT);
    expect(view.scale).toBeGreaterThanOrEqual(LEGIBLE_SCALE);
    expect(isInView(route.at(-1)!, view, screen)).toBe(true);
    expect(isInView(route[0]!, view, screen)).toBe(false);
  });

  test('framed to be read across a desk on a screen too small for even one box, the current step is centred at the legible scale', () => {
    const route = [box(0), box(1500)];
    const tiny = { width: 200, height: 100 };
    expect(frameRoute(route, map, tiny, ROUTE_FIT)).toEqual({ x: 1595, y: 500, scale: LEGIBLE_SCALE });
  });
});
