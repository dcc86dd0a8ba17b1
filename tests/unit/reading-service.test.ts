/** The background's reading service: the answers the content script gets, and what it refuses. */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Fact } from '../../core/registry/fact-types.ts';
import { migrateFact } from '../../core/registry/migrate-registry.ts';
import { lineContext } from '../../core/text/read-context.ts';
import { ReadingService, type ClaimsReply, type TopicReply } from '../../extension/reading-service.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const NONE = lineContext();
// The fixture is in the first schema, as a reader's older import would be stored.
const imported = (JSON.parse(readFileSync(resolve(ROOT, 'tests/fixtures/registries/good.json'), 'utf8')) as unknown[]).map(migrateFact) as Fact[];

/** performance.now() answers `start`, then `start + ms` for every later call: the service's own timing. */
function clockAdvancing(ms: number, start = 1000): void {
  let calls = 0;
  vi.spyOn(performance, 'now').mockImplementation(() => (calls++ === 0 ? start : start + ms));
}

describe('the reading service', () => {
  afterEach(() => vi.restoreAllMocks());

  it('tells language and topic from a sample', async () => {
    const service = new ReadingService(async () => []);
    const sample = 'Perusahaan AI memangkas 1.500 pekerja. Otomatisasi dan kecerdasan buatan mengubah pekerjaan; PHK karyawan karena AI terus terjadi. Pekerja kantor khawatir AI mengambil pekerjaan mereka.';
    clockAdvancing(7);
    const reply = (await service.handle({ type: 'recount:read-topic', htmlLang: null, sample })) as TopicReply;
    expect(reply.lang).toBe('id');
    expect(reply.aiWork.isAiWork).toBe(true);
    expect(reply.ms).toBe(7); // what reading the sample cost, reported for the benchmark
  });

  it('matches a chunk with the line before it, and keeps offsets in the chunk', async () => {
    const service = new ReadingService(async () => []);
    const context = 'Huang said the TOP500 supercomputers have changed.\n';
    const text = 'Six years ago 90% ran on CPUs; now it is 15%.\n';
    await service.handle({ type: 'recount:read-claims', text: '', context: NONE, lang: 'en' }); // builds the index
    clockAdvancing(12);
    const { claims, ms } = (await service.handle({ type: 'recount:read-claims', text, context: lineContext(context), lang: 'en' })) as ClaimsReply;
    expect(ms).toBe(12);
    const ninety = claims.find((c) => c.text.startsWith('90%'));
    expect(ninety && text.slice(ninety.start, ninety.end)).toBe(ninety?.text);
    expect(ninety?.fact?.id).toBe('top500-cpu-gpu-share');
    // Only what the page needs of a fact travels back.
    expect(Object.keys(ninety!.fact!).sort()).toEqual(['distortions', 'figures', 'id', 'match', 'source', 'verdict']);
    // The claim's own verdict travels with it.
    expect(ninety?.check).toMatchObject({ status: 'differs', factId: 'top500-cpu-gpu-share' });
    // Without the line before, nothing names TOP500.
    const alone = ((await service.handle({ type: 'recount:read-claims', text, context: NONE, lang: 'en' })) as ClaimsReply).claims;
    expect(alone.find((c) => c.text.startsWith('90%'))?.fact ?? null).toBeNull();
  });

  it('checks the arithmetic of a chunk, and across the chunk before it, as if the text were read at once', async () => {
    const service = new ReadingService(async () => []);
    const whole = 'Pabrik tutup dan PHK menimpa 1.210 orang. Rinciannya:\nPabrik A, 500 orang\nPabrik B, 400 orang\nPabrik C, 300 orang\nJumlah kantor turun 40 persen dari 80 menjadi 60.\n';
    const cut = whole.indexOf('Pabrik B');
    const first = whole.slice(0, cut);
    const second = whole.slice(cut);
    const ask = async (text: string, before: string) => (await service.handle({ type: 'recount:read-claims', text, context: NONE, lang: 'id', before })) as ClaimsReply;
    // Read at once: the total and the percent are both found.
    const once = await ask(whole, '');
    expect(once.claims.filter((c) => c.checks).map((c) => [c.text, c.checks![0]!.note])).toEqual([
      ['1.210 orang', '500 + 400 + 300 = 1.200, bukan 1.210'],
      ['40 persen', '60 adalah 25% di bawah 80, bukan 40 persen'],
    ]);
    expect(once.earlier).toEqual([]);
    // In two chunks: the list's end is in the second, its total in the first.
    const a = await ask(first, '');
    expect(a.claims.some((c) => c.checks)).toBe(false);
    const b = await ask(second, first);
    expect(b.claims.filter((c) => c.checks).map((c) => c.text)).toEqual(['40 persen']);
    const percent = b.claims.find((c) => c.checks)!;
    expect(percent.checks![0]!.related.map((r) => second.slice(r.start, r.end))).toEqual(['dari 80 menjadi 60']);
    expect(b.earlier).toHaveLength(1);
    expect(first.slice(b.earlier[0]!.start).startsWith('1.210 orang')).toBe(true);
    expect(b.earlier[0]!.check.note).toBe('500 + 400 + 300 = 1.200, bukan 1.210');
  });

  it('reads the imports again when asked to reload, and serves full facts by id', async () => {
    let facts: Fact[] = [];
    const service = new ReadingService(async () => facts);
    const text = 'Toko roti Crumb & Co mengganti 37 pekerja dengan robot.\n';
    const ask = async (reload: boolean) => ((await service.handle({ type: 'recount:read-claims', text, context: NONE, lang: 'id', reload })) as ClaimsReply).claims;
    expect((await ask(false)).some((c) => c.fact)).toBe(false);
    facts = imported;
    expect((await ask(false)).some((c) => c.fact)).toBe(false); // the index is kept until told
    expect((await ask(true)).find((c) => c.fact)?.fact?.id).toBe(imported[0]!.id);
    const full = (await service.handle({ type: 'recount:get-facts', ids: [imported[0]!.id, 'no-such-fact', 42] })) as Fact[];
    expect(full.map((f) => f.id)).toEqual([imported[0]!.id]);
    expect(full[0]!.meaning).toEqual(imported[0]!.meaning);
  });

  it('leaves alone what is not a well-formed request for it', () => {
    const service = new ReadingService(async () => []);
    for (const m of [null, 'x', 42, {}, { type: 'recount:read-claims', text: 1, context: NONE, lang: 'en' }, { type: 'recount:read-claims', text: 'x', context: '', lang: 'en' }, { type: 'recount:read-claims', text: 'x', context: { text: 'a', lede: 5, at: 0 }, lang: 'en' }, { type: 'recount:read-topic' }, { type: 'recount:get-state' }]) {
      expect(service.handle(m)).toBeUndefined();
    }
  });
});
