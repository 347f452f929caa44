/**
 * A schedule in words, Dutch and English: "Elke zondag om 14:00 tot en met 28 februari 2027" / "Every Sunday at
 * 14:00 until 28 February 2027". Reads the parts of the rule ical.js parsed; wording only, no expansion.
 */
import ICAL from 'ical.js'
import type { Lang } from './locale'
import type { Schedule } from './recurrence'
import { utcToZoned } from './time'
import { dateFormat } from './intl'

const DAYS = { MO: ['maandag', 'Monday'], TU: ['dinsdag', 'Tuesday'], WE: ['woensdag', 'Wednesday'], TH: ['donderdag', 'Thursday'],
  FR: ['vrijdag', 'Friday'], SA: ['zaterdag', 'Saturday'], SU: ['zondag', 'Sunday'] } as const
const ORDINALS: Record<string, [string, string]> = {
  1: ['eerste', 'first'], 2: ['tweede', 'second'], 3: ['derde', 'third'], 4: ['vierde', 'fourth'], 5: ['vijfde', 'fifth'], '-1': ['laatste', 'last'],
}
const EVERY_OTHER: Record<number, [string, string]> = { 2: ['twee', 'other'], 3: ['drie', 'third'], 4: ['vier', 'fourth'] }
const i = (lang: Lang) => (lang === 'nl' ? 0 : 1)
const list = (items: string[], lang: Lang) => (items.length < 2 ? items.join('') : `${items.slice(0, -1).join(', ')} ${lang === 'nl' ? 'en' : 'and'} ${items.at(-1)}`)
const longDate = (date: string, lang: Lang) =>
  dateFormat(lang === 'nl' ? 'nl-NL' : 'en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${date}T12:00:00Z`))

/** The human summary of a series that starts at `startsAt` (its first occurrence), or null for a single event. */
export function scheduleSummary(schedule: Schedule | null | undefined, startsAt: string, allDay: boolean, lang: Lang): string | null {
  if (!schedule?.rrule) {
    const n = (schedule?.alsoOn?.length ?? 0) + 1
    return schedule?.alsoOn?.length ? (lang === 'nl' ? `Op ${n} data` : `On ${n} dates`) : null
  }
  const r = ICAL.Recur.fromString(schedule.rrule.replace(/^RRULE:/i, ''))
  const l = i(lang)
  const nl = lang === 'nl'
  const days = (r.parts.BYDAY ?? []).map((d) => {
    const m = /^([+-]?\d)?([A-Z]{2})$/.exec(d)!
    const name = DAYS[m[2] as keyof typeof DAYS][l]
    return m[1] ? `${ORDINALS[String(Number(m[1]))]?.[l] ?? m[1]} ${name}` : name
  })
  const ordinal = days.some((d) => /^(eerste|tweede|derde|vierde|vijfde|laatste|first|second|third|fourth|fifth|last) /.test(d))
  const every = r.interval > 1
    ? (nl ? `Om de ${EVERY_OTHER[r.interval]?.[0] ?? r.interval} ${{ DAILY: 'dagen', WEEKLY: 'weken', MONTHLY: 'maanden', YEARLY: 'jaar' }[r.freq]}`
      : `Every ${EVERY_OTHER[r.interval]?.[1] ?? `${r.interval}th`} ${{ DAILY: 'day', WEEKLY: 'week', MONTHLY: 'month', YEARLY: 'year' }[r.freq]}`)
    : null
  let what: string
  if (r.freq === 'DAILY') what = every ?? (nl ? 'Elke dag' : 'Every day')
  else if (r.freq === 'WEEKLY') {
    const on = days.length ? list(days, lang) : DAYS[(['SU', 'MO', 'TU', 'WE', 'TH', 'FR', 'SA'] as const)[new Date(`${utcToZoned(startsAt).date}T12:00:00Z`).getUTCDay()]!][l]
    what = every ? `${every} ${nl ? 'op' : 'on'} ${on}` : `${nl ? 'Elke' : 'Every'} ${on}`
  } else if (r.freq === 'MONTHLY') {
    const day = ordinal ? `${nl ? 'de' : 'the'} ${list(days, lang)} ${nl ? 'van de maand' : 'of the month'}`
      : r.parts.BYMONTHDAY?.length ? `${nl ? 'de' : 'day'} ${r.parts.BYMONTHDAY.join(', ')}${nl ? 'e' : ''}` : null
    what = every ? `${every}${day ? ` ${nl ? 'op' : 'on'} ${day}` : ''}` : day ? (nl ? `Elke maand op ${day}` : `Every month on ${day}`) : (nl ? 'Elke maand' : 'Every month')
    if (ordinal && !every) what = nl ? `Elke ${list(days, lang)} van de maand` : `Every ${list(days, lang)} of the month`
  } else what = every ?? (nl ? 'Elk jaar' : 'Every year')
  const time = allDay ? '' : ` ${nl ? 'om' : 'at'} ${utcToZoned(startsAt).time.slice(0, 5)}`
  const until = r.until ? ` ${nl ? 'tot en met' : 'until'} ${longDate(r.until.toString().slice(0, 10), lang)}`
    : r.count ? ` (${r.count} ${nl ? 'keer' : 'times'})` : ''
  return `${what}${time}${until}`
}
