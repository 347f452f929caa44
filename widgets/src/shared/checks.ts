/**
 * The elements' own attributes (not the API filters: the API checks those and the element explains its answer) are
 * checked too: a value that cannot work is named in a console warning with what would, and the default is used, so
 * `layout="grid"` or `limit="tien"` never silently show something else than the webmaster meant.
 */
import type { PropertyValues, ReactiveElement } from 'lit'
import { LAYOUTS } from '../../../core/widget-theme'

/** The defaults of the elements' own attributes: what a value that cannot work falls back to. */
export const DEFAULTS = { limit: 5, layout: 'list', refresh: 300, headingLevel: 3 } as const

type Check = { attribute: string; ok: (value: unknown) => boolean; expected: string }
const whole = (min: number, max: number) => (v: unknown) => Number.isInteger(v) && (v as number) >= min && (v as number) <= max

const CHECKS: Record<string, Check> = {
  layout: { attribute: 'layout', ok: (v) => (LAYOUTS as readonly unknown[]).includes(v), expected: `one of ${LAYOUTS.join(', ')}` },
  colorScheme: { attribute: 'color-scheme', ok: (v) => v === undefined || v === null || v === 'light' || v === 'dark' || v === 'auto', expected: 'light, dark or auto' },
  headingLevel: { attribute: 'heading-level', ok: whole(2, 6), expected: 'a whole number from 2 to 6' },
  limit: { attribute: 'limit', ok: whole(1, 100), expected: 'a whole number from 1 to 100' },
  refresh: { attribute: 'refresh', ok: (v) => typeof v === 'number' && Number.isFinite(v) && v >= 0, expected: 'a number of seconds, 0 or more' },
}

/** Warns about every changed property in `defaults` whose value cannot work, and puts its default back. */
export function checkValues(el: ReactiveElement, changed: PropertyValues, defaults: Record<string, unknown>) {
  const own = el as unknown as Record<string, unknown>
  for (const [name, fallback] of Object.entries(defaults)) {
    const check = CHECKS[name]
    if (!check || !changed.has(name) || check.ok(own[name])) continue
    console.warn(`<${el.localName}>: ${check.attribute}="${el.getAttribute(check.attribute) ?? String(own[name])}" is not ${check.expected}; `
      + `using ${fallback === undefined ? 'the default' : `${check.attribute}="${String(fallback)}"`}.`)
    own[name] = fallback
  }
}
