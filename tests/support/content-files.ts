import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';

/** The content files as an editor wrote them: front matter (parsed) and body, by folder. */
export interface ContentFile {
  id: string;
  path: string;
  data: Record<string, unknown>;
  body: string;
}

const ROOT = new URL('../../content/', import.meta.url).pathname;

/** One content file, e.g. a question whose title a test looks for. */
export function contentFile(folder: string, id: string): ContentFile {
  const file = contentFiles(folder).find((candidate) => candidate.id === id);
  if (!file) throw new Error(`No content/${folder}/${id}.md(x).`);
  return file;
}

/** A reader question's title (content, so tests never copy it). */
export const questionTitle = (id: string) => contentFile('questions', id).data.title as string;

export function contentFiles(folder: string): ContentFile[] {
  return readdirSync(join(ROOT, folder))
    .filter((name) => /\.mdx?$/.test(name))
    .sort()
    .map((name) => {
      const path = `content/${folder}/${name}`;
      const text = readFileSync(join(ROOT, folder, name), 'utf8');
      const match = /^---\n([\s\S]*?)\n---\n?([\s\S]*)$/.exec(text);
      if (!match) throw new Error(`${path} has no front matter.`);
      return { id: name.replace(/\.mdx?$/, ''), path, data: parse(match[1]!) as Record<string, unknown>, body: match[2]! };
    });
}
