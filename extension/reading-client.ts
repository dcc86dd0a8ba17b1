/**
 * The content script's messaging client for the background's reading service: the topic of a
 * sample, the matched claims of a chunk of text, and the words of facts for cards and notes (kept
 * once asked). `send` is the transport: runtime messaging in the extension, the service itself
 * in tests.
 */
import { browser } from 'wxt/browser';
import type { ReadContext } from '../core/text/read-context.ts';
import type { Fact } from '../core/registry/fact-types.ts';
import type { ClaimReply, ClaimsReply, ReadingRequest, TopicReply } from './reading-service.ts';

export type Send = (request: ReadingRequest) => Promise<unknown>;

export class ReadingClient {
  private readonly full = new Map<string, Fact>();
  /** Milliseconds the background has spent reading for this page (off the page's main thread). */
  backgroundMs = 0;

  constructor(private readonly send: Send = (request) => browser.runtime.sendMessage(request)) {}

  /** The reader's imports changed: words asked before may be stale. */
  forget(): void {
    this.full.clear();
  }

  async topic(htmlLang: string | null, sample: string, wholePage = false): Promise<TopicReply> {
    const reply = (await this.send({ type: 'recount:read-topic', htmlLang, sample, wholePage })) as TopicReply;
    this.backgroundMs += reply.ms;
    return reply;
  }

  /** `reload`: read the reader's imports again first (they have just changed). */
  async claims(text: string, context: ReadContext, lang: string, reload = false): Promise<ClaimReply[]> {
    return (await this.chunk(text, context, lang, '', reload)).claims;
  }

  /** The claims of a chunk, and the arithmetic checks it finds on claims of `before` (the text read before it). */
  async chunk(text: string, context: ReadContext, lang: string, before: string, reload = false): Promise<Pick<ClaimsReply, 'claims' | 'earlier'>> {
    const reply = (await this.send({ type: 'recount:read-claims', text, context, lang, reload, before })) as ClaimsReply | undefined;
    this.backgroundMs += reply?.ms ?? 0;
    return { claims: reply?.claims ?? [], earlier: reply?.earlier ?? [] };
  }

  /** Full facts by id, from the background once and then kept. */
  async details(ids: string[]): Promise<Map<string, Fact>> {
    const missing = [...new Set(ids)].filter((id) => !this.full.has(id));
    if (missing.length > 0) {
      const facts = (await this.send({ type: 'recount:get-facts', ids: missing })) as Fact[] | undefined;
      for (const f of facts ?? []) this.full.set(f.id, f);
    }
    return this.full;
  }
}
