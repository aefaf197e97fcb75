import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * An editor's mistake in a content file must stop the build with a message naming the file and
 * the field. These tests build a throwaway copy of the content with one mistake each.
 */
const root = fileURLToPath(new URL('../..', import.meta.url));
const astroBin = join(root, 'node_modules/astro/bin/astro.mjs');
const tmpRoot = join(root, 'tests/.tmp');
let workDir: string;

function runAstro(command: 'sync' | 'build', fixtureDir?: string) {
  const fixtureEnv = fixtureDir
    ? { CONTENT_DIR: fixtureDir, OUT_DIR: join(workDir, 'dist'), ASTRO_CACHE_DIR: join(workDir, 'cache') }
    : {};
  const result = spawnSync(process.execPath, [astroBin, command], {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, ...fixtureEnv, NO_COLOR: '1', FORCE_COLOR: '0' },
  });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
}

/** A copy of the real content with one file changed by `edit`. */
function fixture(name: string, file: string, edit: (text: string) => string): string {
  const dir = join(workDir, name);
  cpSync(join(root, 'content'), dir, { recursive: true });
  const path = join(dir, file);
  writeFileSync(path, edit(readFileSync(path, 'utf8')));
  return dir;
}

beforeAll(() => {
  mkdirSync(tmpRoot, { recursive: true });
  workDir = mkdtempSync(join(tmpRoot, 'content-errors-'));
});

afterAll(() => {
  rmSync(workDir, { recursive: true, force: true });
  // Put the generated content types back to those of the real content.
  runAstro('sync');
});

describe('malformed content fails the build, naming the file and field', () => {
  test('a question with a missing and a mistyped field', () => {
    const dir = fixture('question', 'questions/reposted.mdx', (text) =>
      text.replace(/^description:.*\n/m, '').replace(/^group: not-filled$/m, 'group: not-filed'),
    );
    const { status, output } = runAstro('sync', dir);
    expect(status).not.toBe(0);
    expect(output).toContain('questions/reposted.mdx');
    expect(output).toMatch(/description\b.*Required|description.*expected string/i);
    expect(output).toMatch(/group.*expected one of/i);
  }, 60_000);

  test('an article with a mistyped nested field', () => {
    const dir = fixture('article', 'article/follow-up-after-rejection.mdx', (text) =>
      text.replace(/^  year: 2012$/m, '  year: "twenty twelve"'),
    );
    const { status, output } = runAstro('sync', dir);
    expect(status).not.toBe(0);
    expect(output).toContain('article/follow-up-after-rejection.mdx');
    expect(output).toContain('credit.year');
  }, 60_000);

  test('a question pointing at a guide outcome that does not exist', () => {
    const dir = fixture('outcome', 'questions/mismatch.mdx', (text) =>
      text.replace(/^guideOutcome: .*$/m, 'guideOutcome: ask-which-roles'),
    );
    const { status, output } = runAstro('sync', dir);
    expect(status).not.toBe(0);
    expect(output).toContain('questions/mismatch.mdx');
    expect(output).toContain('guideOutcome');
  }, 60_000);

  test('a template using a placeholder it does not declare', () => {
    const dir = fixture('template', 'templates/ask-feedback.md', (text) => `${text.trimEnd()}\n\nP.S. {favouriteColour}\n`);
    const { status, output } = runAstro('build', dir);
    expect(status).not.toBe(0);
    expect(output).toContain('templates/ask-feedback.md');
    expect(output).toContain('{favouriteColour}');
    expect(output).toContain('fields');
  }, 120_000);

  test('a text or LinkedIn version longer than 300 characters once the examples are filled in', () => {
    const dir = fixture('short', 'templates/thank-you-stay-in-touch.md', (text) =>
      text.replace(/^short: "/m, 'short: "About the {role} role at {company}: more words than a text or a LinkedIn note can hold. '),
    );
    const { status, output } = runAstro('build', dir);
    expect(status).not.toBe(0);
    expect(output).toMatch(/templates\/thank-you-stay-in-touch\.md: field "short" is \d+ characters with the example details filled in/);
  }, 120_000);

  test('a phone script longer than 70 words once the examples are filled in', () => {
    const dir = fixture('phone', 'templates/ask-feedback.md', (text) =>
      text.replace(/^phone: "/m, `phone: "${'I would also like to say one more thing about the interview. '.repeat(3)}`),
    );
    const { status, output } = runAstro('build', dir);
    expect(status).not.toBe(0);
    expect(output).toMatch(/templates\/ask-feedback\.md: field "phone" is \d+ words with the example details filled in/);
  }, 120_000);

  test('a guide question whose wording misspells one of its answers', () => {
    const dir = fixture('guide', 'guide/how-told.md', (text) => text.replace(/^  agency:$/m, '  agncy:'));
    const { status, output } = runAstro('build', dir);
    expect(status).not.toBe(0);
    expect(output).toContain('guide/how-told.md');
    expect(output).toContain('"agncy"');
  }, 120_000);

  test('an outcome assuming a fact that a path to it never establishes', () => {
    const dir = fixture('assumes', 'templates/ask-feedback.md', (text) => text.replace(/^assumes: \[/m, 'assumes: [no-reason-given, '));
    const { status, output } = runAstro('build', dir);
    expect(status).not.toBe(0);
    expect(output).toContain('templates/ask-feedback.md: field "assumes" says "no-reason-given"');
    expect(output).toContain('/guide/turned-down/by-email/still-keen/closer-match/none-in-mind/');
  }, 120_000);
});
