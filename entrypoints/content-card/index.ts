import { claimCardView } from '../../components/claim-card-view.tsx';
import { publishCardView } from '../../extension/card-handoff.ts';

/** The content script's third stage, the card's UI, imported by the reader when a card is first opened. */
export default defineUnlistedScript(() => publishCardView(claimCardView));
