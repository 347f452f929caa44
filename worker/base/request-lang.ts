import type { Context } from 'hono'
import type { Lang } from '../../core/locale'

/** The language a person reading this response wants: `?lang=` wins, then Accept-Language, then Dutch. */
export function requestLang(c: Context): Lang {
  const asked = c.req.query('lang')
  if (asked === 'nl' || asked === 'en') return asked
  for (const part of (c.req.header('Accept-Language') ?? '').split(',')) {
    const tag = part.trim().slice(0, 2).toLowerCase()
    if (tag === 'nl' || tag === 'en') return tag
  }
  return 'nl'
}
