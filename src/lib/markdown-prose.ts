/**
 * The prose of a Markdown/MDX text: front matter, code, link targets, tags and syntax removed,
 * one line per block so headings and list items count as sentences of their own.
 */
export function markdownProse(markdown: string): string {
  return markdown
    .replace(/^---[\s\S]*?\n---/, ' ') // front matter
    .replace(/^(import|export) .*$/gm, ' ') // MDX imports and exports
    .replace(/```[\s\S]*?```/g, ' ') // code blocks
    .replace(/\]\([^)]*\)/g, ']') // link targets
    .replace(/<[^>]+>/g, ' ') // tags
    .replace(/\{[^}\n]*\}/g, ' ') // MDX expressions and template placeholders
    .replace(/^\s*(#{1,6}|[-*+]|\d+\.|>)\s+/gm, '') // block markers
    .replace(/[*_`~[\]|]/g, ' ');
}
