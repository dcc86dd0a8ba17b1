import { publishReader } from '../../extension/reader-handoff.ts';
import { startReader } from '../../extension/start-reader.ts';

/** The content script's second stage, imported by the first where the page may be about AI and work. */
export default defineUnlistedScript(() => publishReader(startReader));
