/** The card view the content script hands to the tab controller: ClaimCard with its labels and styles. */
import { render } from 'preact';
import type { CardView, ClaimCardRequest } from '../types/claim-card.ts';
import { CARD_CSS } from './card-styles.ts';
import { ClaimCard, type CardLabels } from './ClaimCard.tsx';
import { factLabels } from './FactDetails.tsx';
import { formatFigure } from './format-figure.ts';
import { checkHelp } from './VerdictGlossary.tsx';
import { wrongReportText } from './WrongReport.tsx';

function drawCard(container: Element, card: ClaimCardRequest | null): void {
  if (!card) {
    render(null, container);
    return;
  }
  const { t, fact } = card;
  const labels: CardLabels = {
    title: t('cardTitle'),
    claimLabel: t('cardClaimLabel'),
    verdict: t('cardVerdict'),
    close: t('cardClose'),
    noFact: t('cardNoFact'),
    readAs: t('cardReadAs', formatFigure(card.figure, t('numberLocale'))),
    verdictName: fact ? card.verdictLabel(fact.verdict) : '',
    pageReview: t('pageClaimReview'),
    arithmetic: t('arithmeticInconsistent'),
    checkName: card.check ? card.checkLabel(card.check.status) : '',
    named: card.check?.attribution ? t('cardNamed', card.check.attribution.text) : '',
    more: t('cardMore'),
    checkHelp: card.check ? checkHelp(t, card.check.status) : '',
    wrong: { button: t('cardWrong'), copied: t('cardWrongCopied'), manual: t('cardWrongManual') },
    ...factLabels(t, fact),
  };
  const wrongReport = fact
    ? wrongReportText([
        [t('reportTitle'), t('cardWrong')],
        [t('reportClaim'), card.claimText],
        [t('reportVerdict'), labels.checkName || labels.verdictName],
        [t('reportPage'), card.pageUrl],
        [t('reportFact'), `${fact.id} (${fact.title.en})`],
        [t('reportVersion'), card.version],
      ])
    : '';
  render(
    <ClaimCard figure={card.figure} wrongReport={wrongReport} claimText={card.claimText} fact={fact} check={card.check} checks={card.checks} lang={card.lang} labels={labels} claimReviews={card.claimReviews} position={card.position} onClose={card.onClose} moreOpen={card.moreOpen} onMoreToggle={card.onMoreToggle} />,
    container,
  );
}

export const claimCardView: CardView = { css: CARD_CSS, render: drawCard };
