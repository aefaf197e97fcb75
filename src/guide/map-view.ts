/**
 * What part of the map the map viewer shows, as plain numbers (no DOM), so it can be tested
 * alone: a point of the map at the centre of the viewport and a scale (screen pixels per map
 * unit). The viewer writes the result into the SVG's own viewBox.
 */

export interface MapPoint {
  x: number;
  y: number;
}

export interface MapSize {
  width: number;
  height: number;
}

export interface MapBox extends MapPoint, MapSize {}

export interface MapView {
  /** The map point at the centre of the viewport. */
  x: number;
  y: number;
  /** Screen pixels per map unit: 1 is the map's natural size. */
  scale: number;
}

/** Closest the reader can zoom in: text at twice its natural size. */
export const MAX_SCALE = 2;
/** The smallest scale at which the map's words can still be read. */
export const READABLE_SCALE = 0.6;
/** A box's text at natural size, in CSS pixels (.guide-map's font-size, GuideMapSvg.astro). */
export const MAP_TEXT_PX = 13;
/**
 * The smallest scale for reading a box across a desk, at arm's length (Fit on a route, Present):
 * its text at 16 CSS px, the browsers' default body size, which is what reads comfortably at
 * that distance on a laptop; 13 px text, fine up close, is not.
 */
export const LEGIBLE_SCALE = 16 / MAP_TEXT_PX;
/** Room around a framed route, in map units: enough to see the answers leading in and out. */
const ROUTE_MARGIN = 24;
/** Room left around what is fitted, in screen pixels. */
const FIT_PADDING = 8;

const clamp = (value: number, low: number, high: number) => Math.min(Math.max(value, low), high);

/** The scale at which the whole map just fits the viewport: the furthest one can zoom out. */
export function fitScale(map: MapSize, port: MapSize): number {
  return Math.min((port.width - 2 * FIT_PADDING) / map.width, (port.height - 2 * FIT_PADDING) / map.height, MAX_SCALE);
}

/**
 * Keeps the map on screen: along each axis, a view narrower than the map stays inside it, and a
 * view wider than the map keeps it centred. The scale stays between "fit" and MAX_SCALE.
 */
export function clampView(view: MapView, map: MapSize, port: MapSize): MapView {
  const scale = clamp(view.scale, Math.min(fitScale(map, port), MAX_SCALE), MAX_SCALE);
  const axis = (centre: number, mapLength: number, portLength: number) => {
    const half = portLength / 2 / scale;
    return half * 2 >= mapLength ? mapLength / 2 : clamp(centre, half, mapLength - half);
  };
  return { x: axis(view.x, map.width, port.width), y: axis(view.y, map.height, port.height), scale };
}

/** The view that shows `box` whole and centred, at no more than `maxScale` (1: natural size). */
export function fitBox(box: MapBox, map: MapSize, port: MapSize, maxScale = MAX_SCALE): MapView {
  const scale = Math.min(fitScale(box, port), maxScale);
  return clampView({ x: box.x + box.width / 2, y: box.y + box.height / 2, scale }, map, port);
}

/** How close a route's framing may come, in scales: never below `min`, never above `max`. */
export interface RouteScales {
  min: number;
  max: number;
}

/** The first view of a route's map: readable, and never larger than natural size. */
export const FIRST_VIEW: RouteScales = { min: READABLE_SCALE, max: 1 };
/** "Fit" and Present on a route's map: legible across a desk (see LEGIBLE_SCALE), and as close as zoom goes. */
export const ROUTE_FIT: RouteScales = { min: LEGIBLE_SCALE, max: MAX_SCALE };

/**
 * The view of a reader's route (its boxes in order, the last one "you are here"), with a margin:
 * the whole route if it fits at `scales.min` or closer, else as much of its end as does (the
 * reader's current step always in view), never further out than `min`, never closer than `max`.
 */
export function frameRoute(route: MapBox[], map: MapSize, port: MapSize, scales: RouteScales = FIRST_VIEW): MapView {
  for (let first = 0; first < route.length; first++) {
    const view = fitBox(grow(unionBox(route.slice(first))!, ROUTE_MARGIN), map, port, scales.max);
    if (view.scale >= scales.min) return view;
  }
  // Not even the current step fits at `min`: it is centred at `min`, the part that fits shown.
  const here = route.at(-1);
  return here ? clampView({ x: here.x + here.width / 2, y: here.y + here.height / 2, scale: scales.min }, map, port) : fitMap(map, port);
}

/** `box` with `margin` more on every side. */
const grow = (box: MapBox, margin: number): MapBox => ({ x: box.x - margin, y: box.y - margin, width: box.width + 2 * margin, height: box.height + 2 * margin });

/** The whole map, centred. */
export function fitMap(map: MapSize, port: MapSize): MapView {
  return fitBox({ x: 0, y: 0, ...map }, map, port);
}

/**
 * Zooms by `factor`, keeping the map point under `anchor` (viewport pixels from its top left;
 * the centre if not given) where it is on screen, as a pinch or a wheel does.
 */
export function zoomView(view: MapView, factor: number, map: MapSize, port: MapSize, anchor?: MapPoint): MapView {
  const at = anchor ?? { x: port.width / 2, y: port.height / 2 };
  const target = clampView({ ...view, scale: view.scale * factor }, map, port).scale;
  // The map point under the anchor before zooming…
  const pointX = view.x + (at.x - port.width / 2) / view.scale;
  const pointY = view.y + (at.y - port.height / 2) / view.scale;
  // …is under it after.
  return clampView(
    { x: pointX - (at.x - port.width / 2) / target, y: pointY - (at.y - port.height / 2) / target, scale: target },
    map,
    port,
  );
}

/** Moves the map by a drag of (dx, dy) screen pixels: the map follows the pointer. */
export function panView(view: MapView, dx: number, dy: number, map: MapSize, port: MapSize): MapView {
  return clampView({ ...view, x: view.x - dx / view.scale, y: view.y - dy / view.scale }, map, port);
}

/** The part of the map the view shows, in map units. */
export function visibleBox(view: MapView, port: MapSize): MapBox {
  const width = port.width / view.scale;
  const height = port.height / view.scale;
  return { x: view.x - width / 2, y: view.y - height / 2, width, height };
}

/** The SVG viewBox attribute for a view. */
export function viewBoxOf(view: MapView, port: MapSize): string {
  const box = visibleBox(view, port);
  return [box.x, box.y, box.width, box.height].map((value) => Number(value.toFixed(2))).join(' ');
}

/** Whether `box` is wholly in view. */
export function isInView(box: MapBox, view: MapView, port: MapSize): boolean {
  const shown = visibleBox(view, port);
  return box.x >= shown.x && box.y >= shown.y && box.x + box.width <= shown.x + shown.width && box.y + box.height <= shown.y + shown.height;
}

/** The smallest box holding all of `boxes` (undefined for none). */
export function unionBox(boxes: MapBox[]): MapBox | undefined {
  if (!boxes.length) return undefined;
  const left = Math.min(...boxes.map((box) => box.x));
  const top = Math.min(...boxes.map((box) => box.y));
  const right = Math.max(...boxes.map((box) => box.x + box.width));
  const bottom = Math.max(...boxes.map((box) => box.y + box.height));
  return { x: left, y: top, width: right - left, height: bottom - top };
}
