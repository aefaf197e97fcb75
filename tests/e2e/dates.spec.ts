import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { test, expect } from './fixtures';
import { en } from '../../src/i18n/en';

/**
 * Readers see days in words ("Friday 11 December"), never as a machine writes them
 * ("2026-12-11"). The page's own status messages are checked where they are made (the reminder's,
 * in guide.spec.ts); here, every built page and every interface string.
 */
const ISO_DAY = /\b\d{4}-\d{2}-\d{2}\b/;

/** What a page shows as text: its HTML without scripts, styles, tags or attributes. */
const shownText = (html: string) =>
  html
    .replace(/<(script|style)\b[^>]*>[\s\S]*?<\/\1>/g, ' ')
    .replace(/<[^>]+>/g, ' ');

test('no built page shows a machine date', () => {
  const dist = fileURLToPath(new URL('../../dist/', import.meta.url));
  const pages = readdirSync(dist, { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.html'));
  expect(pages.length).toBeGreaterThan(500);
  const showing = pages.filter((file) => ISO_DAY.test(shownText(readFileSync(`${dist}${file}`, 'utf8'))));
  expect(showing).toEqual([]);
});

test('no interface string holds a machine date', () => {
  const holding = Object.entries(en).filter(([, text]) => ISO_DAY.test(text));
  expect(holding).toEqual([]);
  // The check itself sees one.
  expect(ISO_DAY.test(shownText('<p>Reminder for <b>2026-12-08</b> saved</p>'))).toBe(true);
});
