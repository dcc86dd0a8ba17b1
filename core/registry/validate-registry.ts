/**
 * Checks a registry before anyone trusts it: every problem is reported with the fact and the
 * field, so a bad file gets a clear list instead of a half-loaded registry. Runs without eval,
 * so the options page can use it too; the JSON Schema in assets/registry says the same and a
 * test keeps the two in agreement.
 */
import { ERROR_KINDS, FIGURE_KINDS, OTHER_REF_LANGUAGES, SCHEMA_VERSION, VERDICTS, type Fact } from './fact-types.ts';

export interface Problem {
  fact: string;
  field: string;
  message: string;
}

const DATE = /^\d{4}(-\d{2}(-\d{2})?)?$/;
const DAY = /^\d{4}-\d{2}-\d{2}$/;
const ID = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const UNITS_BY_KIND: Record<string, RegExp> = {
  money: /^[A-Z]{3}$/,
  duration: /^(year|decade|month|week|day|hour|minute|second)$/,
  quantity: /^[A-Za-z]{1,8}$/,
};
const FACT_KEYS = new Set(['id', 'source', 'distortions', 'title', 'verdict', 'asOf', 'reviewed', 'figures', 'match', 'summary', 'meaning', 'notMeaning', 'counterpoints', 'series', 'sources']);

/** A date of the calendar: YYYY, YYYY-MM or YYYY-MM-DD (with `dayOnly`, only the last), no 13th month or 45th day. */
export function isCalendarDate(v: unknown, dayOnly = false): v is string {
  if (typeof v !== 'string' || !(dayOnly ? DAY : DATE).test(v)) return false;
  const [y, m, d] = v.split('-').map(Number) as [number, number | undefined, number | undefined];
  if (m === undefined) return true;
  if (m < 1 || m > 12) return false;
  return d === undefined || (d >= 1 && d <= new Date(Date.UTC(y, m, 0)).getUTCDate());
}

/** Reports every key of `v` not in `known`: unknown fields are refused at every depth. */
function refuseUnknown(v: Record<string, unknown>, known: readonly string[], at: string, what: string, add: Add): void {
  for (const key of Object.keys(v)) if (!known.includes(key)) add(`${at}.${key}`, `is not a field of ${what}`);
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isText = (v: unknown): v is string => typeof v === 'string' && v.trim().length > 0;

/** The facts of a registry file: `{"schemaVersion": 2, "facts": [...]}`, or a bare array of facts in the current schema. */
export function registryFacts(data: unknown): { list: unknown; problems: Problem[] } {
  if (Array.isArray(data)) return { list: data, problems: [] };
  if (isObject(data) && 'facts' in data) {
    const problems: Problem[] = [];
    if (data.schemaVersion !== SCHEMA_VERSION) problems.push({ fact: '(file)', field: 'schemaVersion', message: `must be ${SCHEMA_VERSION}` });
    for (const key of Object.keys(data)) if (key !== 'schemaVersion' && key !== 'facts') problems.push({ fact: '(file)', field: key, message: 'is not a field of a registry file' });
    return { list: data.facts, problems };
  }
  return { list: null, problems: [{ fact: '(file)', field: '(root)', message: 'a registry is {"schemaVersion": 2, "facts": [...]} or a JSON array of facts' }] };
}

export function validateRegistry(data: unknown): { facts: Fact[]; problems: Problem[] } {
  const { list, problems } = registryFacts(data);
  if (!Array.isArray(list)) return { facts: [], problems: problems.length ? problems : [{ fact: '(file)', field: 'facts', message: 'must be a JSON array of facts' }] };
  const seen = new Set<string>();
  const facts: Fact[] = [];
  list.forEach((raw, i) => {
    const name = isObject(raw) && typeof raw.id === 'string' ? raw.id : `#${i + 1}`;
    const before = problems.length;
    const add = (field: string, message: string): void => void problems.push({ fact: name, field, message });
    if (!isObject(raw)) return add('(fact)', 'is not an object');
    for (const key of Object.keys(raw)) if (!FACT_KEYS.has(key)) add(key, 'is not a field of a fact');
    if (typeof raw.id !== 'string' || !ID.test(raw.id)) add('id', 'must be lower-case words joined by hyphens');
    else if (seen.has(raw.id)) add('id', 'is used by another fact');
    else seen.add(raw.id);
    for (const field of ['title', 'summary', 'meaning', 'notMeaning'] as const) checkBilingual(raw[field], field, add);
    if (!(VERDICTS as readonly unknown[]).includes(raw.verdict)) add('verdict', `must be one of ${VERDICTS.join(', ')}`);
    if (!isCalendarDate(raw.asOf)) add('asOf', 'must be a date: YYYY, YYYY-MM or YYYY-MM-DD');
    if (!isCalendarDate(raw.reviewed, true)) add('reviewed', 'must be a day: YYYY-MM-DD');
    checkSpeaker(raw.source, add);
    checkFigures(raw.figures, add);
    checkMatch(raw.match, add);
    checkDistortions(raw.distortions, Array.isArray(raw.figures) ? raw.figures.length : 0, add);
    checkCounterpoints(raw.counterpoints, add);
    if (raw.series !== undefined) checkSeries(raw.series, add);
    checkSources(raw.sources, add);
    if (problems.length === before) facts.push(raw as unknown as Fact);
  });
  return { facts, problems };
}

type Add = (field: string, message: string) => void;

function checkBilingual(v: unknown, field: string, add: Add): void {
  if (!isObject(v)) return add(field, 'must have English (en) and Indonesian (id) text');
  for (const lang of ['en', 'id']) if (!isText(v[lang])) add(`${field}.${lang}`, 'is missing or empty');
  for (const key of Object.keys(v)) if (key !== 'en' && key !== 'id') add(`${field}.${key}`, 'is not a language of the registry');
}

const isTextList = (v: unknown): v is string[] => Array.isArray(v) && v.every((t) => isText(t) && t.trim().length >= 2);

function checkSpeaker(v: unknown, add: Add): void {
  if (!isObject(v)) return add('source', 'must name who made the statement: {name, aliases, refs}');
  if (!isText(v.name)) add('source.name', 'is missing');
  if (!isTextList(v.aliases)) add('source.aliases', 'must be a list of names (at least two characters each)');
  if (!isObject(v.refs) || !isTextList(v.refs.en) || !isTextList(v.refs.id)) add('source.refs', 'must have English (en) and Indonesian (id) lists of back-references');
  else {
    for (const key of Object.keys(v.refs)) {
      if (key === 'en' || key === 'id') continue;
      if (!(OTHER_REF_LANGUAGES as readonly string[]).includes(key)) add(`source.refs.${key}`, 'is not a language of the registry');
      else if (!isTextList(v.refs[key])) add(`source.refs.${key}`, 'must be a list of back-references');
    }
  }
  for (const key of Object.keys(v)) if (!['name', 'aliases', 'refs'].includes(key)) add(`source.${key}`, 'is not a field of a source');
}

function checkDistortions(v: unknown, figureCount: number, add: Add): void {
  if (!Array.isArray(v)) return add('distortions', 'must be a list (it may be empty)');
  v.forEach((d, i) => {
    const at = `distortions[${i}]`;
    if (!isObject(d)) return add(at, 'is not an object');
    if (!(ERROR_KINDS as readonly unknown[]).includes(d.error)) add(`${at}.error`, `must be one of ${ERROR_KINDS.join(', ')}`);
    if (typeof d.of !== 'number' || !Number.isInteger(d.of) || d.of < 0 || d.of >= figureCount) add(`${at}.of`, 'must be the index of one of the fact\'s figures');
    if (d.figure !== undefined) checkFigure(d.figure, `${at}.figure`, add, false);
    if (d.cues !== undefined && (!isObject(d.cues) || !isTextList(d.cues.en) || !isTextList(d.cues.id))) add(`${at}.cues`, 'must have English (en) and Indonesian (id) lists of words');
    if (d.keep !== undefined && (!isObject(d.keep) || !isTextList(d.keep.en) || !isTextList(d.keep.id))) add(`${at}.keep`, 'must have English (en) and Indonesian (id) lists of words');
    if (d.error === 'wrong-source' && !isTextList(d.namedAs)) add(`${at}.namedAs`, 'must list the names the figure is wrongly credited to');
    if (d.error !== 'wrong-source' && d.namedAs !== undefined) add(`${at}.namedAs`, 'is only for wrong-source');
    if (d.figure === undefined && d.cues === undefined && d.error === 'wrong-figure') add(`${at}.figure`, 'a wrong figure needs the figure');
    checkBilingual(d.correction, `${at}.correction`, add);
    for (const key of Object.keys(d)) if (!['error', 'of', 'figure', 'cues', 'keep', 'namedAs', 'correction'].includes(key)) add(`${at}.${key}`, 'is not a field of a distortion');
  });
}

function checkFigures(v: unknown, add: Add): void {
  if (!Array.isArray(v) || v.length === 0) return add('figures', 'must list at least one figure');
  v.forEach((f, i) => checkFigure(f, `figures[${i}]`, add, true));
}

function checkFigure(f: unknown, at: string, add: Add, labelled: boolean): void {
  {
    if (!isObject(f)) return add(at, 'is not an object');
    if (!(FIGURE_KINDS as readonly unknown[]).includes(f.kind)) add(`${at}.kind`, `must be one of ${FIGURE_KINDS.join(', ')}`);
    if (typeof f.value !== 'number' || !Number.isFinite(f.value)) add(`${at}.value`, 'must be a number');
    if (typeof f.tolerance !== 'number' || !(f.tolerance >= 0)) add(`${at}.tolerance`, 'must be a number of at least 0');
    else if (typeof f.value === 'number' && f.tolerance > Math.max(1, Math.abs(f.value) * 0.25)) add(`${at}.tolerance`, 'is so wide that unrelated figures would match');
    if (f.kind === 'percent' && typeof f.value === 'number' && (f.value < -100 || f.value > 1000)) add(`${at}.value`, 'is not a plausible percent');
    if (f.kind === 'fraction' && typeof f.value === 'number' && (f.value <= 0 || f.value > 1)) add(`${at}.value`, 'a fraction lies between 0 and 1');
    const unitRule = UNITS_BY_KIND[f.kind as string];
    if (unitRule && (typeof f.unit !== 'string' || !unitRule.test(f.unit))) add(`${at}.unit`, `is not a unit for a ${String(f.kind)} figure`);
    if (f.unit !== undefined && typeof f.unit !== 'string') add(`${at}.unit`, 'must be text');
    if (f.vague !== undefined && typeof f.vague !== 'boolean') add(`${at}.vague`, 'must be true or false');
    if (f.about !== undefined && (!Array.isArray(f.about) || f.about.length === 0 || !f.about.every((t) => typeof t === 'string' && t.trim().length >= 2))) {
      add(`${at}.about`, 'must be a list of words of at least two letters');
    }
    if (labelled) checkBilingual(f.label, `${at}.label`, add);
    for (const key of Object.keys(f)) if (!['kind', 'value', 'tolerance', 'unit', 'vague', 'about', ...(labelled ? ['label'] : [])].includes(key)) add(`${at}.${key}`, 'is not a field of a figure');
  }
}

function checkMatch(v: unknown, add: Add): void {
  if (!isObject(v) || !Array.isArray(v.all) || v.all.length === 0) return add('match.all', 'must list at least one group of subject terms');
  v.all.forEach((g, i) => {
    if (!Array.isArray(g) || g.length === 0 || !g.every((t) => isText(t) && t.trim().length >= 2)) add(`match.all[${i}]`, 'must be a non-empty list of terms');
  });
  if (v.none !== undefined && !isTextList(v.none)) add('match.none', 'must be a list of terms');
  for (const key of Object.keys(v)) if (key !== 'all' && key !== 'none') add(`match.${key}`, 'is not a field of match');
}

function checkCounterpoints(v: unknown, add: Add): void {
  if (!isObject(v)) return add('counterpoints', 'must have English (en) and Indonesian (id) lists');
  for (const lang of ['en', 'id']) {
    const list = v[lang];
    if (!Array.isArray(list) || list.length === 0 || !list.every(isText)) add(`counterpoints.${lang}`, 'must be a non-empty list of text');
  }
  refuseUnknown(v, ['en', 'id'], 'counterpoints', 'counterpoints (a language of the registry)', add);
}

function checkSeries(v: unknown, add: Add): void {
  if (!isObject(v)) return add('series', 'is not an object');
  checkBilingual(v.title, 'series.title', add);
  if (typeof v.unit !== 'string') add('series.unit', 'must be text');
  refuseUnknown(v, ['title', 'unit', 'points'], 'series', 'a series', add);
  if (!Array.isArray(v.points) || v.points.length < 2) return add('series.points', 'needs at least two points');
  v.points.forEach((p, i) => {
    if (!isObject(p) || !isText(p.label) || typeof p.value !== 'number' || !Number.isFinite(p.value)) add(`series.points[${i}]`, 'needs a label and a number');
    else refuseUnknown(p, ['label', 'value'], `series.points[${i}]`, 'a point', add);
  });
}

function checkSources(v: unknown, add: Add): void {
  if (!Array.isArray(v) || v.length === 0) return add('sources', 'must name at least one source');
  v.forEach((s, i) => {
    const at = `sources[${i}]`;
    if (!isObject(s)) return add(at, 'is not an object');
    if (!isText(s.publisher)) add(`${at}.publisher`, 'is missing');
    if (!isText(s.title)) add(`${at}.title`, 'is missing');
    if (typeof s.url !== 'string' || !/^https:\/\/[^\s/]+\.[^\s]+$/.test(s.url)) add(`${at}.url`, 'must be an https address');
    if (s.date !== null && !isCalendarDate(s.date)) add(`${at}.date`, 'must be a date: YYYY, YYYY-MM or YYYY-MM-DD (null only when the page gives none)');
    refuseUnknown(s, ['publisher', 'title', 'url', 'date'], at, 'a source', add);
  });
}
