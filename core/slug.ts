/**
 * Ids are URL slugs: lowercase letters and digits in groups joined by single hyphens (`nacht-van-ontdekkingen-2022`).
 * The pattern is written once here; the API schemas, query parameters, the configurator and the id generator use it.
 */
export const SLUG_PATTERN = '[a-z0-9]+(?:-[a-z0-9]+)*'
export const SLUG = new RegExp(`^${SLUG_PATTERN}$`)
export const SLUG_MAX = 100

/** `Déjà Vu: 14e editie!` → `deja-vu-14e-editie`; never empty (falls back to `fallback`), at most `max` characters. */
export function slugify(text: string, max = 60, fallback = 'item'): string {
  const slug = text.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '').slice(0, max).replace(/-+$/, '')
  return slug || fallback
}
