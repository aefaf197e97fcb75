import type { APIRoute, GetStaticPaths } from 'astro';
import { guideStaticPaths } from '../../../../lib/guide-static-paths';
import { mapUrl } from '../../../../guide/map-urls';
import { qrCodeSvg } from '../../../../lib/qr-code';

/**
 * Each route's map as a QR code ("Show QR code" on /guide/map/<answers>/), made at build time
 * rather than in the browser: the `qrcode` package would be ~9.5 KB (gzip) of script to fetch at
 * the press, where a route's file is under 1 KB (gzip), needs no script, and all ~430 of them add
 * about 1.5 s to the build. Its own file, not in the page, which is near its 14 KB first-render
 * budget: the popover's image loads only when it is first shown.
 */
export const getStaticPaths = (() => guideStaticPaths().filter((path) => path.props.answers.length > 0)) satisfies GetStaticPaths;

export const GET: APIRoute<{ answers: string[] }> = async ({ props, site }) => {
  const svg = await qrCodeSvg(new URL(mapUrl(props.answers), site).href);
  return new Response(svg, { headers: { 'Content-Type': 'image/svg+xml' } });
};
