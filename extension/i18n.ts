/** Interface strings from _locales, following the browser's language. */
import { browser } from 'wxt/browser';
import type { Bilingual } from '../core/registry/fact-types.ts';

/**
 * Each message as the browser gives it, read once per key with markers where its substitutions go
 * ($1 to $9): a page with hundreds of figures labels each of them without asking the browser again.
 */
const templates = new Map<string, string>();
const MARKERS = Array.from({ length: 9 }, (_, i) => String.fromCharCode(0xe000 + i));
const MARKER = /[\ue000-\ue008]/g;
const HAS_MARKER = /[\ue000-\ue008]/;

function message(key: string, substitutions: string[]): string {
  try {
    // Keys are checked by a test against _locales; the typed overloads only know literal keys.
    const getMessage = browser.i18n.getMessage as (name: string, substitutions?: string[]) => string;
    return getMessage(key, substitutions);
  } catch {
    // getMessage is missing in some test contexts; fall through to the key.
    return '';
  }
}

export function t(key: string, ...substitutions: (string | number)[]): string {
  const values = substitutions.map(String);
  let template = templates.get(key);
  if (template === undefined) templates.set(key, (template = message(key, MARKERS)));
  if (!template) return key;
  // A value holding a marker itself (never in real text) is substituted by the browser.
  if (values.some((v) => HAS_MARKER.test(v))) return message(key, values) || key;
  return template.replace(MARKER, (m) => values[m.charCodeAt(0) - 0xe000] ?? '');
}

/** A fact's text in the article's language when the registry has it, English otherwise. */
export function pick(text: Bilingual, lang: string): string {
  return lang === 'id' && text.id ? text.id : text.en;
}

export function verdictLabel(verdict: string): string {
  return t(`verdict_${verdict.replace(/-/g, '_')}`);
}

/** The name of a claim's own verdict (consistent, differs, ...). */
export function checkLabel(status: string): string {
  return t(`check_${status}`);
}
