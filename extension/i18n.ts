/** Interface strings from _locales, following the browser's language. */
import { browser } from 'wxt/browser';
import type { Bilingual } from '../core/registry/fact-types.ts';

export function t(key: string, ...substitutions: (string | number)[]): string {
  try {
    // Keys are checked by a test against _locales; the typed overloads only know literal keys.
    const getMessage = browser.i18n.getMessage as (name: string, substitutions?: string[]) => string;
    const message = getMessage(key, substitutions.map(String));
    if (message) return message;
  } catch {
    // getMessage is missing in some test contexts; fall through to the key.
  }
  return key;
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
