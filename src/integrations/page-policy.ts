import { scriptHash } from '../lib/security-policy';

/**
 * Astro writes one Content-Security-Policy <meta> for the whole site: every page lists the hash
 * of every inline script and style any page has (about a kilobyte that no gzip can shrink, in
 * pages that must fit one 14 KB response). These helpers read what a page really inlines and
 * keep only those hashes; anything inlined that the policy never allowed stops the build.
 */

const META = /(<meta\s+http-equiv="content-security-policy"\s+content=")([^"]*)(")/i;

/** The text of each inline element of a kind (scripts: only those a browser runs). */
function inlineBodies(html: string, tag: 'script' | 'style'): string[] {
  const bodies: string[] = [];
  for (const [, attributes = '', body = ''] of html.matchAll(new RegExp(`<${tag}\\b([^>]*)>([\\s\\S]*?)</${tag}\\s*>`, 'gi'))) {
    if (tag === 'script') {
      if (/\ssrc\s*=/i.test(attributes)) continue;
      const type = /\stype\s*=\s*["']?([^"'\s>]+)/i.exec(attributes)?.[1]?.toLowerCase();
      if (type && type !== 'module' && !type.includes('javascript')) continue;
    }
    bodies.push(body);
  }
  return bodies;
}

/** The CSP hashes of a page's inline scripts or styles, each once, in page order. */
export function inlineHashes(html: string, tag: 'script' | 'style'): `sha256-${string}`[] {
  return [...new Set(inlineBodies(html, tag).map(scriptHash))];
}

/** A policy as its directives, each a name and its sources, in order. */
function parsePolicy(policy: string): { name: string; sources: string[] }[] {
  return policy
    .split(';')
    .map((part) => part.trim())
    .filter(Boolean)
    .map((part) => {
      const [name = '', ...sources] = part.split(/\s+/);
      return { name, sources };
    });
}

/** The sources of one directive of a policy, or undefined when it has none. */
export function directiveSources(policy: string, name: string): string[] | undefined {
  return parsePolicy(policy).find((directive) => directive.name === name)?.sources;
}

const isHash = (source: string) => /^'sha(256|384|512)-/.test(source);

/**
 * The page with its policy <meta> listing only the hashes of what it inlines. Throws, naming the
 * hash, when the page inlines something the policy does not allow, or inlines anything with no
 * policy at all (a redirect page has neither).
 */
export function tightenPagePolicy(html: string): string {
  const meta = META.exec(html);
  if (!meta) {
    if (inlineBodies(html, 'script').length + inlineBodies(html, 'style').length) throw new Error('the page inlines code but has no Content-Security-Policy <meta>');
    return html;
  }
  const directives = parsePolicy(meta[2]!).map(({ name, sources }) => {
    const tag = name === 'script-src' ? 'script' : name === 'style-src' ? 'style' : undefined;
    if (!tag) return [name, ...sources].join(' ');
    const allowed = new Set(sources.filter(isHash));
    const needed = inlineHashes(html, tag).map((hash) => `'${hash}'`);
    const missing = needed.filter((hash) => !allowed.has(hash));
    if (missing.length) throw new Error(`an inline ${tag} the policy does not allow: ${missing.join(' ')}`);
    return [name, ...sources.filter((source) => !isHash(source)), ...needed].join(' ');
  });
  return html.replace(META, (_, start: string, __: string, end: string) => `${start}${directives.join('; ')}${end}`);
}
