/**
 * Present: the map viewer fills the screen for a counsellor and a client to read together, the
 * route framed at a size legible across a desk and the rest faded. Full screen where the browser
 * allows it (the Fullscreen API); where it is missing or refused, a layer over the whole page, the
 * rest of which is made inert so that Tab stays in it. Escape or Exit leaves, and focus goes back
 * to Present. Loaded by the map viewer at the first press of Present, so the map's first script
 * stays small; its look comes with it (set through element.style, which the policy allows), not
 * in the map's pages, which are near their first-render budget.
 */

type Look = Record<string, string>;

/** The viewer as a layer over the page (in full screen, the browser's own styles agree). */
const LAYER: Look = { position: 'fixed', inset: '0', 'z-index': '9', display: 'flex', 'flex-direction': 'column', margin: '0', padding: '1rem', background: 'var(--bg)' };
/** The diagram's frame, taking the room the tools leave. */
const FRAME: Look = { flex: '1', 'max-height': 'none', 'aspect-ratio': 'auto' };
/**
 * What is not on the route, quietened: its boxes' edges and the answers' lines faint (drawing, not
 * text), its boxes' words in the muted colour, which keeps them readable (4.5 : 1 or more in both
 * themes) where fading them too would not. The page's reduced-motion rule makes the fade instant.
 */
const FAINT: Look = { opacity: '0.3', transition: 'opacity 0.4s' };
const MUTED_WORDS: Look = { '--text': 'var(--muted)' };

const setLook = (element: HTMLElement | SVGElement, look: Look, on: boolean) => {
  for (const [name, value] of Object.entries(look)) {
    if (on) element.style.setProperty(name, value);
    else element.style.removeProperty(name);
  }
};

/** The page's one viewer's switch, made at the first press. */
let presentSwitch: ((on: boolean) => void) | undefined;

/** Enters Present on `viewer` (its route framed by `fit`); `presentButton` gets focus back on leaving. */
export function startPresenting(viewer: HTMLElement, presentButton: HTMLElement, fit: () => void): void {
  (presentSwitch ??= presenter(viewer, presentButton, fit))(true);
}

/** Present's switch for one viewer, its listeners set once. */
function presenter(viewer: HTMLElement, presentButton: HTMLElement, fit: () => void): (on: boolean) => void {
  const exit = viewer.querySelector<HTMLElement>('[data-present-exit]')!;
  const port = viewer.querySelector<HTMLElement>('[data-map-port]')!;
  const inerted: HTMLElement[] = [];

  /** Everything outside the viewer, made inert (and restored) for the layer that stands in for full screen. */
  const inertOutside = () => {
    for (let element = viewer; element.parentElement && element !== document.body; element = element.parentElement) {
      for (const sibling of element.parentElement.children) {
        if (sibling !== element && sibling instanceof HTMLElement && !sibling.inert) {
          sibling.inert = true;
          inerted.push(sibling);
        }
      }
    }
  };

  const set = async (on: boolean) => {
    if (on === viewer.classList.contains('is-presenting')) return;
    viewer.classList.toggle('is-presenting', on);
    setLook(viewer, LAYER, on);
    setLook(port, FRAME, on);
    // The rest fades only beside a route: on the whole map there is nothing to bring forward.
    const route = port.querySelector('.is-taken') !== null;
    for (const drawing of port.querySelectorAll<SVGElement>(':is([data-node], [data-edge]):not(.is-taken) > :is(rect, path)')) setLook(drawing, FAINT, on && route);
    for (const node of port.querySelectorAll<SVGElement>('[data-node]:not(.is-taken)')) setLook(node, MUTED_WORDS, on && route);
    presentButton.hidden = on;
    exit.hidden = !on;
    if (on) {
      fit();
      port.focus();
      try {
        await viewer.requestFullscreen({ navigationUI: 'hide' });
      } catch {
        // Missing (iPhones have none for a page's elements) or refused: the layer stays (unless
        // the reader has left Present meanwhile).
        if (viewer.classList.contains('is-presenting')) inertOutside();
      }
    } else {
      for (const element of inerted.splice(0)) element.inert = false;
      if (document.fullscreenElement) await document.exitFullscreen().catch(() => {});
      fit();
      presentButton.focus();
    }
  };

  // Each new size while presenting (full screen arriving, in one step or more; a turned tablet)
  // frames the route again. Observed after the viewer's own observer, which keeps the centre and
  // zoom instead, so this one has the last word.
  new ResizeObserver(() => viewer.classList.contains('is-presenting') && fit()).observe(port);
  exit.addEventListener('click', () => set(false));
  // The browser leaves full screen itself at Escape (or its own controls): Present ends with it.
  document.addEventListener('fullscreenchange', () => document.fullscreenElement || set(false));
  // The layer's Escape; one that closes the QR code's popover leaves the rest as it was.
  document.addEventListener('keydown', (event) => {
    if (event.key === 'Escape' && !popoverOpen()) set(false);
  });
  return (on) => void set(on);
}

/** Whether the QR code's popover is open (a browser without popovers throws at the selector: none is). */
function popoverOpen(): boolean {
  try {
    return document.querySelector(':popover-open') !== null;
  } catch {
    return false;
  }
}
