import QRCode from 'qrcode';

/**
 * A QR code of `url` as an SVG, made at build time (no script at run time) by the maintained
 * `qrcode` package. Medium error correction survives a creased or smudged printout; the quiet
 * zone of four modules is what scanners expect. Colours are attributes, not styles, so the
 * Content Security Policy has nothing to allow.
 */
export async function qrCodeSvg(url: string): Promise<string> {
  if (!/^https?:\/\//.test(url)) throw new Error(`A QR code needs an absolute address, not “${url}”.`);
  // A file of its own (the page's <img> names it for screen readers and sizes it).
  return QRCode.toString(url, { type: 'svg', margin: 4, errorCorrectionLevel: 'M' });
}

/** The id of a page's QR code popover (QrPopup.astro), which its "Show QR code" button names. */
export const QR_POPUP_ID = 'qr-code';

/** Where an outcome's QR code is served (src/pages/guide/outcomes/[id]/qr.svg.ts). */
export const qrCodeSrc = (outcomePath: string) => `${outcomePath}qr.svg`;

/** An address as printed under its QR code: without the scheme, easier to type. */
export const printedAddress = (url: string) => url.replace(/^https?:\/\//, '');
