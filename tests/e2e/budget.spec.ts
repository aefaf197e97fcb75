import { test, expect } from './fixtures';
import { BUDGETS, PAGE_KINDS, measurePageWeight } from '../support/page-weight.mjs';

// Bytes are deterministic, so budgets are enforced here; timings live in `npm run bench`.
for (const { kind, path } of PAGE_KINDS.filter((pageKind) => pageKind.guide)) {
  test(`${kind} loads at most ${BUDGETS.guideJs / 1024} KB of JavaScript (gzip) before any interaction`, async ({ page }) => {
    const weight = await measurePageWeight(page, path);
    const scripts = weight.files.filter((file) => file.kind === 'js').map((file) => `${file.url} ${file.bytes}`);
    expect(weight.js, scripts.join('\n')).toBeGreaterThan(0);
    expect(weight.js, scripts.join('\n')).toBeLessThanOrEqual(BUDGETS.guideJs);
  });
}

test('content pages load no guide code', async ({ page }) => {
  for (const { path } of PAGE_KINDS.filter((pageKind) => !pageKind.guide)) {
    const weight = await measurePageWeight(page, path);
    const guideScripts = weight.files.filter((file) => file.kind === 'js' && /GuideFrame|template-tool|guide-flow/.test(file.url));
    expect(guideScripts, path).toEqual([]);
  }
});
