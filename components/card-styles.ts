import { CARD_GEOMETRY as G } from '../types/claim-card.ts';

/** Styles inside the card's shadow root: the page's CSS cannot reach them, and they cannot leak out. */
export const CARD_CSS = `
:host { all: initial; }
.card { position: fixed; z-index: 2147483647; width: min(${G.width}px, calc(100vw - ${2 * G.margin}px)); max-height: min(${G.maxHeightVh}vh, ${G.maxHeight}px); overflow: auto; overscroll-behavior: contain;
  box-sizing: border-box; padding: 14px 16px; background: #fff; color: #1b1b1f; border: 1px solid #c9ced6; border-radius: 10px;
  box-shadow: 0 8px 28px rgba(0,0,0,.18); font: 14px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; text-align: left; }
.card:focus { outline: none; }
.card:focus-visible { outline: 3px solid #3559b7; outline-offset: 2px; }
.card-head { display: flex; align-items: flex-start; gap: 8px; }
h2 { font-size: 16px; line-height: 1.3; margin: 0 0 8px; flex: 1; }
h3 { font-size: 13px; margin: 12px 0 4px; color: #30363d; text-transform: none; }
p { margin: 0 0 8px; }
ul { margin: 0 0 8px; padding-left: 18px; }
li { margin: 2px 0; }
.close { border: 0; background: transparent; font-size: 22px; line-height: 1; cursor: pointer; color: #30363d; padding: 0 4px; border-radius: 4px; }
.close:focus-visible { outline: 3px solid #3559b7; }
.label { color: #4b5563; }
.summary { font-weight: 600; }
.arithmetic { padding: 4px 8px; border-left: 3px solid #b45309; background: #fff7ed; color: #1b1b1f; }
.arithmetic-label { font-weight: 600; color: #92400e; }
.verdict { display: inline-block; padding: 1px 8px; border-radius: 999px; font-weight: 600; font-size: 12.5px; }
.check { border-left: 4px solid #c9ced6; padding: 4px 0 2px 10px; margin: 0 0 10px; }
.check[data-check=consistent] { border-color: #5fa873; }
.check[data-check=differs] { border-color: #c24141; }
.check[data-check=reframed], .check[data-check=misattributed] { border-color: #c77a16; }
.check-head { margin: 0 0 4px; }
.check-status { display: inline-block; padding: 1px 8px; border-radius: 999px; font-weight: 600; font-size: 13px; }
.check-note { font-weight: 600; }
.check-named { color: #4b5563; font-size: 12.5px; }
.claim { font-size: 13px; }
.more { font: inherit; font-weight: 600; color: #1d4ed8; background: transparent; border: 1px solid #c9ced6; border-radius: 6px; padding: 2px 10px; cursor: pointer; }
.more::after { content: " ▾"; }
.more[aria-expanded=true]::after { content: " ▴"; }
.more:focus-visible { outline: 3px solid #3559b7; outline-offset: 1px; }
#recount-card-more { margin-top: 10px; }
.wrong { margin-top: 10px; }
.wrong-button { font: inherit; font-size: 13px; color: inherit; background: transparent; border: 1px solid #9aa4b2; border-radius: 6px; padding: 2px 10px; cursor: pointer; }
.wrong-button:focus-visible { outline: 3px solid #3559b7; }
.wrong-status { display: block; font-size: 12.5px; margin-top: 4px; }
.wrong-manual textarea { display: block; width: 100%; box-sizing: border-box; font: 12px monospace; margin-top: 4px; }
a { color: #1d4ed8; }
a:focus-visible { outline: 2px solid #3559b7; }
.source-meta, .as-of { color: #4b5563; font-size: 12.5px; }
.chart { margin: 8px 0; }
.chart figcaption { font-size: 12.5px; color: #30363d; margin-bottom: 2px; }
.chart-axis, .chart-claimed { font-size: 12.5px; color: #4b5563; margin: 0 0 2px; }
.chart-other { font-size: 12.5px; font-style: italic; margin: 0 0 2px; }
.claimed-key { display: inline-block; width: 18px; border-top: 2px dashed #c2410c; vertical-align: middle; }
.sr-only { position: absolute; width: 1px; height: 1px; padding: 0; margin: -1px; overflow: hidden; clip: rect(0,0,0,0); white-space: nowrap; border: 0; }
@media (prefers-color-scheme: dark) {
  .card { background: #1e2127; color: #e6e8eb; border-color: #4b5563; box-shadow: 0 8px 28px rgba(0,0,0,.5); }
  h3, .close, .chart figcaption { color: #d0d5dc; }
  .label, .check-named, .source-meta, .as-of, .chart-axis, .chart-claimed { color: #b3bac4; }
  a, .more { color: #9db8ff; }
  .more { border-color: #4b5563; }
  .card:focus-visible, .close:focus-visible, .more:focus-visible, a:focus-visible { outline-color: #9db8ff; }
}
`;
