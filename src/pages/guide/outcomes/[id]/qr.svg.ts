import type { APIRoute, GetStaticPaths } from 'astro';
import { OUTCOME_IDS, outcomeUrl } from '../../../../guide/guide-model';
import { qrCodeSvg } from '../../../../lib/qr-code';

/**
 * Each outcome's QR code, as its own file: the handout's <img> fetches it, so the incompressible
 * code (~0.8 KB gzip) is not in the HTML of every page that ends at this outcome, and one copy is
 * cached for all of them.
 */
export const getStaticPaths = (() => OUTCOME_IDS.map((id) => ({ params: { id } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params, site }) => {
  const svg = await qrCodeSvg(new URL(outcomeUrl(params.id!), site).href);
  return new Response(svg, { headers: { 'Content-Type': 'image/svg+xml' } });
};
