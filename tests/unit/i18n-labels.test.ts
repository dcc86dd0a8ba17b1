/**
 * Interface strings: a page labels every figure it marks, so each message is read from the
 * browser once and filled in here, exactly as the browser would fill it.
 */
import { beforeAll, describe, expect, it } from 'vitest';

const MESSAGES: Record<string, string> = {
  markLabelMatched: '$1: checked figure, $2. Press Enter for context.',
  markLabelFigure: '$1: figure. Press Enter for details.',
  check_differs: 'differs from the source',
};
let asked = 0;
/** chrome.i18n.getMessage as Chrome answers: $1…$9 replaced by the substitutions in order (missing ones empty), values taken as they are. */
function getMessage(key: string, substitutions: string[] = []): string {
  asked++;
  const message = MESSAGES[key];
  return message ? message.replace(/\$([1-9])/g, (_, d: string) => substitutions[Number(d) - 1] ?? '') : '';
}

let t: typeof import('../../extension/i18n.ts').t;
beforeAll(async () => {
  (globalThis as unknown as { chrome: unknown }).chrome = { i18n: { getMessage } };
  ({ t } = await import('../../extension/i18n.ts'));
});

describe('interface strings', () => {
  it('fill in a message as the browser does, asking the browser once per message', () => {
    const figures = Array.from({ length: 200 }, (_, i) => `${i}%`);
    const before = asked;
    for (const f of figures) {
      expect(t('markLabelFigure', f)).toBe(getMessage('markLabelFigure', [f]));
      expect(t('markLabelMatched', f, t('check_differs'))).toBe(getMessage('markLabelMatched', [f, 'differs from the source']));
    }
    // The calls to getMessage in the expectations above, and one for each of the three messages.
    expect(asked - before).toBe(2 * figures.length + 3);
  });

  it('keep a value as it is, also one that looks like a placeholder or holds a marker', () => {
    for (const value of ['$1 and $2', '$$', '\ue000', 'a\ue001b']) expect(t('markLabelMatched', value, 'x')).toBe(getMessage('markLabelMatched', [value, 'x']));
    expect(t('markLabelFigure')).toBe(getMessage('markLabelFigure'));
  });

  it('give the key where the browser has no message', () => {
    expect(t('noSuchMessage', 'x')).toBe('noSuchMessage');
  });
});
