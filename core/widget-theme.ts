/**
 * The widgets' look, written once: their layouts and the custom properties a host page themes them with
 * (`--kennisstad-<name>`), each with its default on a light and on a dark host. The widget styles are built from
 * THEME; the configurator offers every entry with its default and its label in the page's language.
 */

/** How a list shows its items; `agenda` groups events under a heading per day (other lists show it as `list`). */
export const LAYOUTS = ['list', 'cards', 'compact', 'agenda'] as const
export type Layout = (typeof LAYOUTS)[number]

type Property = { light: string; dark?: string; kind: 'color' | 'length' | 'font' | 'background' }

export const THEME = {
  accent: { light: '#9c1c1c', dark: '#ff8a80', kind: 'color' },
  fg: { light: '#1b1b1b', dark: '#ececec', kind: 'color' },
  bg: { light: 'transparent', kind: 'background' },
  muted: { light: '#595959', dark: '#b5b5b5', kind: 'color' },
  border: { light: '#d6d6d6', dark: '#444444', kind: 'color' },
  font: { light: "system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif", kind: 'font' },
  'font-size': { light: '1rem', kind: 'length' },
  radius: { light: '6px', kind: 'length' },
  spacing: { light: '0.75rem', kind: 'length' },
} as const satisfies Record<string, Property>
export type ThemeName = keyof typeof THEME

/** A property's default as CSS: one value, or a `light-dark()` pair resolved by the element's `color-scheme`. */
export const themeDefault = (p: Property) => (p.dark ? `light-dark(${p.light}, ${p.dark})` : p.light)

/** Which values the configurator accepts per kind (what is pasted into a style attribute must be plain CSS). */
export const THEME_VALUE: Record<Property['kind'], RegExp> = {
  color: /^#[0-9a-f]{6}$/i,
  background: /^(#[0-9a-f]{6}|transparent)$/i,
  length: /^(0|\d{1,3}(\.\d{1,3})?(px|rem|em))$/,
  font: /^[\w\s,'"-]{1,120}$/,
}

/** Labels in Dutch and English (the configurator's; not part of the widget bundle). */
export const LAYOUT_LABELS: Record<Layout, [nl: string, en: string]> = {
  list: ['Lijst', 'List'],
  cards: ['Kaarten', 'Cards'],
  compact: ['Compact', 'Compact'],
  agenda: ['Agenda per dag', 'Agenda by day'],
}

export const THEME_LABELS: Record<ThemeName, [nl: string, en: string]> = {
  accent: ['Accentkleur (links, knoppen, focus)', 'Accent colour (links, buttons, focus)'],
  fg: ['Tekstkleur', 'Text colour'],
  bg: ['Achtergrond', 'Background'],
  muted: ['Kleur van bijzaken (tijd, plaats)', 'Secondary text colour (time, place)'],
  border: ['Lijnkleur', 'Border colour'],
  font: ['Lettertype', 'Font'],
  'font-size': ['Lettergrootte', 'Font size'],
  radius: ['Afronding van hoeken', 'Corner radius'],
  spacing: ['Ruimte tussen items', 'Spacing between items'],
}
