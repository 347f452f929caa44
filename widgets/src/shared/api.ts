/**
 * The widgets' only way to the API: openapi-fetch over types generated from openapi/openapi.json, so a contract
 * change that breaks a widget breaks the build. Conditional requests keep refreshes cheap (304 when unchanged).
 */
import { type KennisstadClient, kennisstadClient } from '../client'
import type { components } from '../generated/api'

export type Event = components['schemas']['Event']
export type Occurrence = components['schemas']['Occurrence']
/** What a card shows: an event, or the next occurrence of one, with how it repeats and its later dates. */
export type Listing = Pick<Event, 'id' | 'title' | 'startsAt' | 'endsAt' | 'allDay' | 'timeZone' | 'status' | 'places' | 'attendanceMode'
  | 'free' | 'price' | 'priceCurrency' | 'url' | 'registrationUrl' | 'demo'> & {
  repeats?: Bilingual | null
  more?: Pick<Occurrence, 'startsAt' | 'endsAt' | 'allDay' | 'status'>[]
}

/** An event as a listing. */
export const eventListing = (e: Event): Listing => ({ ...e, repeats: e.schedule?.summary ?? null })

/**
 * Occurrences in start order → one listing per event, at its first occurrence, with the later ones of the same
 * series collected under it: a weekly tour is one card, not a flood.
 */
export function bySeries(occurrences: Occurrence[], limit: number): Listing[] {
  const listings = new Map<string, Listing>()
  for (const o of occurrences) {
    const seen = listings.get(o.eventId)
    if (seen) seen.more!.push({ startsAt: o.startsAt, endsAt: o.endsAt, allDay: o.allDay, status: o.status })
    else if (listings.size < limit) {
      listings.set(o.eventId, { ...o.event, startsAt: o.startsAt, endsAt: o.endsAt, allDay: o.allDay, timeZone: o.timeZone, status: o.status, places: o.places, more: [] })
    }
  }
  return [...listings.values()]
}
export type Opgave = components['schemas']['Opgave']
export type Partner = components['schemas']['Partner']
export type Bilingual = components['schemas']['Bilingual']

/** Where this script was loaded from: the default API origin, so an embed needs no configuration. */
export const SCRIPT_ORIGIN = new URL(import.meta.url).origin

const clients = new Map<string, KennisstadClient>()
export function client(api: string) {
  let c = clients.get(api)
  if (!c) {
    // Look fetch up per request (not once at creation), so the page's own fetch instrumentation sees our calls.
    c = kennisstadClient(api, { fetch: (request) => globalThis.fetch(request) })
    clients.set(api, c)
  }
  return c
}

/** A fetch outcome the elements render: fresh data, unchanged (304), or a failure to show with a retry. */
export type Outcome<T> =
  | { kind: 'data'; items: T[]; etag: string | null }
  | { kind: 'unchanged' }
  | { kind: 'failed'; status: number; message: string; errors?: ParamError[] }

/** One invalid parameter of a 400 problem (an attribute of the element, seen from the API). */
export type ParamError = { name: string; code: string; detail: string; value?: string; suggestions?: string[] }

export async function outcome<T>(request: Promise<{ data?: { data: T[] }; error?: unknown; response: Response }>): Promise<Outcome<T>> {
  try {
    const { data, error, response } = await request
    if (response.status === 304) return { kind: 'unchanged' }
    if (data) return { kind: 'data', items: data.data, etag: response.headers.get('ETag') }
    const problem = error as { detail?: string; errors?: ParamError[] } | undefined
    return { kind: 'failed', status: response.status, message: problem?.detail ?? response.statusText, ...(problem?.errors ? { errors: problem.errors } : {}) }
  } catch (e) {
    if ((e as Error).name === 'AbortError') throw e
    return { kind: 'failed', status: 0, message: (e as Error).message }
  }
}

/** Only http(s) links are ever rendered: a `javascript:` or `data:` URL in the data becomes no link at all. */
/** Our own page for a resource, in the reader's language. */
export const detailPage = (api: string, kind: 'events' | 'opgaven' | 'partners', id: string, lang: 'nl' | 'en') =>
  safeUrl(`${api}/${kind}/${encodeURIComponent(id)}${lang === 'en' ? '?lang=en' : ''}`)

export function safeUrl(value: string | null | undefined): string | undefined {
  if (!value) return undefined
  try {
    const url = new URL(value)
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : undefined
  } catch {
    return undefined
  }
}

