/**
 * For search engines: robots.txt, and sitemap.xml — a sitemap index with one sitemap for the site's own pages and
 * the organisations, places, opgaven and themes, and one per year of events (so no file nears the 50,000-address
 * limit). Every address is given in Dutch and English (`xhtml:link` alternates). Fictitious examples are left out.
 */
import { and, asc, eq, isNull, sql } from 'drizzle-orm'
import type { Context } from 'hono'
import * as t from '../../schema/tables'
import type { AppEnv } from '../base/env'
import { visibleEvents } from '../data/events/visibility'
import { notFoundPage } from './errors'
import { SECTIONS } from './layout'

const xml = (c: Context, body: string) => c.body(body, 200, { 'Content-Type': 'application/xml; charset=utf-8' })
const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;')
/** A sitemap holds at most 50,000 addresses; each entry here is two (nl, en). */
const PER_SITEMAP = 25_000

export function robots(c: Context) {
  const origin = new URL(c.req.url).origin
  return c.text(`# Kennisstad Open Data: pages are for everyone; the API is for programs (see /docs), not for crawling.
User-agent: *
Allow: /
Disallow: /v1/
Disallow: /data/download
Disallow: /search

Sitemap: ${origin}/sitemap.xml
`)
}

const yearOf = sql<string>`substr(${t.events.startsLocalDate}, 1, 4)`
const published = () => and(visibleEvents(null), eq(t.events.demo, false))

export async function sitemapIndex(c: Context<AppEnv>) {
  const origin = new URL(c.req.url).origin
  const years = await c.get('db').selectDistinct({ year: yearOf }).from(t.events).where(published()).orderBy(asc(yearOf))
  const maps = ['site', ...years.map((y) => `events-${y.year}`)]
  return xml(c, `<?xml version="1.0" encoding="UTF-8"?>
<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
${maps.map((m) => `<sitemap><loc>${origin}/sitemaps/${m}.xml</loc></sitemap>`).join('\n')}
</sitemapindex>
`)
}

function urlset(origin: string, paths: { path: string; lastmod?: string }[]) {
  const entry = ({ path, lastmod }: { path: string; lastmod?: string }) => (['nl', 'en'] as const).map((lang) => `<url><loc>${esc(`${origin}${path}?lang=${lang}`)}</loc>${
    lastmod ? `<lastmod>${lastmod}</lastmod>` : ''}${(['nl', 'en'] as const).map((alt) =>
    `<xhtml:link rel="alternate" hreflang="${alt}" href="${esc(`${origin}${path}?lang=${alt}`)}"/>`).join('')}</url>`).join('\n')
  return `<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">
${paths.map(entry).join('\n')}
</urlset>
`
}

/** `/sitemaps/site.xml` and `/sitemaps/events-YYYY.xml`. */
export async function sitemap(c: Context<AppEnv>) {
  const origin = new URL(c.req.url).origin
  const db = c.get('db')
  const name = c.req.param('name') ?? ''
  if (name === 'site.xml') {
    const [partners, places, opgaven, themes] = await db.batch([
      db.select({ id: t.partners.id, updatedAt: t.partners.updatedAt }).from(t.partners).where(isNull(t.partners.deletedAt)),
      db.select({ id: t.places.id, updatedAt: t.places.updatedAt }).from(t.places).where(isNull(t.places.deletedAt)),
      db.select({ id: t.opgaven.id, updatedAt: t.opgaven.updatedAt }).from(t.opgaven).where(isNull(t.opgaven.deletedAt)),
      db.select({ id: t.themes.id, updatedAt: t.themes.updatedAt }).from(t.themes).where(isNull(t.themes.deletedAt)),
    ])
    const pages = [{ path: '/' }, ...SECTIONS.map(([path]) => ({ path }))]
    const of = (kind: string, rows: { id: string; updatedAt: string }[]) => rows.map((r) => ({ path: `/${kind}/${r.id}`, lastmod: r.updatedAt }))
    return xml(c, urlset(origin, [...pages, ...of('partners', partners), ...of('places', places), ...of('opgaven', opgaven), ...of('themes', themes)]))
  }
  const year = /^events-(\d{4})\.xml$/.exec(name)?.[1]
  if (!year) return notFoundPage(c)
  const rows = await db.select({ id: t.events.id, updatedAt: t.events.updatedAt }).from(t.events)
    .where(and(published(), eq(yearOf, year))).orderBy(asc(t.events.startsAt), asc(t.events.id)).limit(PER_SITEMAP)
  if (rows.length === 0) return notFoundPage(c)
  return xml(c, urlset(origin, rows.map((r) => ({ path: `/events/${r.id}`, lastmod: r.updatedAt }))))
}
