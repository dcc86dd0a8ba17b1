import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../..');
const run = promisify(execFile);
const registry = (...args: string[]) => run(process.execPath, [join(ROOT, 'node_modules/tsx/dist/cli.mjs'), join(ROOT, 'cli/registry.ts'), ...args], { cwd: ROOT, maxBuffer: 64 * 1024 * 1024 });

// Each test starts Node processes that compile the CLI first: on a loaded machine that alone can
// take seconds, so the bound is generous (it guards against a hang, not against slowness).
describe('npm run registry', { timeout: 60_000 }, () => {
  it('prints every fact as one JSON array, whole, through a pipe', async () => {
    const { stdout } = await registry('--json');
    expect(stdout.length).toBeGreaterThan(65536); // larger than a pipe buffer: nothing may be cut off
    const facts = JSON.parse(stdout) as { id: string; sources: { url: string; date: string | null }[]; meaning: { en: string; id: string } }[];
    expect(facts.length).toBeGreaterThanOrEqual(60);
    for (const f of facts) {
      expect(f.sources.length, f.id).toBeGreaterThan(0);
      expect(f.sources.every((s) => s.url.startsWith('https://') && (s.date === null || /^\d{4}/.test(s.date))), f.id).toBe(true);
      expect(f.meaning.en && f.meaning.id, f.id).toBeTruthy();
    }
  });

  it('validates files and names each problem, with a non-zero exit', async () => {
    const good = await registry('validate', join(ROOT, 'tests/fixtures/registries/good.json'));
    expect(good.stdout).toContain('1 facts, no problems');
    const bad = await registry('validate', join(ROOT, 'tests/fixtures/registries/hostile.json')).catch((e: { code: number; stderr: string }) => e);
    expect((bad as { code: number }).code).toBe(1);
    expect((bad as { stderr: string }).stderr).toMatch(/hostile-fact: sources\[0\]\.url: must be an https address/);
  });

  it('reads a file as the options page does: the same rules at every depth, the same clean-up', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'recount-registry-'));
    const fact = JSON.parse(readFileSync(join(ROOT, 'tests/fixtures/registries/good.json'), 'utf8'))[0];
    fact.sources[0].tracking = 'x';
    fact.asOf = '2026-13-45';
    const bad = join(dir, 'nested.json');
    writeFileSync(bad, JSON.stringify([fact]));
    const refused = await registry('validate', bad).catch((e: { code: number; stderr: string }) => e);
    expect((refused as { code: number }).code).toBe(1);
    expect((refused as { stderr: string }).stderr).toMatch(/sources\[0\]\.tracking: is not a field of a source/);
    expect((refused as { stderr: string }).stderr).toMatch(/asOf: must be a date/);
    const marked = JSON.parse(readFileSync(join(ROOT, 'tests/fixtures/registries/good.json'), 'utf8'));
    marked[0].summary.en = 'AT&T says <5% of calls need <b>a person</b>';
    const clean = join(dir, 'markup.json');
    writeFileSync(clean, '\uFEFF' + JSON.stringify(marked));
    const { stdout } = await registry('validate', clean);
    expect(stdout).toMatch(/summary\.en: markup or direction controls were removed/);
    expect(stdout).toContain('1 facts, no problems');
  });
});
