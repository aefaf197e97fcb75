import type { APIRoute } from 'astro';
import { searchTexts } from '../../lib/client-texts';

/** The search panel's words, from src/i18n (see src/search/search-texts.ts). */
export const GET: APIRoute = () =>
  new Response(JSON.stringify(searchTexts()), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
