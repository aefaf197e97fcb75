import { connectMapViewer } from './map-viewer';

// The map page's island (loaded by the page script once the page has painted).
const viewer = document.querySelector<HTMLElement>('[data-map-viewer]');
if (viewer) connectMapViewer(viewer);
