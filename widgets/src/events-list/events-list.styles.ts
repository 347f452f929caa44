import { css } from 'lit'

export const listStyles = css`
  kennisstad-event-card { display: block; }
  .is-compact kennisstad-event-card::part(place),
  .is-compact kennisstad-event-card::part(badge) { display: none; }
  /* List layout: the picture is a thumbnail at the end of the row (an empty third column takes no room); in a
     narrow column (a phone) it goes above the text, as on a card, so the title keeps its width. */
  .is-list { container-type: inline-size; }
  @container (min-width: 34rem) {
    .is-list kennisstad-event-card::part(card) { grid-template-columns: 3.2rem 1fr auto; }
    .is-list kennisstad-event-card::part(image) { grid-column: 3; grid-row: 1 / span 4; width: clamp(7rem, 18cqi, 11rem); margin: 0; }
    .is-list kennisstad-event-card::part(date-block) { grid-row: 1 / span 3; }
  }
  .agenda { display: grid; gap: calc(var(--_spacing) * 1.5); }
  .day-heading { font-weight: 700; padding-bottom: 0.2rem; margin-bottom: calc(var(--_spacing) / 2); border-bottom: 2px solid var(--_accent); }
  .day-heading::first-letter { text-transform: uppercase; }
  .is-agenda { gap: calc(var(--_spacing) / 2); }
  .is-agenda > li:not(:last-child) { border-bottom: 1px solid var(--_border); padding-bottom: calc(var(--_spacing) / 2); }
`
