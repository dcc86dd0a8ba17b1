/**
 * recount scan: runs the same engine as the extension on HTML or text files.
 *   npm run scan -- [--json] [--lang xx] FILE...
 * HTML (.html, .htm) is parsed with jsdom; anything else is read as the article body itself.
 */
import { readFile } from 'node:fs/promises';
import { extname } from 'node:path';
import { JSDOM, VirtualConsole } from 'jsdom';
import { analyzeText, type MatchedClaim } from '../core/analyze-text.ts';
import { bundledIndex } from '../core/registry/bundled-registry.ts';
import type { ClaimCheck } from '../core/registry/check-claim.ts';
import { checkNote } from '../core/registry/check-note.ts';
import type { Fact } from '../core/registry/fact-types.ts';
import { analyzeDocument } from '../page/analyze-document.ts';

interface FileReport {
  /** The output's schema: 2 since claims carry `match.check` and `match.attribution`. */
  schema: 2;
  file: string;
  lang: string;
  isArticle: boolean;
  aiWork: { score: number; isAiWork: boolean; terms: string[] };
  claims: ReturnType<typeof claimJson>[];
}

const USAGE = 'usage: npm run scan -- [--json] [--lang xx] FILE...';

/** `gated`: the page passed both gates; as in the extension, a claim is matched only there. */
export function claimJson(c: MatchedClaim, gated = true) {
  return {
    text: c.text,
    start: c.start,
    end: c.end,
    value: c.value,
    ...(c.range ? { range: c.range } : {}),
    ...(c.change ? { change: c.change } : {}),
    unit: c.unit,
    kind: c.kind,
    approx: c.approx,
    ...(c.per ? { per: c.per } : {}),
    ...(c.bound ? { bound: c.bound } : {}),
    ...(c.direction ? { direction: c.direction } : {}),
    sentence: c.sentence,
    match: c.fact && gated
      ? {
          factId: c.fact.id,
          title: c.fact.title.en,
          verdict: c.fact.verdict,
          sources: c.fact.sources.map((s) => ({ publisher: s.publisher, title: s.title, url: s.url, date: s.date })),
          check: c.check ? checkJson(c.fact, c.check) : null,
          attribution: c.check?.attribution ?? null,
        }
      : null,
  };
}

/** The claim's own verdict: the figure in the claim's conventions (a percent as its number, a fraction as 0..1) and a note in English. */
function checkJson(fact: Fact, check: ClaimCheck) {
  const figure = check.figure === null ? null : fact.figures[check.figure];
  return {
    status: check.status,
    figure: figure ? { value: figure.value, unit: figure.kind === 'percent' ? '%' : (figure.unit ?? null), label: figure.label.en } : null,
    note: checkNote(fact, check, 'en'),
  };
}

export async function scanFile(file: string, lang: string | null): Promise<FileReport> {
  const raw = await readFile(file, 'utf8');
  const ext = extname(file).toLowerCase();
  if (ext === '.html' || ext === '.htm') {
    // No scripts run, no resources load: jsdom only parses.
    const dom = new JSDOM(raw, { virtualConsole: new VirtualConsole() });
    const a = analyzeDocument(dom.window.document, bundledIndex(), lang);
    dom.window.close();
    return { schema: 2, file, lang: a.lang, isArticle: a.isArticle, aiWork: a.aiWork, claims: a.claims.map((c) => claimJson(c, a.isArticle && a.aiWork.isAiWork)) };
  }
  const a = analyzeText(raw, { lang, index: bundledIndex() });
  return { schema: 2, file, lang: a.lang, isArticle: true, aiWork: a.aiWork, claims: a.claims.map((c) => claimJson(c, a.aiWork.isAiWork)) };
}

function printHuman(r: FileReport): void {
  const out: string[] = [];
  out.push(`${r.file}`);
  out.push(`  language: ${r.lang}`);
  out.push(`  article: ${r.isArticle ? 'yes' : 'no'}`);
  out.push(`  about AI and work: ${r.aiWork.isAiWork ? 'yes' : 'no'} (score ${r.aiWork.score}; ${r.aiWork.terms.slice(0, 6).join(', ') || 'no terms'})`);
  const matched = r.claims.filter((c) => c.match).length;
  out.push(`  claims: ${r.claims.length}, matched to the registry: ${matched}`);
  for (const c of r.claims) {
    const what = c.range ? `${c.range[0]}–${c.range[1]}` : c.change ? `${c.change.from ?? '?'} → ${c.change.to}` : String(c.value);
    out.push(`    ${JSON.stringify(c.text)}  ${c.kind} ${what}${c.unit ? ' ' + c.unit : ''}${c.approx ? ' (approx.)' : ''}`);
    if (c.match) {
      if (c.match.check) out.push(`      → ${c.match.check.status}${c.match.attribution ? ` (named: ${c.match.attribution.text})` : ''}: ${c.match.check.note}`);
      out.push(`      fact: ${c.match.title} [${c.match.factId}], usually ${c.match.verdict}`);
      for (const s of c.match.sources.slice(0, 1)) out.push(`        source: ${s.publisher}, "${s.title}" (${s.date}) ${s.url}`);
    }
  }
  console.log(out.join('\n'));
}

async function main(argv: string[]): Promise<number> {
  let json = false;
  let lang: string | null = null;
  const files: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--json') json = true;
    else if (a === '--lang') {
      const v = argv[++i];
      if (!v || !/^[a-z]{2,3}$/i.test(v)) {
        console.error(`recount: --lang needs a language code such as en or id\n${USAGE}`);
        return 2;
      }
      lang = v.toLowerCase();
    } else if (a === '--help' || a === '-h') {
      console.log(USAGE);
      return 0;
    } else if (a.startsWith('--')) {
      console.error(`recount: unknown option ${a}\n${USAGE}`);
      return 2;
    } else files.push(a);
  }
  if (files.length === 0) {
    console.error(`recount: no files given\n${USAGE}`);
    return 2;
  }
  let failed = 0;
  for (const file of files) {
    try {
      const report = await scanFile(file, lang);
      if (json) console.log(JSON.stringify(report));
      else printHuman(report);
    } catch (e) {
      failed++;
      const err = e as NodeJS.ErrnoException;
      const reason = err.code === 'ENOENT' ? 'no such file' : err.code === 'EISDIR' ? 'is a directory' : err.code === 'EACCES' ? 'permission denied' : err.message;
      console.error(`recount: cannot read ${file}: ${reason}`);
    }
  }
  return failed > 0 ? 1 : 0;
}

if (process.argv[1] && /scan\.ts$/.test(process.argv[1])) {
  // exitCode, not exit(): exit() would cut off output still on its way into a pipe.
  void main(process.argv.slice(2)).then((code) => {
    process.exitCode = code;
  });
}
