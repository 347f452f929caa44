import { css } from 'lit'
import { themeVars } from './theme'

/**
 * Theming is only through these custom properties and the `part`s; nothing inherits in from the host page
 * (`all: initial`) and nothing leaks out (shadow DOM).
 *
 * Every `--kennisstad-<name>` of core/widget-theme.ts (accent, fg, bg, muted, border, font, font-size, radius,
 * spacing), read here as `--_<name>`. Light by default; dark when the host page or the `color-scheme` attribute says
 * so (scheme.ts): each colour default is a `light-dark()` pair, and a brand's own colours win in both.
 */
export const baseStyles = [themeVars, css`
  :host {
    all: initial;
    display: block;
    contain: content;
    color-scheme: light;
    --_on-accent: light-dark(#fff, #1b1b1b);
    font-family: var(--_font);
    font-size: var(--_font-size);
    line-height: 1.45;
    color: var(--_fg);
    background: var(--_bg);
  }
  /* Dark only when the host page or the embed asks for it (see scheme.ts), never because of the visitor's OS alone. */
  :host(:state(dark)) { color-scheme: dark; }
  :host(:state(auto)) { color-scheme: light dark; }
  :host([hidden]) { display: none; }
  a { color: var(--_accent); }
  a:focus-visible, button:focus-visible { outline: 3px solid var(--_accent); outline-offset: 2px; }
  .list { list-style: none; margin: 0; padding: 0; display: grid; gap: var(--_spacing); }
  .is-cards { grid-template-columns: repeat(auto-fit, minmax(min(16rem, 100%), 1fr)); } /* auto-fit: one card fills the row, no empty block */
  .is-cards > li { border: 1px solid var(--_border); border-radius: var(--_radius); padding: var(--_spacing); }
  .is-list > li { border-bottom: 1px solid var(--_border); padding-bottom: var(--_spacing); }
  .is-compact { gap: calc(var(--_spacing) / 3); }
  .skeleton { display: grid; gap: var(--_spacing); }
  .bone { height: 3.2rem; border-radius: var(--_radius); background: var(--_border); opacity: 0.5; animation: pulse 1.4s ease-in-out infinite; }
  :host([layout='compact']) .bone { height: 1.5rem; }
  @keyframes pulse { 50% { opacity: 0.25; } }
  @media (prefers-reduced-motion: reduce) { .bone { animation: none; } }
  .error, .empty { margin: 0; color: var(--_muted); }
  .error p { margin: 0 0 calc(var(--_spacing) / 2); }
  button { font: inherit; color: var(--_on-accent); background: var(--_accent); border: 0; border-radius: var(--_radius); padding: 0.35rem 0.9rem; cursor: pointer; }
  .visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
  h2, h3, h4, h5, h6 { font-size: 1.05em; margin: 0; }
  p { margin: 0; }
  .meta { color: var(--_muted); font-size: 0.9em; }
  .badge { display: inline-block; font-size: 0.8em; border: 1px solid currentColor; border-radius: 999px; padding: 0 0.5em; margin-inline-end: 0.35em; }
  .badge.status { color: var(--_accent); font-weight: 600; }
`]
