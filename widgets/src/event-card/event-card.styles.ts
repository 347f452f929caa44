import { css } from 'lit'

export const cardStyles = css`
  /* A calendar leaf on the left, the text on the right; status banner and button span the text column. */
  article { display: grid; grid-template-columns: 3.2rem 1fr; column-gap: var(--_spacing); row-gap: 0.2rem; align-content: start; }
  article > * { grid-column: 2; }
  .leaf { grid-column: 1; grid-row: 1 / span 3; align-self: start; display: grid; justify-items: center; line-height: 1.1;
    border: 1px solid var(--_border); border-top: 0.35rem solid var(--_accent); border-radius: var(--_radius); padding: 0.25rem 0; }
  /* A picture above it all, sized before it loads (no layout shift); the leaf then starts below it. */
  .picture { grid-column: 1 / -1; margin: 0 0 0.3rem; }
  .picture img { display: block; width: 100%; height: auto; aspect-ratio: 16 / 9; object-fit: cover; border-radius: var(--_radius); background: var(--_border); }
  figcaption { font-size: 0.75em; color: var(--_muted); margin-top: 0.15rem; }
  article.pictured .leaf { grid-row: 2 / span 3; }
  :host([compact]) article, :host([agenda]) article { grid-template-columns: 1fr; }
  :host([compact]) article > *, :host([agenda]) article > * { grid-column: 1; }
  :host([compact]) .leaf, :host([agenda]) .leaf, :host([compact]) .picture, :host([agenda]) .picture { display: none; }
  /* Agenda: where there is room, the hours in a column of their own, the rest beside them. */
  :host([agenda]) { container-type: inline-size; }
  @container (min-width: 30rem) {
    :host([agenda]) article { grid-template-columns: 7rem 1fr; }
    :host([agenda]) article > * { grid-column: 2; }
    :host([agenda]) .when { grid-column: 1; grid-row: 1 / span 6; color: var(--_fg); font-weight: 600; font-variant-numeric: tabular-nums; }
  }
  .leaf .day { font-size: 1.35em; font-weight: 700; }
  .leaf .month { font-size: 0.8em; text-transform: uppercase; color: var(--_muted); }
  .status-banner { justify-self: start; font-weight: 700; font-size: 0.85em; color: var(--_on-accent); background: var(--_accent);
    border-radius: var(--_radius); padding: 0.05rem 0.5rem; }
  .actions { margin-top: 0.35rem; }
  a.button { display: inline-block; color: var(--_on-accent); background: var(--_accent); text-decoration: none; font-weight: 600;
    border-radius: var(--_radius); padding: 0.3rem 0.9rem; }
  a.button:hover { text-decoration: underline; }
  .title { font-weight: 650; font-size: 1.05em; }
  article.cancelled .title { text-decoration: line-through; }
  .badges { margin-top: 0.2rem; }
  .repeats { font-style: italic; }
  details summary { cursor: pointer; color: var(--_accent); width: fit-content; }
  details summary:focus-visible { outline: 2px solid var(--_accent); outline-offset: 2px; }
  ul.dates { margin: 0.25rem 0 0; padding-left: 1.1rem; }
  li.cancelled time { text-decoration: line-through; }
`
