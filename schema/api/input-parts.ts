/** The pieces every input schema is built from: text that is plain, http(s) URLs, instants in the time window. */
import { plain } from '../../core/text'
import { inTimeWindow, TIME_WINDOW_TEXT, toRfc3339 } from '../../core/time'
import { Slug, z } from './common'

export const HttpUrl = z.url({ protocol: /^https?$/, hostname: z.regexes.domain }).max(2000)
/** An instant with its offset, inside the platform's time window; stored (and returned) in UTC. */
export const OffsetDateTime = z.iso.datetime({ offset: true }).max(40)
  .refine((v) => Number.isNaN(Date.parse(v)) || inTimeWindow(Date.parse(v)), `must lie ${TIME_WINDOW_TEXT}`)
  .overwrite((v) => (Number.isNaN(Date.parse(v)) ? v : toRfc3339(Date.parse(v))))
/** Free text: markup removed (to a fixpoint) before the length is checked. */
export const text = (max: number) => z.string().overwrite(plain).min(1).max(max)
export const bilingual = (max: number) => z.strictObject({ nl: text(max), en: text(max).nullable().optional() })
export const slugs = (max = 20) => z.array(Slug).max(max)
