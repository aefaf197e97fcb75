import { fitBox, fitMap, frameRoute, isInView, panView, ROUTE_FIT, viewBoxOf, zoomView, type MapBox, type MapSize, type MapView } from '../map-view';
import type { startPresenting } from './map-present';

/** One press of a zoom button or key. */
const ZOOM_STEP = 1.5;
/** One press of an arrow key, in screen pixels. */
const PAN_STEP = 80;
/** A pointer that moves less than this is a click, not a drag. */
const DRAG_THRESHOLD = 5;

/** A box of the map (a question or outcome), from its rectangle's own attributes. */
function boxOf(node: Element): MapBox {
  const rect = node.querySelector('rect')!;
  const value = (name: string) => Number(rect.getAttribute(name));
  return { x: value('x'), y: value('y'), width: value('width'), height: value('height') };
}

/**
 * The map viewer: the diagram fits its frame on load and can be zoomed and moved, by the
 * buttons, the keyboard (+, −, 0, arrows) or a pointer (drag, pinch, Ctrl + wheel), all by
 * rewriting the SVG's viewBox. On a path's map the reader's route is framed first, and on an
 * outcome's (#map-…) its box; "Fit" (and 0) frames the route, legible across a desk, or without
 * one the whole map. Present (./map-present.ts, loaded on its first press) shows it full screen.
 * Without JavaScript the frame scrolls over the full-size drawing.
 */
export function connectMapViewer(root: HTMLElement): void {
  const port = root.querySelector<HTMLElement>('[data-map-port]')!;
  const svg = port.querySelector<SVGSVGElement>('svg[data-guide-map]')!;
  const level = root.querySelector<HTMLElement>('[data-map-zoom-level]')!;
  const map: MapSize = { width: svg.viewBox.baseVal.width, height: svg.viewBox.baseVal.height };
  const size = (): MapSize => ({ width: port.clientWidth, height: port.clientHeight });

  const percent = new Intl.NumberFormat(document.documentElement.lang, { style: 'percent' });
  // Clicks made while this loaded may have given up waiting and marked the page, which shows the
  // scrolling fallback until the frame is marked: then it is marked first, to measure the frame.
  if (document.documentElement.dataset.islands) port.dataset.zoomable = '';
  let view: MapView;
  const show = (next: MapView) => {
    view = next;
    // Only when it changes: setting the same viewBox still lays out the whole drawing again (the
    // resize observer's first call, just after load, would re-set the first view).
    const viewBox = viewBoxOf(view, size());
    if (svg.getAttribute('viewBox') !== viewBox) svg.setAttribute('viewBox', viewBox);
    // The level is a live region: it changes only when the zoom does, not on every pan.
    const shown = percent.format(view.scale);
    if (level.textContent !== shown) level.textContent = shown;
  };

  // The diagram runs left to right, so a route's boxes in order are its boxes from left to right.
  const route = [...svg.querySelectorAll('[data-node].is-taken')].map(boxOf).sort((a, b) => a.x - b.x);
  const fit = () => show(route.length ? frameRoute(route, map, size(), ROUTE_FIT) : fitMap(map, size()));

  /** What to show first: an outcome's box (#map-…), else the route taken, else everything. */
  const start = (): MapView => {
    // Only a box: a tampered #map-… (the drawing's own title, its arrow) frames everything.
    const target = location.hash.startsWith('#map-') ? svg.querySelector(`[data-node][id="${CSS.escape(location.hash.slice(1))}"]`) : null;
    if (target) return fitBox(boxOf(target), map, size(), 1);
    return route.length ? frameRoute(route, map, size()) : fitMap(map, size());
  };
  show(start());
  // Otherwise marked only now: the frame has had its size since the first paint, so the first view
  // is measured on the page as painted, and the drawing is laid out once, not twice.
  port.dataset.zoomable = '';

  const pointers = new Map<number, { x: number; y: number }>();
  let dragged = false;
  let printing = false;

  const zoom = (factor: number, anchor?: { x: number; y: number }) => show(zoomView(view, factor, map, size(), anchor));
  const pan = (dx: number, dy: number) => show(panView(view, dx, dy, map, size()));

  // Present's script, asked for at its first press (and again at the next if that failed).
  let present: Promise<{ startPresenting: typeof startPresenting }> | undefined;
  root.addEventListener('click', (event) => {
    const button = (event.target as Element | null)?.closest<HTMLElement>('[data-map-zoom],[data-present-src]');
    const action = button?.dataset.mapZoom;
    if (button?.dataset.presentSrc) {
      const note = root.querySelector<HTMLElement>('[data-present-failed]')!;
      present ??= import(/* @vite-ignore */ button.dataset.presentSrc);
      present.then(
        (module) => {
          // Emptied only if it said something: an alert is read out at every write.
          if (note.textContent) note.textContent = '';
          module.startPresenting(root, button, fit);
        },
        () => {
          present = undefined;
          note.textContent = note.dataset.presentFailed!;
        },
      );
    } else if (action === 'fit') fit();
    else if (action) zoom(action === 'in' ? ZOOM_STEP : 1 / ZOOM_STEP);
  });

  const keys: Record<string, () => void> = {
    '+': () => zoom(ZOOM_STEP),
    '=': () => zoom(ZOOM_STEP),
    '-': () => zoom(1 / ZOOM_STEP),
    '0': fit,
    ArrowLeft: () => pan(PAN_STEP, 0),
    ArrowRight: () => pan(-PAN_STEP, 0),
    ArrowUp: () => pan(0, PAN_STEP),
    ArrowDown: () => pan(0, -PAN_STEP),
  };
  port.addEventListener('keydown', (event) => {
    const action = keys[event.key];
    if (!action || event.ctrlKey || event.metaKey || event.altKey) return;
    event.preventDefault();
    action();
  });

  // A box reached with Tab is brought into view (not one a pointer is pressing: that would move
  // it from under the pointer).
  port.addEventListener('focusin', (event) => {
    if (pointers.size) return;
    const node = (event.target as Element).closest('[data-node]');
    if (node && !isInView(boxOf(node), view, size())) show(fitBox(boxOf(node), map, size(), view.scale));
  });

  // Ctrl + wheel (and a trackpad's pinch, which Chrome and Firefox send as one) zooms at the
  // pointer; a plain wheel scrolls the page as usual.
  port.addEventListener(
    'wheel',
    (event) => {
      if (!event.ctrlKey) return;
      event.preventDefault();
      const frame = port.getBoundingClientRect();
      zoom(Math.exp(-event.deltaY / 300), { x: event.clientX - frame.left, y: event.clientY - frame.top });
    },
    { passive: false },
  );

  // Drag to move, two fingers to pinch. A drag is not a click on the box it started on.
  port.addEventListener('pointerdown', (event) => {
    if (event.button !== 0) return;
    pointers.set(event.pointerId, { x: event.clientX, y: event.clientY });
    dragged = false;
  });
  port.addEventListener('pointermove', (event) => {
    const last = pointers.get(event.pointerId);
    if (!last) return;
    const now = { x: event.clientX, y: event.clientY };
    if (!dragged && Math.hypot(now.x - last.x, now.y - last.y) < DRAG_THRESHOLD) return;
    if (!dragged) port.setPointerCapture(event.pointerId);
    dragged = true;
    if (pointers.size === 2) {
      const other = [...pointers].find(([id]) => id !== event.pointerId)![1];
      const frame = port.getBoundingClientRect();
      const middle = { x: (now.x + other.x) / 2 - frame.left, y: (now.y + other.y) / 2 - frame.top };
      zoom(Math.hypot(now.x - other.x, now.y - other.y) / Math.max(Math.hypot(last.x - other.x, last.y - other.y), 1), middle);
    } else {
      pan(now.x - last.x, now.y - last.y);
    }
    pointers.set(event.pointerId, now);
  });
  const release = (event: PointerEvent) => {
    pointers.delete(event.pointerId);
    // The click that ends a drag comes before this runs; a touch drag has none, and the next
    // click (Enter on a box, say) must not be taken for one.
    setTimeout(() => (dragged = false));
  };
  port.addEventListener('pointerup', release);
  port.addEventListener('pointercancel', release);
  port.addEventListener(
    'click',
    (event) => {
      if (!dragged) return;
      dragged = false;
      event.preventDefault();
      event.stopPropagation();
    },
    true,
  );

  // Paper gets the whole map, whatever the screen shows.
  addEventListener('beforeprint', () => {
    printing = true;
    svg.setAttribute('viewBox', `0 0 ${map.width} ${map.height}`);
  });
  addEventListener('afterprint', () => {
    printing = false;
    show(view);
  });

  // A new frame size (rotation, a resized window) keeps the same centre and zoom, within bounds.
  new ResizeObserver(() => printing || show(zoomView(view, 1, map, size()))).observe(port);
}
