/**
 * The heavy half of reading a page, run in the extension's background rather than on the page's
 * main thread: language and topic of a text sample, and the claims of a chunk of article text
 * matched against the registry (the bundled facts plus the reader's enabled imports). The page
 * keeps only DOM work: finding the article, reading its text, highlighting. The background stays
 * warm across tabs, so the extractor and the registry index are compiled and built once, not on
 * every page. Text sent here never leaves the browser.
 */
import { BEFORE_CHARS } from '../core/arithmetic/chunk-arithmetic.ts';
import { checkChunk, scanChunk, type EarlierCheck, type MatchedClaim } from '../core/analyze-text.ts';
import type { ReadContext } from '../core/text/read-context.ts';
import { detectLanguage } from '../core/lang/detect-language.ts';
import { BUNDLED_FACTS } from '../core/registry/bundled-registry.ts';
import { toMatchable, type Fact, type MatchableFact } from '../core/registry/fact-types.ts';
import { indexRegistry, type FactIndex } from '../core/registry/match-claims-to-facts.ts';
import { detectAiWork, type AiWorkVerdict } from '../core/topic/detect-ai-work.ts';
import { MAX_CONTEXT_CHARS } from '../page/reading-plan.ts';

/** Longest text accepted in one request; the page sends chunks of a few thousand characters. */
export const MAX_REQUEST_CHARS = 200_000;

export type ReadingRequest =
  | { type: 'recount:read-topic'; htmlLang: string | null; sample: string; wholePage?: boolean }
  | { type: 'recount:read-claims'; text: string; context: ReadContext; lang: string; reload?: boolean; before?: string }
  | { type: 'recount:get-facts'; ids: string[] };

export interface TopicReply {
  lang: string;
  aiWork: AiWorkVerdict;
  /** What the answer cost the background, in milliseconds (for the benchmark). */
  ms: number;
}

export type ClaimReply = MatchedClaim<MatchableFact>;

export interface ClaimsReply {
  claims: ClaimReply[];
  /** Arithmetic checks that fall on claims of the text read before (`before`), by offset in it. */
  earlier: EarlierCheck[];
  ms: number;
}

export class ReadingService {
  private index: FactIndex<Fact> | null = null;
  private byId = new Map<string, Fact>();

  constructor(private readonly importedFacts: () => Promise<Fact[]>) {}

  /** Forgets the index; the next request rebuilds it with the imports as they are now. */
  invalidate(): void {
    this.index = null;
  }

  private async ready(): Promise<FactIndex<Fact>> {
    if (this.index) return this.index;
    const facts = [...BUNDLED_FACTS, ...(await this.importedFacts())];
    this.byId = new Map(facts.map((f) => [f.id, f]));
    this.index = indexRegistry<Fact>(facts);
    return this.index;
  }

  /**
   * `wholePage`: the sample is a page's raw text, not its article, where paragraphs and headings
   * run together: one sentence naming both AI and work is enough there to read on.
   */
  topic(htmlLang: string | null, sample: string, wholePage = false): TopicReply {
    const start = performance.now();
    const text = sample.slice(0, MAX_REQUEST_CHARS);
    const reply = { lang: detectLanguage(htmlLang, text), aiWork: detectAiWork(text, wholePage ? 1 : undefined) };
    return { ...reply, ms: performance.now() - start };
  }

  /**
   * `before`: the end of the text read just before this one, for the article's own arithmetic
   * (a relation within a paragraph, or a list and its total, read across the chunk boundary).
   */
  async claims(text: string, context: ReadContext, lang: string, before = ''): Promise<ClaimsReply> {
    const index = await this.ready();
    const start = performance.now();
    const chunk = text.slice(0, MAX_REQUEST_CHARS);
    // Only what the page needs of a fact travels back: its id and verdict (and what matched).
    // A context past the bound the page keeps to is not one the page sent: read the chunk after its end alone.
    const bounded = context.text.length > MAX_CONTEXT_CHARS ? { text: context.text.slice(-MAX_CONTEXT_CHARS), lede: 0, at: 0 } : context;
    const claims = scanChunk(chunk, bounded, lang, index).map((c) => ({ ...c, fact: c.fact && toMatchable(c.fact) }));
    const earlier = checkChunk(claims, chunk, before.slice(-BEFORE_CHARS), lang);
    return { claims, earlier, ms: performance.now() - start };
  }

  async facts(ids: string[]): Promise<Fact[]> {
    await this.ready();
    return ids.flatMap((id) => (this.byId.has(id) ? [this.byId.get(id)!] : []));
  }

  /** Answers one message, or undefined when it is not for this service or not well formed. */
  handle(message: unknown): Promise<unknown> | undefined {
    const m = message as Partial<Record<string, unknown>> | null;
    if (!m || typeof m !== 'object') return undefined;
    const str = (v: unknown): v is string => typeof v === 'string';
    if (m.type === 'recount:read-topic' && str(m.sample)) return Promise.resolve(this.topic(str(m.htmlLang) ? m.htmlLang : null, m.sample, m.wholePage === true));
    if (m.type === 'recount:read-claims' && str(m.text) && isReadContext(m.context) && str(m.lang)) {
      if (m.reload === true) this.invalidate();
      return this.claims(m.text, m.context, m.lang, str(m.before) ? m.before : '');
    }
    if (m.type === 'recount:get-facts' && Array.isArray(m.ids)) return this.facts(m.ids.filter(str));
    return undefined;
  }
}

/** A well-formed context: its text, and offsets that lie within it and the body. */
function isReadContext(v: unknown): v is ReadContext {
  const c = v as Partial<Record<keyof ReadContext, unknown>> | null;
  const count = (n: unknown): n is number => typeof n === 'number' && Number.isInteger(n) && n >= 0;
  return !!c && typeof c === 'object' && typeof c.text === 'string' && count(c.lede) && c.lede <= c.text.length && count(c.at);
}
