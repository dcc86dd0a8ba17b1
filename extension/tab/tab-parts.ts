/**
 * The parts of a tab's controller, made in the order they depend on each other. Each owns its DOM
 * changes and their undo; `disposable` lists those with an undo in the order of their making, so
 * that teardown disposes them in reverse.
 */
import type { LoadCardView } from '../../types/claim-card.ts';
import type { Settings } from '../../types/settings.ts';
import type { ReadingClient } from '../reading-client.ts';
import { pageHost } from '../../page/article-frames.ts';
import { AddedContentWatcher } from './added-content-watcher.ts';
import { CardPresenter } from './card-presenter.ts';
import { ClaimBatches } from './claim-batches.ts';
import { ClaimReading } from './claim-reading.ts';
import { FollowedSettings } from './followed-settings.ts';
import { MarksLayer } from './marks-layer.ts';
import { NavigationWatcher } from './navigation-watcher.ts';
import { NotesLayer } from './notes-layer.ts';
import { PageDisplay } from './page-display.ts';
import { PageGate } from './page-gate.ts';
import { PageReport, type Standing } from './page-report.ts';
import type { Steps } from './steps.ts';
import { ViewportReader } from './viewport-reader.ts';

/** What the parts call back into the controller for. */
export interface PartHooks {
  /** The page became another page without a load. */
  navigated: () => void;
  /** Content was added behind the reader. */
  readAdded: (nodes: Element[]) => void;
  /** What only the controller knows, for the report. */
  standing: () => Standing;
  /** Whether the page is to show highlights now, and notes beside them. */
  shouldHighlight: () => boolean;
  overlays: () => boolean;
}

export type TabParts = ReturnType<typeof makeParts>;

/** `firstVerdict`: the page-wide prefilter's verdict on `doc`, where the content script's first stage has it. */
export function makeParts(doc: Document, client: ReadingClient, settings: Settings, loadCardView: LoadCardView, steps: Steps, hooks: PartHooks, firstVerdict?: boolean) {
  const followed = new FollowedSettings(settings, pageHost(doc));
  const gate = new PageGate(doc, client, steps, firstVerdict);
  const reader = new ViewportReader(doc, steps);
  const navigation = new NavigationWatcher(doc, hooks.navigated);
  const batches = new ClaimBatches(client, steps);
  const watcher = new AddedContentWatcher((n) => reader.isAhead(n), hooks.readAdded);
  const marks = new MarksLayer(doc, steps, watcher.quietly);
  const notes = new NotesLayer(doc, watcher.quietly, { gate, batches, marks, steps, client });
  const report = new PageReport(doc, { gate, batches, marks, steps, client }, hooks.standing);
  const card = new CardPresenter(doc, loadCardView, watcher.quietly, { gate, batches, marks, steps, client, report });
  const display = new PageDisplay({ marks, notes, card, batches, steps }, hooks.shouldHighlight, hooks.overlays);
  const reading = new ClaimReading({ reader, gate, batches, marks });
  const disposable = [followed, reader, navigation, watcher, marks, notes, card];
  return { followed, navigation, gate, reader, batches, reading, watcher, marks, notes, report, card, display, disposable };
}
