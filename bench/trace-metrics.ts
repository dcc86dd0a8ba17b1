/**
 * Reads one browser-level Chrome trace (the events of CDP Tracing) into what a load cost: the
 * renderer main thread's top-level tasks, the part of them traced to the extension's script, the
 * longest task that ran extension code, and the extension service worker's CPU.
 * Pure: no browser, no file; the benchmark feeds it the events it collected.
 */
export interface TraceEvent {
  name: string;
  cat?: string;
  ph: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  tdur?: number;
  id?: string;
  args?: Record<string, any>;
}

/** What one load cost, in milliseconds. */
export interface LoadCost {
  /** Sum of the page renderer's main-thread top-level tasks, in thread (CPU) time. */
  mainMs: number;
  /** The same in wall time: on a busy machine it also counts time the thread waited for a core. */
  mainWallMs: number;
  /** Main-thread time whose sampled stack holds a frame of the extension's scripts. */
  extScriptMs: number;
  /** The longest top-level task (wall time) that ran extension code (a sample or a call traced to its URL). */
  maxExtTaskMs: number;
  /** The longest such task in thread (CPU) time: far below the wall time when the machine kept the thread waiting. */
  maxExtTaskCpuMs: number;
  /** What the longest such task (wall time) was made of: its wall time by kind of work, and its CPU time. */
  maxExtTaskWhat: string;
  /** CPU time of the service worker threads (the extension's background). */
  swCpuMs: number;
  /** Main-thread wall time by kind of work (kinds may nest: script can force style and layout). */
  byKind: Record<string, number>;
}

/** Trace categories that give all of the above. */
export const TRACE_CATEGORIES = [
  '__metadata', 'toplevel', 'devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8.execute', 'disabled-by-default-v8.cpu_profiler',
];

/**
 * The same without the sampling profiler, for an idle page's steady cost. Starting the profiler
 * walks the heap and code of the page's whole isolate, content scripts' worlds included, in one
 * task on the page's main thread (traced: 3 ms without Recount, 30 ms with it on the ticker page),
 * which a page never pays outside a trace; in a 10 s window that alone was most of the difference.
 */
export const IDLE_TRACE_CATEGORIES = TRACE_CATEGORIES.filter((c) => c !== 'disabled-by-default-v8.cpu_profiler');

const KINDS: Record<string, string> = {
  EvaluateScript: 'compile+eval', 'v8.compile': 'compile+eval', 'v8.compileModule': 'compile+eval', 'v8.evaluateModule': 'compile+eval',
  FunctionCall: 'script', TimerFire: 'script', EventDispatch: 'script', RunMicrotasks: 'script', 'V8.Execute': 'script', FireAnimationFrame: 'script',
  UpdateLayoutTree: 'style', RecalculateStyles: 'style', ParseAuthorStyleSheet: 'style',
  Layout: 'layout',
  PrePaint: 'paint', Paint: 'paint', Layerize: 'paint', UpdateLayer: 'paint', CompositeLayers: 'paint', Commit: 'paint',
  ParseHTML: 'parse',
  MinorGC: 'gc', MajorGC: 'gc', 'V8.GC_SCAVENGER': 'gc', 'V8.GC_MARK_COMPACTOR': 'gc',
};

type Interval = [number, number];

/** Total length of a set of intervals, overlaps counted once. */
function unionMs(intervals: Interval[]): number {
  const sorted = [...intervals].sort((a, b) => a[0] - b[0]);
  let total = 0;
  let [s, e] = [NaN, NaN];
  for (const [a, b] of sorted) {
    if (!(a < e)) {
      if (e > s) total += e - s;
      [s, e] = [a, b];
    } else if (b > e) e = b;
  }
  if (e > s) total += e - s;
  return total / 1000;
}

/** Events on one thread that are not inside another: its top-level tasks. */
function topLevel(events: TraceEvent[]): TraceEvent[] {
  const sorted = [...events].sort((a, b) => a.ts - b.ts || (b.dur ?? 0) - (a.dur ?? 0));
  const out: TraceEvent[] = [];
  let end = -Infinity;
  for (const e of sorted) {
    if (e.ts >= end) {
      out.push(e);
      end = e.ts + (e.dur ?? 0);
    } else end = Math.max(end, e.ts + (e.dur ?? 0));
  }
  return out;
}

const sumDur = (events: TraceEvent[]): number => topLevel(events).reduce((n, e) => n + (e.dur ?? 0), 0);

const key = (pid: number, tid: number): string => `${pid}:${tid}`;

/**
 * Sample times (µs) of the main isolate of each process whose stack holds a frame from a script
 * URL starting with `urlPrefix`. (The profiler's chunks are written from a thread of their own.)
 */
function extensionSamples(events: TraceEvent[], urlPrefix: string): Map<number, { ts: number; dt: number }[]> {
  const out = new Map<number, { ts: number; dt: number }[]>();
  const profiles = new Map<string, { pid: number; tid: number; start: number; t: number; nodes: Map<number, { parent?: number; ext: boolean | null; url: string }>; samples: { ts: number; node: number }[] }>();
  for (const e of events) {
    if (e.name === 'Profile' && e.id) {
      profiles.set(`${e.pid}:${e.id}`, { pid: e.pid, tid: e.tid, start: e.args?.data?.startTime ?? e.ts, t: e.args?.data?.startTime ?? e.ts, nodes: new Map(), samples: [] });
    }
  }
  for (const e of events) {
    if (e.name !== 'ProfileChunk' || !e.id) continue;
    const p = profiles.get(`${e.pid}:${e.id}`);
    if (!p) continue;
    const cpu = e.args?.data?.cpuProfile ?? {};
    for (const n of cpu.nodes ?? []) p.nodes.set(n.id, { parent: n.parent, ext: null, url: n.callFrame?.url ?? '' });
    const deltas: number[] = e.args?.data?.timeDeltas ?? [];
    (cpu.samples ?? []).forEach((node: number, i: number) => {
      p.t += deltas[i] ?? 0;
      p.samples.push({ ts: p.t, node });
    });
  }
  for (const p of profiles.values()) {
    const isExt = (id: number): boolean => {
      const path: { ext: boolean | null }[] = [];
      let cur: number | undefined = id;
      let answer = false;
      while (cur !== undefined) {
        const n = p.nodes.get(cur);
        if (!n) break;
        if (n.ext !== null) {
          answer = n.ext;
          break;
        }
        path.push(n);
        if (n.url.startsWith(urlPrefix)) {
          answer = true;
          break;
        }
        cur = n.parent;
      }
      for (const n of path) n.ext = answer;
      return answer;
    };
    if (p.tid !== p.pid) continue; // a worker's isolate, not the main thread's
    const list = out.get(p.pid) ?? [];
    p.samples.sort((a, b) => a.ts - b.ts);
    p.samples.forEach((s, i) => {
      const next = p.samples[i + 1];
      // A sample stands for the time until the next one (capped: the profiler idles between tasks).
      const dt = next ? Math.min(next.ts - s.ts, 2000) : 0;
      if (isExt(s.node)) list.push({ ts: s.ts, dt });
    });
    out.set(p.pid, list);
  }
  return out;
}

/** Pids of the renderers that parsed or ran `pageUrl`. */
function pageRenderers(events: TraceEvent[], mainThreads: Set<string>, pageUrl: string): Set<number> {
  const pids = new Set<number>();
  for (const e of events) {
    if (!mainThreads.has(key(e.pid, e.tid))) continue;
    const url = e.args?.beginData?.url ?? e.args?.data?.url ?? e.args?.data?.documentURL;
    if (url === pageUrl) pids.add(e.pid);
  }
  return pids;
}

/**
 * Reads a trace; `extensionOrigin` starts the URLs of the extension's code. Only the main threads of the
 * renderers that showed `pageUrl` are counted for the page; the service worker wherever it runs.
 */
export function loadCost(events: TraceEvent[], extensionOrigin: string, pageUrl: string): LoadCost {
  const threadNames = new Map<string, string>();
  for (const e of events) if (e.ph === 'M' && e.name === 'thread_name') threadNames.set(key(e.pid, e.tid), String(e.args?.name ?? ''));
  const byThread = new Map<string, TraceEvent[]>();
  for (const e of events) {
    if (e.ph !== 'X' || e.dur === undefined) continue;
    const k = key(e.pid, e.tid);
    const list = byThread.get(k) ?? [];
    list.push(e);
    byThread.set(k, list);
  }
  const samples = extensionSamples(events, extensionOrigin);
  const mains = new Set([...threadNames].filter(([, n]) => n === 'CrRendererMain').map(([k]) => k));
  const pagePids = pageRenderers(events, mains, pageUrl);
  if (pagePids.size === 0) {
    // Nothing in the window named the page (an idle page): take the busiest renderer.
    let busiest: [number, number] = [-1, -1];
    for (const k of mains) {
      const busy = sumDur(byThread.get(k) ?? []);
      if (busy > busiest[1]) busiest = [Number(k.split(':')[0]), busy];
    }
    pagePids.add(busiest[0]);
  }
  let mainMs = 0;
  let mainWallMs = 0;
  let extScriptMs = 0;
  let maxExtTaskMs = 0;
  let maxExtTaskCpuMs = 0;
  let maxExtTaskWhat = '';
  let swCpuMs = 0;
  const kindIntervals: Record<string, Interval[]> = {};
  for (const [k, list] of byThread) {
    const name = threadNames.get(k) ?? '';
    if (/ServiceWorker/i.test(name)) {
      for (const t of topLevel(list)) swCpuMs += (t.tdur ?? t.dur ?? 0) / 1000;
      continue;
    }
    if (name !== 'CrRendererMain' || !pagePids.has(list[0]!.pid)) continue;
    const tasks = topLevel(list);
    for (const t of tasks) {
      mainMs += (t.tdur ?? t.dur ?? 0) / 1000;
      mainWallMs += (t.dur ?? 0) / 1000;
    }
    for (const e of list) {
      const kind = KINDS[e.name];
      if (kind) (kindIntervals[kind] ??= []).push([e.ts, e.ts + (e.dur ?? 0)]);
    }
    const extSamples = samples.get(list[0]!.pid) ?? [];
    for (const s of extSamples) extScriptMs += s.dt / 1000;
    // Tasks that ran extension code: a sample inside them, or a call or compile traced to its URL.
    const extCalls = list.filter((e) => {
      const d = e.args?.data ?? e.args ?? {};
      const url = String(d.url ?? d.scriptName ?? d.fileName ?? '');
      return url.startsWith(extensionOrigin);
    });
    const marks = [...extSamples.map((s) => s.ts), ...extCalls.map((e) => e.ts)].sort((a, b) => a - b);
    let i = 0;
    for (const t of tasks) {
      const end = t.ts + (t.dur ?? 0);
      while (i < marks.length && marks[i]! < t.ts) i++;
      if (i < marks.length && marks[i]! <= end) {
        if ((t.dur ?? 0) / 1000 > maxExtTaskMs) maxExtTaskWhat = describeTask(t, list);
        maxExtTaskMs = Math.max(maxExtTaskMs, (t.dur ?? 0) / 1000);
        maxExtTaskCpuMs = Math.max(maxExtTaskCpuMs, (t.tdur ?? t.dur ?? 0) / 1000);
      }
    }
  }
  const byKind = Object.fromEntries(Object.entries(kindIntervals).map(([k, v]) => [k, unionMs(v)]));
  return { mainMs, mainWallMs, extScriptMs, maxExtTaskMs, maxExtTaskCpuMs, maxExtTaskWhat, swCpuMs, byKind };
}

/** A task's wall time by kind of work inside it (kinds nest), and its CPU time: where a long task went. */
function describeTask(task: TraceEvent, thread: TraceEvent[]): string {
  const end = task.ts + (task.dur ?? 0);
  const intervals: Record<string, Interval[]> = {};
  for (const e of thread) {
    const kind = KINDS[e.name];
    if (kind && e.ts >= task.ts && e.ts < end) (intervals[kind] ??= []).push([e.ts, Math.min(end, e.ts + (e.dur ?? 0))]);
  }
  const kinds = Object.entries(intervals).map(([k, v]) => `${k} ${unionMs(v).toFixed(1)}`).join(', ');
  return `${((task.dur ?? 0) / 1000).toFixed(1)} ms wall (${((task.tdur ?? task.dur ?? 0) / 1000).toFixed(1)} CPU): ${kinds}`;
}
