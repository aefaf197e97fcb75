import QRCode from 'qrcode';

/**
 * A QR code of `url` as an SVG, made at build time (no script at run time) by the maintained
 * `qrcode` package. Medium error correction survives a creased or smudged printout; the quiet
 * zone of four modules is what scanners expect. Colours are attributes, not styles, so the
 * Content Security Policy has nothing to allow.
 */
export async function qrCodeSvg(url: string, label: string): Promise<string> {
  if (!/^https?:\/\//.test(url)) throw new Error(`A QR code needs an absolute address, not “${url}”.`);
  const svg = await QRCode.toString(url, { type: 'svg', margin: 4, errorCorrectionLevel: 'M' });
  // Named for screen readers; sized by the page's CSS.
  return svg.replace('<svg ', `<svg role="img" aria-label="${label.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`)}" `);
}

/** An address as printed under its QR code: without the scheme, easier to type. */
export const printedAddress = (url: string) => url.replace(/^https?:\/\//, '');
