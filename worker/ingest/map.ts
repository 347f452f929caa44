/**
 * A feed item → the event input the write pipeline validates, as the feed's partner would send it: its partner
 * first among the organisers, places and other partners recognised by name (others named in a feed need their
 * consent like any write), the feed's defaults where the item is silent, and the moderation state its trust allows.
 * What could not be used is left out and noted, so one bad link does not cost the whole event.
 */
import { expand } from '../../core/recurrence'
import { DEMO_NOTE, DEMO_PREFIX } from '../../schema/seed/demo'
import { HttpUrl } from '../../schema/api/input-parts'
import type { FeedDefaults } from '../../schema/tables'
import type { FeedItem } from './item'

/** What the platform knows that a feed names in words: places and partners. */
export type Directory = {
  places: { id: string; name: string; streetAddress: string | null }[]
  partners: { id: string; name: string; url: string | null; altNames: string[] }[]
}
export type MapOptions = { partner: string; defaults: FeedDefaults | null; demo: boolean; trusted: boolean }

const TITLE_MAX = 200
const DESCRIPTION_MAX = 10_000
const SUMMARY_MAX = 300

/** Lower case, no diacritics, words separated by single spaces: how names are compared. */
export const normalName = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim()

const cut = (text: string, max: number, what: string, notes: string[]) => {
  if (text.length <= max) return text
  notes.push(`its ${what} was longer than ${max} characters and was shortened`)
  return `${text.slice(0, max - 1).trimEnd()}…`
}

/** The place a location names: a part of it (between commas) that is a place's name, or begins with it; else its street. */
export function placeOf(location: FeedItem['location'], places: Directory['places']): string | null {
  if (!location?.name && !location?.streetAddress) return null
  const text = [location.name, location.streetAddress].filter(Boolean).join(', ')
  const parts = text.split(/[,;\n|]| [-–] /).map(normalName).filter(Boolean)
  let best: { id: string; length: number } | null = null
  for (const p of places) {
    const name = normalName(p.name)
    if (parts.some((part) => part === name || part.startsWith(`${name} `)) && (!best || name.length > best.length)) best = { id: p.id, length: name.length }
  }
  if (best) return best.id
  const street = parts.join(' ')
  return places.find((p) => p.streetAddress && /\d/.test(p.streetAddress) && street.includes(normalName(p.streetAddress)))?.id ?? null
}

/** The partner an organizer of the feed is: by (former) name or by its website's host. */
export function partnerOf(organizer: FeedItem['organizers'][number], partners: Directory['partners']): string | null {
  const name = organizer.name ? normalName(organizer.name) : null
  const host = hostOf(organizer.url)
  return partners.find((p) => (name && [p.name, ...p.altNames].some((n) => normalName(n) === name)) || (host && hostOf(p.url) === host))?.id ?? null
}
const hostOf = (url: string | null) => {
  try {
    return url ? new URL(url).host.replace(/^www\./, '') : null
  } catch {
    return null
  }
}

/** A URL the input schema accepts (http/https, a real host), or null with a note. */
const link = (url: string | null | undefined, what: string, notes: string[]) => {
  if (!url) return null
  if (HttpUrl.safeParse(url).success) return url
  notes.push(`its ${what} "${url.slice(0, 100)}" is not an http(s) address; left out`)
  return null
}

/** The first paragraph of a description, up to a sentence end within SUMMARY_MAX characters. */
function summaryOf(description: string | null): string | null {
  const first = description?.split(/\n/).map((s) => s.trim()).find(Boolean)
  if (!first) return null
  if (first.length <= SUMMARY_MAX) return first
  const sentence = first.slice(0, SUMMARY_MAX).match(/^.*[.!?](?=\s)/)?.[0]
  return sentence && sentence.length > 40 ? sentence : `${first.slice(0, SUMMARY_MAX - 1).trimEnd()}…`
}

export function eventInputOf(item: FeedItem, dir: Directory, o: MapOptions): { input: Record<string, unknown>; notes: string[] } {
  const notes = [...item.notes]
  const prefix = (text: string, lang: 'nl' | 'en') => (o.demo && !text.startsWith(DEMO_PREFIX[lang]) ? `${DEMO_PREFIX[lang]}${text}` : text)
  const nl = prefix(cut(item.title.nl ?? item.title.text, TITLE_MAX, 'title', notes), 'nl')
  const en = item.title.en && item.title.en !== nl ? prefix(cut(item.title.en, TITLE_MAX, 'English title', notes), 'en') : o.demo ? prefix(nl.replace(DEMO_PREFIX.nl, ''), 'en') : null
  const descriptionNl = item.description ? cut(item.description.nl ?? item.description.text, DESCRIPTION_MAX, 'description', notes) : null
  const descriptionEn = item.description?.en && item.description.en !== descriptionNl ? cut(item.description.en, DESCRIPTION_MAX, 'English description', notes) : null

  const matched = placeOf(item.location, dir.places)
  if (item.location && !matched) notes.push(`its location "${[item.location.name, item.location.streetAddress].filter(Boolean).join(', ').slice(0, 120)}" is not a known place${o.defaults?.places?.length ? '; the feed’s default place was used' : ''}`)
  const places = matched ? [matched] : (o.defaults?.places ?? [])
  const others = [...new Set(item.organizers.map((x) => partnerOf(x, dir.partners)).filter((id): id is string => !!id && id !== o.partner))]
  const onlineUrl = link(item.onlineUrl, 'online address', notes)
  const image = item.image ? link(item.image.url, 'image', notes) : null
  const price = item.price !== null && item.price <= 100_000 ? item.price : null

  const schedule = item.schedule && (item.schedule.rrule || item.schedule.alsoOn.length) ? item.schedule : null
  let overrides = item.overrides
  if (schedule && overrides.length) {
    // Only dates the series has can be changed; a feed's change to a date outside it (past the cap) is left out.
    let dates: Set<string>
    try {
      dates = new Set(expand({ startsAt: item.startsAt, endsAt: item.endsAt, allDay: item.allDay, timeZone: item.timeZone, schedule }).map((d) => d.recurrenceId))
    } catch {
      dates = new Set() // the rule itself is invalid: the input schema says why
    }
    const kept = overrides.filter((x) => dates.has(x.occurrence))
    if (kept.length < overrides.length) notes.push(`${overrides.length - kept.length} changed date(s) of the series are not dates the series has; left out`)
    overrides = kept
  }

  const input: Record<string, unknown> = {
    kind: item.kind ?? 'event',
    title: { nl, en },
    summary: descriptionNl ? { nl: summaryOf(descriptionNl), en: summaryOf(descriptionEn) } : null,
    description: descriptionNl ? { nl: descriptionNl, en: descriptionEn } : null,
    startsAt: item.startsAt, endsAt: item.endsAt, allDay: item.allDay, timeZone: item.timeZone, status: item.status,
    attendanceMode: onlineUrl ? (places.length ? 'mixed' : 'online') : 'offline', onlineUrl,
    url: link(item.url, 'url', notes), registrationUrl: link(item.registrationUrl, 'registration address', notes),
    free: item.free, price, priceCurrency: price !== null ? (item.priceCurrency && /^[A-Z]{3}$/.test(item.priceCurrency) ? item.priceCurrency : 'EUR') : null,
    image: image ? { url: image, alt: item.image!.alt ? { nl: cut(item.image!.alt, 300, 'image description', notes) } : null, creditText: item.image!.creditText?.slice(0, 200) ?? null } : null,
    places,
    organisers: [{ id: o.partner, role: 'organiser' }, ...others.map((id) => ({ id, role: 'co-organiser' }))],
    themes: o.defaults?.themes ?? [],
    audiences: o.defaults?.audiences ?? [],
    languages: [...new Set([...item.languages, ...(o.defaults?.languages ?? [])])].slice(0, 10),
    schedule: schedule ? { rrule: schedule.rrule, alsoOn: schedule.alsoOn.slice(0, 100), notOn: schedule.notOn.slice(0, 200) } : null,
    overrides: overrides.slice(0, 100).map((x) => ({ occurrence: x.occurrence, status: x.status ?? null, startsAt: x.startsAt ?? null, endsAt: x.endsAt ?? null })),
    sourceUrl: link(item.url, 'url', []),
    notes: o.demo ? DEMO_NOTE : null,
    workflow: o.trusted ? 'published' : 'submitted',
  }
  if (input.summary && !(input.summary as { nl: string | null }).nl) input.summary = null
  return { input, notes }
}
