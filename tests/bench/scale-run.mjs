// Builds a temporary copy of the site with many generated reader questions, to show how build
// time and the search index grow with content. The copy shares node_modules; nothing in the
// project changes.
import { cpSync, mkdtempSync, readdirSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const GROUPS = ['no-reply', 'not-filled', 'internship', 'not-a-fit'];
const OUTCOMES = ['ask-feedback', 'last-check-in', 'thank-you-stay-in-touch', 'move-on-no-reply', 'ask-which-role'];
const WORDS = 'interview offer recruiter manager feedback silence deadline team role application cover letter portfolio salary reference training mentor'.split(' ');

function question(index, count) {
  const word = (n) => WORDS[(index * 7 + n * 3) % WORDS.length];
  const related = [(index + 1) % count, (index + 2) % count].map((n) => `generated-${n}`);
  return `---
title: "Generated question ${index} about the ${word(1)} and the ${word(2)}"
description: "A generated summary for question ${index}, used only to measure how the build scales with content."
group: ${GROUPS[index % GROUPS.length]}
situation: "A generated reader, number ${index}, was turned down after a ${word(3)} and wonders what to do about the ${word(4)}."
guideOutcome: ${OUTCOMES[index % OUTCOMES.length]}
related: [${related.join(', ')}]
nextSteps:
  - "Write one short note about the ${word(5)}."
  - "Keep applying while you wait."
---

This answer ${index} talks about the ${word(6)}, the ${word(7)} and the ${word(8)}. ${'It is filler text that gives the index something to hold. '.repeat(12)}
`;
}

function dirBytes(dir) {
  let total = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (entry.isFile()) total += statSync(join(entry.parentPath, entry.name)).size;
  }
  return total;
}

/** Builds `root` with `count` extra questions; returns seconds and the Pagefind index size. */
export function scaleRun(root, astroBin, count) {
  const copy = mkdtempSync(join(tmpdir(), 'after-the-no-scale-'));
  try {
    // tests/fixtures: the old guide addresses the build still redirects (src/guide/legacy-redirects.ts reads them).
    for (const item of ['src', 'content', 'public', 'tests/fixtures', 'astro.config.mjs', 'tsconfig.json', 'package.json']) {
      cpSync(join(root, item), join(copy, item), { recursive: true });
    }
    symlinkSync(join(root, 'node_modules'), join(copy, 'node_modules'));
    for (let index = 0; index < count; index++) {
      writeFileSync(join(copy, 'content/questions', `generated-${index}.mdx`), question(index, count));
    }
    const started = performance.now();
    const result = spawnSync(process.execPath, [astroBin, 'build'], { cwd: copy, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
    const seconds = (performance.now() - started) / 1000;
    if (result.status !== 0) throw new Error(`scale build failed:\n${result.stdout}\n${result.stderr}`);
    const pagefindMs = Number(/indexed \d+ pages in (\d+) ms/.exec(result.stdout)?.[1] ?? NaN);
    const pages = Number(/(\d+) page\(s\) built/.exec(result.stdout)?.[1] ?? NaN);
    return { pages, seconds, pagefindSeconds: pagefindMs / 1000, indexBytes: dirBytes(join(copy, 'dist/pagefind')) };
  } finally {
    rmSync(copy, { recursive: true, force: true });
  }
}

export { dirBytes };
