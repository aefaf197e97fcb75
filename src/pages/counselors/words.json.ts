import type { APIRoute } from 'astro';
import { directoryWords } from '../../lib/directory-words';

/** The counsellors' filter's reader words (see src/lib/directory-words.ts). */
export const GET: APIRoute = async () =>
  new Response(JSON.stringify(await directoryWords()), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
