import { css } from 'lit'

export const listStyles = css`
  kennisstad-event-card { display: block; }
  .list.compact kennisstad-event-card::part(place),
  .list.compact kennisstad-event-card::part(badge) { display: none; }
`
