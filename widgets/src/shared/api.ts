/**
 * The widgets' only way to the API: one typed GET over the types generated from openapi/openapi.json, so a contract
 * change that breaks a widget breaks the build. Conditional requests keep refreshes cheap (304 when unchanged).
 */
import type { components, paths } from '../generated/api'

export type Event = components['schemas']['Event']
export type Occurrence = components['schemas']['Occurrence']
/** What a card shows: an event, or the next occurrence of one, with how it repeats and its later dates. */
export type Listing = Pick<Event, 'id' | 'title' | 'startsAt' | 'endsAt' | 'allDay' | 'timeZone' | 'status' | 'places' | 'attendanceMode'
  | 'free' | 'price' | 'priceCurrency' | 'url' | 'registrationUrl' | 'demo' | 'image'> & {
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

type Get<P extends keyof paths> = paths[P] extends { get: infer G } ? G : never
type PathParams<P extends keyof paths> = Get<P> extends { parameters: { path: infer T } } ? T : never
/** The JSON body of an operation's 200 answer, from the generated types: a contract change breaks the build. */
export type Json<P extends keyof paths> = Get<P> extends { responses: { 200: { content: { 'application/json': infer T } } } } ? T : never
/** An answer: `data` when it succeeded, `error` (the RFC 9457 problem, if any) when not, nothing on a 304. */
export type Answer<P extends keyof paths> = { data?: Json<P>; error?: { detail?: string; errors?: ParamError[] }; response: Response }

/**
 * A GET on the API, typed by the contract. The widgets need only this one call, so they do not ship openapi-fetch
 * (2.2 KB of the 15 KB budget); developers get the full typed client in `widgets/src/client.ts`. `fetch` is looked
 * up per request, so the page's own fetch instrumentation sees our calls.
 */
export async function get<P extends keyof paths>(api: string, path: P, params: { path?: PathParams<P>; query?: object } = {},
  init: { headers?: Record<string, string>; signal?: AbortSignal } = {}): Promise<Answer<P>> {
  const url = new URL(`${api.replace(/\/+$/, '')}/v1${path.replace(/\{(\w+)\}/g, (_, k: string) => encodeURIComponent((params.path as Record<string, string>)[k]!))}`)
  for (const [k, v] of Object.entries(params.query ?? {})) if (v !== undefined) url.searchParams.set(k, String(v))
  const response = await fetch(url, { ...init, headers: { Accept: 'application/json', ...init.headers } })
  if (response.status === 304) return { response }
  const body = await response.json().catch(() => undefined)
  return response.ok ? { data: body, response } : { error: body, response }
}

/** A fetch outcome the elements render: fresh data, unchanged (304), or a failure to show with a retry. */
export type Outcome<T> =
  | { kind: 'data'; items: T[]; etag: string | null }
  | { kind: 'unchanged' }
  | { kind: 'failed'; status: number; message: string; errors?: ParamError[] }

/** One invalid parameter of a 400 problem (an attribute of the element, seen from the API). */
export type ParamError = { name: string; code: string; detail: string; value?: string; suggestions?: string[] }

export async function outcome<T>(request: Promise<{ data?: { data: T[] }; error?: { detail?: string; errors?: ParamError[] }; response: Response }>): Promise<Outcome<T>> {
  try {
    const { data, error, response } = await request
    if (response.status === 304) return { kind: 'unchanged' }
    if (data) return { kind: 'data', items: data.data, etag: response.headers.get('ETag') }
    return { kind: 'failed', status: response.status, message: error?.detail ?? response.statusText, ...(error?.errors ? { errors: error.errors } : {}) }
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

