/**
 * What runs inside the page for the comparison. Kept as source text: functions compiled by the
 * TypeScript runner carry helpers that do not exist in the page.
 * The floor: walk every text node of the body and run one number regular expression (read-only).
 * mark.js: highlight the same matches with mark.js, and keep them, as a page that uses it would: the
 * layout and paint its marks cause are part of its cost.
 */
export const NUMBER_PATTERN = String.raw`\d+(?:[.,]\d+)*%?`;

export const floorInPage = (pattern: string): string => `(() => {
  const re = new RegExp(${JSON.stringify(pattern)}, 'g');
  const start = performance.now();
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  let matches = 0;
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const text = n.data;
    re.lastIndex = 0;
    while (re.exec(text)) matches++;
  }
  return { ms: performance.now() - start, matches };
})()`;

export const markJsInPage = (pattern: string): string => `new Promise((resolve) => {
  const instance = new window.Mark(document.body);
  const start = performance.now();
  instance.markRegExp(new RegExp(${JSON.stringify(pattern)}, 'g'), {
    done: (marks) => resolve({ ms: performance.now() - start, marks }),
  });
})`;
