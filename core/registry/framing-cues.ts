/**
 * Words that change what a figure means. A right figure written with a cue of an error kind,
 * and with none of the words that keep its own meaning, is reframed: "40% of jobs are exposed"
 * keeps the IMF's sense, "40% of jobs will be wiped out" does not. A fact's distortion may add
 * cues of its own. Matching is on word edges, case-insensitive.
 */
import type { ErrorKind } from './fact-types.ts';
import { containsTerm, foldText } from './terms.ts';

interface Cues {
  /** Words that give the figure the wrong meaning. */
  cues: string[];
  /** Words that keep the figure's own meaning; any of them present, no reframing is claimed. */
  keep: string[];
}

export const ERROR_CUES: Partial<Record<ErrorKind, Cues>> = {
  'exposure-as-loss': {
    cues: ['lose', 'lost', 'losing', 'wipe out', 'wiped out', 'eliminate', 'eliminated', 'replace', 'replaced', 'destroy', 'destroyed', 'vanish', 'disappear',
      'hilang', 'kehilangan', 'lenyap', 'musnah', 'digantikan', 'tergantikan', 'menggantikan', 'dihapus', 'terhapus'],
    keep: ['exposed', 'exposure', 'affected', 'impacted', 'terpapar', 'paparan', 'terdampak', 'terpengaruh'],
  },
  'forecast-as-event': {
    cues: ['already', 'has already', 'have already', 'telah', 'sudah'],
    keep: ['could', 'will', 'would', 'may', 'might', 'expect', 'expected', 'expects', 'predict', 'predicted', 'forecast', 'plan', 'plans',
      'akan', 'bisa', 'dapat', 'diperkirakan', 'diprediksi', 'memperkirakan', 'memprediksi', 'berpotensi', 'mungkin'],
  },
  'tasks-as-jobs': {
    cues: ['jobs', 'job', 'workers', 'pekerjaan', 'lapangan kerja', 'pekerja'],
    keep: ['tasks', 'task', 'tugas', 'hours', 'jam kerja', 'work activities', 'aktivitas kerja'],
  },
};

/** Whether `sentence` gives the figure the meaning of `error` (with the fact's own extra cues). */
export function hasFramingCue(sentence: string, error: ErrorKind, extra?: { en: string[]; id: string[] }, keep?: { en: string[]; id: string[] }): boolean {
  const folded = foldText(sentence);
  const base = ERROR_CUES[error];
  const cues = [...(base?.cues ?? []), ...(extra?.en ?? []), ...(extra?.id ?? [])].map(foldText);
  if (!cues.some((c) => containsTerm(folded, c))) return false;
  return ![...(base?.keep ?? []), ...(keep?.en ?? []), ...(keep?.id ?? [])].map(foldText).some((k) => containsTerm(folded, k));
}
