/**
 * recount registry: the registry from the command line.
 *   npm run registry -- --json                          every bundled fact, as a JSON array in the schema (version 2)
 *   npm run registry -- export --format claimreview     the registry as schema.org ClaimReview JSON-LD
 *   npm run registry -- validate FILE...                check registry files; every problem with fact and field
 */
import { readFile } from 'node:fs/promises';
import { factToClaimReview } from '../core/registry/claimreview.ts';
import { BUNDLED_FACTS } from '../core/registry/bundled-registry.ts';
import { JSDOM } from 'jsdom';
import { checkRegistryText, type StripTags } from '../core/registry/read-registry-file.ts';
import { domPurifyStripper } from '../page/strip-tags.ts';

const USAGE = `usage:
  npm run registry -- --json
  npm run registry -- export --format claimreview [--lang en|id]
  npm run registry -- validate FILE...`;

let stripper: StripTags | null = null;
/** DOMPurify over a jsdom window, as the options page uses it over its own: the same clean-up. */
const stripTags = (): StripTags => (stripper ??= domPurifyStripper(new JSDOM('').window as unknown as Window));

export async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  if (command === '--json' || (command === 'list' && rest.includes('--json'))) {
    console.log(JSON.stringify(BUNDLED_FACTS, null, 2));
    return 0;
  }
  if (command === 'list' || command === undefined) {
    for (const f of BUNDLED_FACTS) console.log(`${f.id.padEnd(48)} ${f.verdict.padEnd(17)} ${f.title.en}`);
    console.log(`${BUNDLED_FACTS.length} facts`);
    return 0;
  }
  if (command === 'export') {
    const format = rest[rest.indexOf('--format') + 1];
    const lang = rest.includes('--lang') ? rest[rest.indexOf('--lang') + 1] : 'en';
    if (format !== 'claimreview' || (lang !== 'en' && lang !== 'id')) {
      console.error(`recount registry: export supports --format claimreview and --lang en or id\n${USAGE}`);
      return 2;
    }
    console.log(JSON.stringify(BUNDLED_FACTS.map((f) => factToClaimReview(f, lang)), null, 2));
    return 0;
  }
  if (command === 'validate') {
    if (rest.length === 0) {
      console.error(`recount registry: no files given\n${USAGE}`);
      return 2;
    }
    let bad = 0;
    for (const file of rest) {
      let text: string;
      try {
        text = await readFile(file, 'utf8');
      } catch (e) {
        bad++;
        console.error(`${file}: cannot be read: ${(e as Error).message}`);
        continue;
      }
      // The options page's own reading: the same parsing, clean-up and rules.
      const { facts, problems, notices } = checkRegistryText(file, text, new Set(), stripTags());
      for (const n of notices) console.log(`${file}: ${n.fact}: ${n.field}: ${n.message}`);
      if (problems.length === 0) console.log(`${file}: ${facts.length} facts, no problems`);
      else {
        bad++;
        for (const p of problems) console.error(`${file}: ${p.fact}: ${p.field}: ${p.message}`);
      }
    }
    return bad ? 1 : 0;
  }
  console.error(`recount registry: unknown command ${command}\n${USAGE}`);
  return 2;
}

if (process.argv[1] && /registry\.ts$/.test(process.argv[1])) {
  // exitCode, not exit(): exit() would cut off output still on its way into a pipe.
  process.exitCode = await main(process.argv.slice(2));
}
