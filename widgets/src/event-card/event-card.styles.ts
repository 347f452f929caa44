import { css } from 'lit'

export const cardStyles = css`
  article { display: grid; gap: 0.2rem; }
  .title { font-weight: 650; font-size: 1.05em; }
  article.cancelled .title { text-decoration: line-through; }
  .badges { margin-top: 0.2rem; }
  .repeats { font-style: italic; }
  details summary { cursor: pointer; color: var(--_accent); width: fit-content; }
  details summary:focus-visible { outline: 2px solid var(--_accent); outline-offset: 2px; }
  ul.dates { margin: 0.25rem 0 0; padding-left: 1.1rem; }
  li.cancelled time { text-decoration: line-through; }
`
