/** `npm run scan -- --json`: the article's own arithmetic in each claim's `checks`, in the article's language. */
import { execFile } from 'node:child_process';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../..');
const run = promisify(execFile);

interface Check { kind: string; status: string; related: { start: number; end: number }[]; expected: { value: number; unit: string | null }; note: string }
interface Report { lang: string; claims: { text: string; start: number; end: number; match: unknown; checks: Check[] }[] }

async function scan(...files: string[]): Promise<Report[]> {
  const { stdout } = await run(process.execPath, [join(ROOT, 'node_modules/tsx/dist/cli.mjs'), join(ROOT, 'cli/scan.ts'), '--json', ...files], { cwd: ROOT });
  return stdout.trim().split('\n').map((l) => JSON.parse(l) as Report);
}

describe('checks in the scan output', () => {
  it('lists each finding on its claim, with related figures, the expected value and the worked arithmetic', { timeout: 30_000 }, async () => {
    const [en, id] = await scan(join(ROOT, 'tests/fixtures/pages/arithmetic.en.txt'), join(ROOT, 'tests/fixtures/pages/arithmetic.id.html'));
    // Every claim carries the list, empty when nothing is wrong.
    for (const r of [en!, id!]) for (const c of r.claims) expect(Array.isArray(c.checks), c.text).toBe(true);
    const found = (r: Report) => r.claims.flatMap((c) => c.checks.map((k) => ({ claim: c.text, ...k })));

    expect(en!.lang).toBe('en');
    expect(found(en!).map((f) => [f.claim, f.kind, f.status, f.expected, f.note])).toEqual([
      ['60%', 'arithmetic', 'inconsistent', { value: 40, unit: '%' }, '3,000 is 40% below 5,000, not 60%'],
      ['44%', 'arithmetic', 'inconsistent', { value: 48, unit: '%' }, '480 of 1,000 is 48%, not 44%'],
    ]);
    const text = (await import('node:fs')).readFileSync(join(ROOT, 'tests/fixtures/pages/arithmetic.en.txt'), 'utf8');
    expect(found(en!)[0]!.related.map((r) => text.slice(r.start, r.end))).toEqual(['from 5,000 to 3,000']);
    expect(found(en!)[1]!.related.map((r) => text.slice(r.start, r.end))).toEqual(['480', '1,000 workers']);

    expect(id!.lang).toBe('id');
    const [slip, ...rest] = found(id!);
    expect(rest).toEqual([]);
    expect(slip!.claim).toBe('9.012 orang');
    expect(slip!.expected).toEqual({ value: 9000, unit: 'person' });
    expect(slip!.related).toHaveLength(10);
    expect(slip!.note).toBe('1.240 + 2.310 + 860 + 1.475 + 640 + 515 + 388 + 702 + 455 + 415 = 9.000, bukan 9.012');
  });
});
