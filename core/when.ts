/**
 * Human-readable event times in Europe/Amsterdam, in Dutch or English, with ranges that read naturally
 * ("13–16 juli 2022", "za 17 sep 2022, 19:00–00:00"). Shared by the server-rendered pages and the widgets.
 */
import { intlLocale as locale, type Lang } from './locale'
import { today } from './time'
import { dateFormat } from './intl'

type Timed = { startsAt: string; endsAt: string | null; allDay: boolean; timeZone?: string }

/** `time`: the hours only ("20:00–21:30"), for a list that already says the day; all-day events as `short`. */
export function formatWhen(e: Timed, lang: Lang, style: 'long' | 'short' | 'time' = 'long'): string {
  const timeZone = e.timeZone ?? 'Europe/Amsterdam'
  const start = new Date(e.startsAt)
  if (style === 'time' && !e.allDay) {
    const f = dateFormat(locale(lang), { timeZone, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' })
    return e.endsAt ? f.formatRange(start, new Date(e.endsAt)) : f.format(start)
  }
  if (e.allDay) {
    // The stored end is the exclusive midnight after the last day.
    const last = e.endsAt ? new Date(Date.parse(e.endsAt) - 1000) : start
    const f = dateFormat(locale(lang), {
      timeZone, day: 'numeric', month: style === 'long' ? 'long' : 'short', year: 'numeric',
      ...(style === 'long' && last.getTime() - start.getTime() < 86400_000 ? { weekday: 'long' } : {}),
    })
    return f.formatRange(start, last)
  }
  const f = dateFormat(locale(lang), {
    timeZone, weekday: style === 'long' ? 'long' : 'short', day: 'numeric', month: style === 'long' ? 'long' : 'short',
    year: 'numeric', hour: '2-digit', minute: '2-digit', hourCycle: 'h23',
  })
  return e.endsAt ? f.formatRange(start, new Date(e.endsAt)) : f.format(start)
}

/** Day of the month and short month name of the start, for a calendar-leaf date block ("13", "jul"). */
export function dateLeaf(e: Timed, lang: Lang): { day: string; month: string } {
  const timeZone = e.timeZone ?? 'Europe/Amsterdam'
  const start = new Date(e.startsAt)
  return {
    day: dateFormat(locale(lang), { timeZone, day: 'numeric' }).format(start),
    month: dateFormat(locale(lang), { timeZone, month: 'short' }).format(start).replace('.', ''),
  }
}

/** A day as a heading of an agenda: "zaterdag 5 december" (the year only when it is not this year's). */
export function dayHeading(day: string, lang: Lang, thisYear = today().slice(0, 4)): string {
  return dateFormat(locale(lang), {
    timeZone: 'UTC', weekday: 'long', day: 'numeric', month: 'long', ...(day.startsWith(thisYear) ? {} : { year: 'numeric' }),
  }).format(new Date(`${day}T12:00:00Z`))
}
