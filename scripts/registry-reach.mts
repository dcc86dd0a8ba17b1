/**
 * Why a sourced figure of the labelled news pages (../shared/corpus/news-dev) gets no check: for
 * each figure the labels credit to a named source that gets no match other than `unlisted`, one
 * class: not read as labelled; its source in no fact; the source's name not recognised; named in
 * the text but not credited to this figure; a figure the source's facts do not hold; or a figure
 * they hold whose subject test failed. Prints the reach per language and the count of each class.
 * Run: npx tsx scripts/registry-reach.mts [-v]   (-v lists every figure with its sentence)
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { JSDOM, VirtualConsole } from 'jsdom';
import { BUNDLED_FACTS, bundledIndex } from '../core/registry/bundled-registry.ts';
import { AttributionReader } from '../core/registry/find-attribution.ts';
import { figureAgrees } from '../core/registry/news-figures.ts';
import { containsTerm, foldText } from '../core/registry/terms.ts';
import { sentenceIndexAt, splitSentences } from '../core/text/split-sentences.ts';
import { readDocument } from '../page/read-document.ts';
import { NEWS_DEV, newsDevLabels, pairsWithLabel } from '../tests/corpus/shared-paths.ts';

const verbose = process.argv.includes('-v');
const labels = newsDevLabels();

// Registry sources whose name or an alias the label's organisation contains, or is contained in.
const namesOf = new Map<string, string[]>();
for (const f of BUNDLED_FACTS) namesOf.set(f.source.name, [...new Set([...(namesOf.get(f.source.name) ?? []), f.source.name, ...f.source.aliases])]);
function registryFor(org: string): string[] {
  const o = foldText(org);
  return [...namesOf].filter(([, aliases]) => aliases.some((a) => { const t = foldText(a); return t.length >= 3 && (containsTerm(o, t) || containsTerm(t, o)); })).map(([name]) => name);
}

const index = bundledIndex();
const classes = new Map<string, string[]>();
const reach: Record<string, { sourced: number; checked: number }> = {};
for (const label of labels) {
  if (!label.is_ai_work || !label.is_article) continue;
  const dom = new JSDOM(readFileSync(join(NEWS_DEV, 'pages', label.file), 'utf8'), { virtualConsole: new VirtualConsole() });
  const read = readDocument(dom.window.document, index, null);
  const text = read.projection.text;
  const sentences = splitSentences(text);
  const reader = new AttributionReader(text, sentences, index.sources);
  const used = new Set<number>();
  for (const e of label.claims) {
    const j = read.claims.findIndex((p, k) => !used.has(k) && pairsWithLabel(p, e));
    if (j >= 0) used.add(j);
    if (!e.source_org) continue;
    const r = (reach[label.lang] ??= { sourced: 0, checked: 0 });
    r.sourced++;
    const p = j >= 0 ? read.claims[j]! : null;
    if (p?.fact && p.check?.status !== 'unlisted') { r.checked++; continue; }
    const names = registryFor(e.source_org);
    let why: string;
    if (!p) why = 'not read as labelled';
    else if (!names.length) why = 'source in no fact';
    else {
      const attributions = reader.attributions(sentenceIndexAt(sentences, p.start), p.start);
      const credited = attributions.some((a) => a.names.some((n) => names.includes(n)));
      const numbers = p.range ?? (p.change ? [p.change.from, p.change.to].filter((x): x is number => x !== null) : p.value === null ? [] : [p.value]);
      const held = BUNDLED_FACTS.some((f) => names.includes(f.source.name) && f.figures.some((g) => numbers.some((n) => figureAgrees(g, p, n, true))));
      if (!credited) why = names.some((n) => namesOf.get(n)!.some((a) => containsTerm(foldText(text), foldText(a)))) ? 'named in the text, not credited to this figure' : 'source name not recognised in this form or language';
      else why = held ? 'figure held, subject test failed' : 'figure not among the source\'s figures';
    }
    const list = classes.get(why) ?? [];
    list.push(`[${label.lang}] ${label.file} "${e.text}" (${e.source_org}; ${e.topic ?? ''})${p ? `\n      ${p.sentence.slice(0, 200)}` : ''}`);
    classes.set(why, list);
  }
}
const all = Object.values(reach).reduce((a, r) => ({ sourced: a.sourced + r.sourced, checked: a.checked + r.checked }), { sourced: 0, checked: 0 });
for (const [lang, r] of [...Object.entries(reach), ['all', all] as const]) console.log(`${lang}: ${r.checked}/${r.sourced} (${((100 * r.checked) / Math.max(1, r.sourced)).toFixed(1)}%)`);
for (const [why, list] of classes) {
  console.log(`${why}: ${list.length}`);
  if (verbose) for (const line of list) console.log(`  - ${line}`);
}
