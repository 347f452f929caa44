import { css } from 'lit'

export const cardStyles = css`
  article { display: grid; gap: 0.2rem; }
  .title { font-weight: 650; font-size: 1.05em; }
  article.cancelled .title { text-decoration: line-through; }
  .badges { margin-top: 0.2rem; }
`
