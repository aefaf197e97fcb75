import type { BrowserContext } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

/**
 * Reads the QR code on the first page of a printed PDF, as a phone would read the paper: the
 * PDF is rendered by pdf.js (Mozilla's PDF renderer) on a canvas in the browser, and the pixels
 * are decoded by jsQR. Returns the code's text, or null when no code can be read.
 */
const require = createRequire(import.meta.url);
const FILES: Record<string, { path: string; type: string }> = {
  '/pdf.mjs': { path: require.resolve('pdfjs-dist/build/pdf.min.mjs'), type: 'text/javascript' },
  '/pdf.worker.mjs': { path: require.resolve('pdfjs-dist/build/pdf.worker.min.mjs'), type: 'text/javascript' },
  '/jsqr.js': { path: require.resolve('jsqr/dist/jsQR.js'), type: 'text/javascript' },
};
const ORIGIN = 'http://print-reader.test';

export async function readQrCodeFromPdf(context: BrowserContext, pdf: Buffer): Promise<string | null> {
  const page = await context.newPage();
  try {
    await page.route(`${ORIGIN}/**`, async (route) => {
      const { pathname } = new URL(route.request().url());
      const file = FILES[pathname];
      if (file) return route.fulfill({ body: readFileSync(file.path), contentType: file.type });
      if (pathname === '/doc.pdf') return route.fulfill({ body: pdf, contentType: 'application/pdf' });
      return route.fulfill({ body: '<!DOCTYPE html><title>print reader</title><script src="/jsqr.js"></script>', contentType: 'text/html' });
    });
    await page.goto(`${ORIGIN}/`);
    return await page.evaluate(async () => {
      const pdfjs = await import(`${location.origin}/pdf.mjs`);
      pdfjs.GlobalWorkerOptions.workerSrc = '/pdf.worker.mjs';
      const doc = await pdfjs.getDocument({ url: '/doc.pdf' }).promise;
      const first = await doc.getPage(1);
      // About 220 dpi: a phone camera sees at least this much of a printed code.
      const viewport = first.getViewport({ scale: 3 });
      const canvas = document.createElement('canvas');
      canvas.width = Math.ceil(viewport.width);
      canvas.height = Math.ceil(viewport.height);
      await first.render({ canvas, viewport }).promise;
      const pixels = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height);
      const jsQR = (window as unknown as { jsQR: (data: Uint8ClampedArray, width: number, height: number) => { data: string } | null }).jsQR;
      return jsQR(pixels.data, pixels.width, pixels.height)?.data ?? null;
    });
  } finally {
    await page.close();
  }
}
