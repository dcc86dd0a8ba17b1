/**
 * recount scan: runs the same engine as the extension on HTML or text files.
 *   npm run scan -- [--json] [--lang xx] FILE...
 * HTML (.html, .htm, or a file that starts as HTML) is parsed with jsdom; any other text is read as
 * the article body itself, in chunks. Files that are not text, and oversized HTML, are refused.
 */
import { JSDOM, VirtualConsole } from 'jsdom';
import { checkChunk, scanChunk, type MatchedClaim } from '../core/analyze-text.ts';
import { shiftClaim } from '../core/claims/shift-claim.ts';
import { attachEarlier, textBefore } from '../core/arithmetic/chunk-arithmetic.ts';
import { ChunkContext } from '../page/reading-plan.ts';
import { detectLanguage } from '../core/lang/detect-language.ts';
import { detectAiWork } from '../core/topic/detect-ai-work.ts';
import { bundledIndex } from '../core/registry/bundled-registry.ts';
import type { ClaimCheck } from '../core/registry/check-claim.ts';
import { checkNote } from '../core/registry/check-note.ts';
import type { Fact } from '../core/registry/fact-types.ts';
import { attachDeclarativeShadowRoots } from '../page/declarative-shadow.ts';
import { readDocument } from '../page/read-document.ts';
import { InputError, openInput } from './read-input.ts';

type ClaimJson = ReturnType<typeof claimJson>;

export interface FileHead {
  /** The output's schema: 2 since claims carry `match.check` and `match.attribution`. */
  schema: 2;
  file: string;
  lang: string;
  isArticle: boolean;
  aiWork: { score: number; isAiWork: boolean; terms: string[] };
}

interface FileReport extends FileHead {
  claims: ClaimJson[];
}

/** Where a file's report goes: its head first, then its claims one by one, then its end. */
export interface ReportSink {
  head(head: FileHead): Promise<void>;
  claim(claim: ClaimJson): Promise<void>;
  end(): Promise<void>;
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
    // What the article's own arithmetic says against the figure, registry or not.
    checks: (c.checks ?? []).map((k) => ({ kind: k.kind, status: k.status, related: k.related, expected: k.expected, note: k.note })),
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

/** Scans one file into `sink`. Plain text streams through in chunks, so memory stays bounded. */
export async function scanFile(file: string, lang: string | null, sink: ReportSink, chunkChars?: number): Promise<void> {
  const input = await openInput(file, chunkChars);
  if (input.kind === 'html') {
    // No scripts run, no resources load: jsdom only parses.
    const dom = new JSDOM(input.text, { virtualConsole: new VirtualConsole() });
    attachDeclarativeShadowRoots(dom.window.document);
    const a = readDocument(dom.window.document, bundledIndex(), lang);
    dom.window.close();
    await sink.head({ schema: 2, file, lang: a.lang, isArticle: a.isArticle, aiWork: a.aiWork });
    for (const c of a.claims) await sink.claim(claimJson(c, a.isArticle && a.aiWork.isAiWork));
    return sink.end();
  }
  // Plain text is the body. Its language and topic are judged on the first chunk (the whole text,
  // for any file under a megabyte); each later chunk is matched with the headline and lede and the line before it,
  // and its arithmetic is checked with the end of the chunk before, whose claims are written only
  // then (a finding may fall on them). So two chunks at most are held in memory.
  let textLang: string | null = null;
  let onTopic = false;
  let previous: { projection: { text: string }; claims: MatchedClaim[]; offset: number } | null = null;
  const contexts = new ChunkContext();
  let offset = 0;
  const emit = async (chunk: NonNullable<typeof previous>): Promise<void> => {
    for (const c of chunk.claims) await sink.claim(claimJson(shiftClaim(c, chunk.offset), onTopic));
  };
  for await (const text of input.chunks) {
    if (textLang === null) {
      textLang = detectLanguage(lang, text);
      const aiWork = detectAiWork(text);
      onTopic = aiWork.isAiWork;
      await sink.head({ schema: 2, file, lang: textLang, isArticle: true, aiWork });
    }
    const claims: MatchedClaim[] = scanChunk(text, contexts.next(text), textLang, bundledIndex());
    const before = previous ? textBefore(previous.projection.text) : '';
    attachEarlier(previous, before, checkChunk(claims, text, before, textLang));
    if (previous) await emit(previous);
    previous = { projection: { text }, claims, offset };
    offset += text.length;
  }
  if (previous) await emit(previous);
  if (textLang === null) await sink.head({ schema: 2, file, lang: detectLanguage(lang, ''), isArticle: true, aiWork: detectAiWork('') });
  return sink.end();
}

/** Writes to stdout, waiting when the pipe is full. */
function write(text: string): Promise<void> {
  return new Promise((resolve) => {
    if (process.stdout.write(text)) resolve();
    else process.stdout.once('drain', () => resolve());
  });
}

/** One JSON object per file and line, written as it is found (the same text as JSON.stringify of the report). */
function jsonSink(): ReportSink {
  let first = true;
  return {
    head: (head) => write(`${JSON.stringify(head).slice(0, -1)},"claims":[`),
    claim: (claim) => {
      const text = (first ? '' : ',') + JSON.stringify(claim);
      first = false;
      return write(text);
    },
    end: () => write(']}\n'),
  };
}

/** The readable report, printed once the file is read. */
function humanSink(): ReportSink {
  return collectingSink(printHuman);
}

/** Gathers a file's report whole, and hands it to `done` at its end. */
function collectingSink(done: (report: FileReport) => void): ReportSink {
  let report: FileReport | null = null;
  return {
    head: async (head) => {
      report = { ...head, claims: [] };
    },
    claim: async (claim) => {
      report?.claims.push(claim);
    },
    end: async () => {
      if (report) done(report);
    },
  };
}

/** One file's whole report, as `--json` prints it (for tests and scripts that want it as data). */
export async function scanFileReport(file: string, lang: string | null): Promise<FileReport> {
  let result: FileReport | null = null;
  await scanFile(file, lang, collectingSink((r) => (result = r)));
  if (!result) throw new Error(`${file}: no report`);
  return result;
}

function printHuman(r: FileReport): void {
  const out: string[] = [];
  out.push(`${r.file}`);
  out.push(`  language: ${r.lang}`);
  out.push(`  article: ${r.isArticle ? 'yes' : 'no'}`);
  out.push(`  about AI and work: ${r.aiWork.isAiWork ? 'yes' : 'no'} (score ${r.aiWork.score}; ${r.aiWork.terms.slice(0, 6).join(', ') || 'no terms'})`);
  const matched = r.claims.filter((c) => c.match).length;
  const inconsistent = r.claims.filter((c) => c.checks.length > 0).length;
  out.push(`  claims: ${r.claims.length}, matched to the registry: ${matched}, inconsistent with the article's own figures: ${inconsistent}`);
  for (const c of r.claims) {
    const what = c.range ? `${c.range[0]}–${c.range[1]}` : c.change ? `${c.change.from ?? '?'} → ${c.change.to}` : String(c.value);
    out.push(`    ${JSON.stringify(c.text)}  ${c.kind} ${what}${c.unit ? ' ' + c.unit : ''}${c.approx ? ' (approx.)' : ''}`);
    if (c.match) {
      if (c.match.check) out.push(`      → ${c.match.check.status}${c.match.attribution ? ` (named: ${c.match.attribution.text})` : ''}: ${c.match.check.note}`);
      out.push(`      fact: ${c.match.title} [${c.match.factId}], usually ${c.match.verdict}`);
      for (const s of c.match.sources.slice(0, 1)) out.push(`        source: ${s.publisher}, "${s.title}"${s.date ? ` (${s.date})` : ''} ${s.url}`);
    }
    for (const k of c.checks) out.push(`      ≠ does not add up: ${k.note}`);
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
      await scanFile(file, lang, json ? jsonSink() : humanSink());
    } catch (e) {
      failed++;
      const err = e as NodeJS.ErrnoException;
      const reason =
        e instanceof InputError ? e.message : err.code === 'ENOENT' ? 'no such file' : err.code === 'EISDIR' ? 'is a directory' : err.code === 'EACCES' ? 'permission denied' : err.message;
      console.error(`recount: cannot read ${file}: ${reason}`);
    }
  }
  return failed > 0 ? 1 : 0;
}

if (process.argv[1] && /scan\.ts$/.test(process.argv[1])) {
  // A reader that stops reading (`| head`) closes the pipe: that ends the scan quietly, as for any
  // command-line tool, rather than with a stack trace.
  process.stdout.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code !== 'EPIPE') throw e;
    process.exit(0);
  });
  // exitCode, not exit(): exit() would cut off output still on its way into a pipe.
  process.exitCode = await main(process.argv.slice(2));
}
