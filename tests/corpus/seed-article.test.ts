/**
 * The reference article (../shared/seed): every figure found, every figure the registry covers
 * explained, nothing from the sidebar; through the real CLI and in the real browser.
 */
import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cardText } from '../e2e/closed-roots.ts';
import { launchWithExtension, openPage, openPopupFor, pageState, ROOT, serve, setSettings, waitForMarks, type Session, type StaticServer } from '../e2e/harness.ts';
import { SEED } from './shared-paths.ts';

const run = promisify(execFile);
interface ClaimJson { text: string; kind: string; value: number | null; match: { factId: string; sources: { url: string }[]; check: { status: string } } | null }
interface Report { file: string; lang: string; isArticle: boolean; aiWork: { isAiWork: boolean }; claims: ClaimJson[] }

async function scan(...args: string[]): Promise<Report[]> {
  const { stdout } = await run(process.execPath, [join(ROOT, 'node_modules/tsx/dist/cli.mjs'), join(ROOT, 'cli/scan.ts'), '--json', ...args], { cwd: ROOT });
  return stdout.trim().split('\n').map((l) => JSON.parse(l) as Report);
}

// "enam tahun lalu" only frames the 90% that follows it: a time frame, no claim.
const FIGURES = [
  'sepuluh hingga dua puluh tahun', 'seminggu', 'sepuluh menit', 'dua puluh versi', 'satu minggu', '750 bos', '44%', 'enam belas jam sehari', '24 jam',
  '90%', 'turun menjadi 15%', 'dari 10% menjadi 90%', 'ratusan miliar dolar', '500 MW', 'satu miliar robot humanoid per tahun',
  'dua puluh ribu dolar per unit', 'dua puluh ribu dolar', 'sepuluh ribu unit', 'lima belas tahun', 'hampir 40%', '70%', '60%',
];
const MATCHES: [string, string][] = [
  ['90%', 'top500-cpu-gpu-share'], ['turun menjadi 15%', 'top500-cpu-gpu-share'], ['dari 10% menjadi 90%', 'top500-cpu-gpu-share'],
  ['hampir 40%', 'imf-ai-exposure-40-60'], ['60%', 'imf-ai-exposure-40-60'], ['70%', 'linkedin-70-percent-skills'],
  ['750 bos', 'resumebuilder-44-percent-ai-layoffs'], ['44%', 'resumebuilder-44-percent-ai-layoffs'], ['500 MW', 'xai-humain-500mw'],
  ['satu miliar robot humanoid per tahun', 'optimus-billion-robots'], ['dua puluh ribu dolar per unit', 'optimus-billion-robots'], ['dua puluh ribu dolar', 'optimus-billion-robots'],
  ['enam belas jam sehari', 'industrial-revolution-16-hour-days'], ['sepuluh hingga dua puluh tahun', 'musk-work-optional-10-20-years'],
  ['lima belas tahun', 'huang-recommender-systems-15-years'], ['ratusan miliar dolar', 'huang-hundreds-of-billions'],
];
/** The article's distortions get their verdict; its correct uses stay consistent. */
const CHECKS: [string, string][] = [
  ['90%', 'differs'], ['turun menjadi 15%', 'differs'], ['dari 10% menjadi 90%', 'differs'], ['70%', 'misattributed'], ['44%', 'reframed'],
  ['satu miliar robot humanoid per tahun', 'misattributed'], ['ratusan miliar dolar', 'reframed'],
  ['hampir 40%', 'consistent'], ['60%', 'consistent'], ['750 bos', 'consistent'], ['500 MW', 'consistent'], ['lima belas tahun', 'consistent'],
];

describe('the reference article through the CLI', () => {
  it('is an article about AI and work, with every figure found and the covered ones matched with sources', async () => {
    const [report] = await scan(join(SEED, 'ai-work-debate.id.html'));
    expect(report!.lang).toBe('id');
    expect(report!.isArticle).toBe(true);
    expect(report!.aiWork.isAiWork).toBe(true);
    const texts = report!.claims.map((c) => c.text);
    expect(texts).toEqual(FIGURES);
    for (const [text, factId] of MATCHES) {
      const claim = report!.claims.find((c) => c.text === text)!;
      expect(claim.match?.factId, text).toBe(factId);
      expect(claim.match!.sources.every((s) => s.url.startsWith('https://')), text).toBe(true);
    }
    for (const [text, status] of CHECKS) expect(report!.claims.find((c) => c.text === text)!.match?.check.status, text).toBe(status);
    // Nothing from the sidebar, the byline date or the footer.
    for (const t of ['91.234,50', '2,41%', '-0,87%', '35%', '2025']) expect(texts.some((x) => x.includes(t)), t).toBe(false);
  });

  it('reads the plain-text version as the whole body', async () => {
    const [report] = await scan('--lang', 'id', join(SEED, 'ai-work-debate.id.txt'));
    const texts = new Set(report!.claims.map((c) => c.text));
    for (const f of FIGURES) expect(texts.has(f), f).toBe(true);
  });

  it('reports a missing file clearly and still scans the others', async () => {
    const error = await run(process.execPath, [join(ROOT, 'node_modules/tsx/dist/cli.mjs'), join(ROOT, 'cli/scan.ts'), '--json', join(SEED, 'nope.html'), join(SEED, 'ai-work-debate.id.html')], { cwd: ROOT }).catch((e: { code: number; stdout: string; stderr: string }) => e);
    expect((error as { code: number }).code).toBe(1);
    expect((error as { stderr: string }).stderr).toMatch(/cannot read .*nope\.html: no such file/);
    expect((error as { stdout: string }).stdout.trim().split('\n')).toHaveLength(1);
  });
});

describe('the reference article in Chromium', () => {
  let server: StaticServer;
  let session: Session;
  beforeAll(async () => {
    server = await serve({ seed: SEED });
    session = await launchWithExtension();
  });
  afterAll(async () => {
    await session?.close();
    await server?.close();
  });

  it('highlights it, explains the TOP500 claim, lists claims in the popup, and restores the DOM', async () => {
    await setSettings(session, { highlights: false });
    const { page, errors } = await openPage(session, `${server.origin}/seed/ai-work-debate.id.html`);
    await expect.poll(async () => (await pageState(session, page)).isAiWork).toBe(true);
    const pristine = await page.evaluate(() => document.documentElement.outerHTML);
    await setSettings(session, { highlights: true });
    await waitForMarks(page, FIGURES.length);
    const marked = await page.evaluate(() => Array.from(document.querySelectorAll('recount-mark')).map((m) => m.textContent));
    for (const f of FIGURES) expect(marked.join('|'), f).toContain(f);
    expect(await page.locator('aside recount-mark').count()).toBe(0);
    await page.locator('recount-mark', { hasText: 'dari 10% menjadi 90%' }).click();
    // The card's text, read in its closed shadow root.
    await expect.poll(() => cardText(page)).toContain('145 dari 500'); // the November 2019 list, in the article's language
    await page.keyboard.press('Escape');
    await expect.poll(() => cardText(page)).toBeNull();

    const popup = await openPopupFor(session, page);
    await popup.waitForSelector('.claims > li');
    expect(await popup.locator('.claims > li').count()).toBe(FIGURES.length);
    expect(await popup.locator('.claims > li.matched').count()).toBe(MATCHES.length);
    await popup.locator('input[name=overlays]').check();
    // One note per fact per paragraph: as many as there are (paragraph, fact) pairs among the matched figures.
    const factOf = Object.fromEntries((await pageState(session, page)).claims.map((c) => [String(c.index), c.factId]));
    const pairs = await page.evaluate((facts) => {
      const blocks = Array.from(document.querySelectorAll('p, li, blockquote, h1, h2, h3, h4, h5, h6, figcaption, td'));
      return new Set(Array.from(document.querySelectorAll<HTMLElement>('recount-mark.recount-matched')).map((m) => `${blocks.indexOf(m.closest('p, li, blockquote, h1, h2, h3, h4, h5, h6, figcaption, td')!)} ${facts[m.dataset.recountClaim!]}`)).size;
    }, factOf);
    expect(pairs).toBeGreaterThanOrEqual(new Set(MATCHES.map(([, fact]) => fact)).size);
    await expect.poll(() => page.locator('recount-note').count()).toBe(pairs);
    await popup.locator('input[name=highlights]').uncheck();
    await expect.poll(() => page.locator('recount-mark, recount-note').count()).toBe(0);
    expect(await page.evaluate(() => document.documentElement.outerHTML)).toBe(pristine);
    expect(errors).toEqual([]);
    await setSettings(session, { highlights: true, overlays: false });
  });
});
