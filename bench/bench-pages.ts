/**
 * The pages the benchmark loads besides the shared corpus: the reference article repeated to 10
 * and 100 times its length, a 5 MB article, and an article with a live ticker inside it. Written to a temporary folder and served from 127.0.0.1.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

function articleParagraphs(seedHtml: string): string[] {
  const article = /<article>([\s\S]*?)<\/article>/.exec(seedHtml)?.[1] ?? '';
  return [...article.matchAll(/<p>([\s\S]*?)<\/p>/g)].map((m) => m[1]!);
}

function page(lang: string, title: string, body: string, script = ''): string {
  return `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>${title}</title></head><body>
<header><nav><a href="#">Home</a></nav></header><main><article><h1>${title}</h1>${body}</article></main>
<aside><ul><li>BTC 91.234,50 +2,41%</li></ul></aside><footer>© 2025</footer>${script}</body></html>`;
}

export function writeBenchPages(dir: string, seedHtml: string): Record<string, string> {
  mkdirSync(dir, { recursive: true });
  const paragraphs = articleParagraphs(seedHtml);
  const once = paragraphs.map((p) => `<p>${p}</p>`).join('\n');
  const files: Record<string, string> = {};
  const write = (name: string, html: string): void => {
    writeFileSync(join(dir, name), html);
    files[name] = join(dir, name);
  };
  write('seed-x10.html', page('id', 'Seed ×10', Array.from({ length: 10 }, () => once).join('\n')));
  write('seed-x100.html', page('id', 'Seed ×100', Array.from({ length: 100 }, () => once).join('\n')));
  const fiveMb: string[] = [];
  let size = 0;
  while (size < 5 * 1024 * 1024) {
    fiveMb.push(once);
    size += once.length;
  }
  write('five-mb.html', page('id', '5 MB', fiveMb.join('\n')));
  // A hostile page: a ticker inside the article that rewrites its markup four times a second.
  write(
    'live-ticker.html',
    page('id', 'Live ticker', `<p id="ticker"><span>IHSG 7.123,45</span></p>${once}`, `<script>
      let tick = 0;
      setInterval(() => { tick++; document.getElementById('ticker').innerHTML = '<span>IHSG 7.' + (100 + tick % 900) + ',45 +' + (tick % 7) + ',1%</span>'; }, 250);
    </script>`),
  );
  return files;
}
