import { unsafeCSS } from 'lit'
import { THEME, themeDefault } from '../../../core/widget-theme'

/** `--_<name>` for every theming property: the host's `--kennisstad-<name>`, else its default (core/widget-theme.ts). */
export const themeVars = unsafeCSS(`:host{${Object.entries(THEME).map(([name, p]) => `--_${name}:var(--kennisstad-${name},${themeDefault(p)})`).join(';')}}`)
