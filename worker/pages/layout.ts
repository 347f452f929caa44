/**
 * Server-rendered pages share one layout: landmarks, a skip link, a language switch that keeps the page's query, no
 * inline script or style (the stylesheet and scripts are static assets, so a strict Content-Security-Policy
 * applies), and what search engines and link previews read: a description, the canonical address, `hreflang`
 * alternates for nl and en, Open Graph and Twitter card tags.
 */
import type { Context } from 'hono'
import { html } from 'hono/html'
import type { HtmlEscapedString } from 'hono/utils/html'

import type { Lang } from '../../core/locale'
import { requestLang } from '../base/request-lang'

export type { Lang }

/** The page's language: `?lang=` wins, then the browser's Accept-Language, then Dutch. */
export const pageLang = (c: Context): Lang => requestLang(c)

/** The Dutch or the English wording. */
export const tr = (lang: Lang, nl: string, en: string) => (lang === 'nl' ? nl : en)

export type Page = {
  lang: Lang
  title: string
  /** The path of this page; its query (filters, not `lang` or `cursor`) comes from `query`. */
  path: string
  /** One or two sentences: the search-result snippet and the link preview. */
  description: string
  body: HtmlEscapedString | Promise<HtmlEscapedString>
  head?: unknown
  /** The page's own query parameters (an agenda's filters): kept by the language switch and the canonical URL. */
  query?: URLSearchParams
  /** An image for link previews (an event's picture). */
  image?: string | null
  /** `noindex` for pages that must not be found by search engines (fictitious examples, error pages). */
  noindex?: boolean
  origin: string
}

/** The site's sections, in the order of the main menu; `[path, nl, en]`. */
export const SECTIONS: [path: string, nl: string, en: string][] = [
  ['/events', 'Agenda', 'Events'],
  ['/partners', 'Organisaties', 'Organisations'],
  ['/places', 'Plekken', 'Places'],
  ['/opgaven', 'Opgaven', 'Opgaven'],
  ['/themes', 'Thema’s', 'Themes'],
  ['/data', 'Downloads', 'Downloads'],
  ['/widgets', 'Widgets', 'Widgets'],
  ['/docs', 'API', 'API'],
]

/** `path?…&lang=xx`: the page in a language, with its own query. */
export function pageUrl(path: string, lang: Lang | null, query?: URLSearchParams): string {
  const q = new URLSearchParams(query)
  q.delete('lang')
  q.delete('cursor')
  if (lang) q.set('lang', lang)
  const s = q.toString()
  return s ? `${path}?${s}` : path
}

export function layout(p: Page) {
  const { lang, title, path } = p
  const other: Lang = lang === 'nl' ? 'en' : 'nl'
  const canonical = `${p.origin}${pageUrl(path, lang, p.query)}`
  const section = SECTIONS.find(([href]) => path === href || path.startsWith(`${href}/`))?.[0]
  const fullTitle = `${title} · Kennisstad Open Data`
  return html`<!doctype html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${fullTitle}</title>
<meta name="description" content="${p.description}">
${p.noindex ? html`<meta name="robots" content="noindex">` : ''}
<link rel="canonical" href="${canonical}">
<link rel="alternate" hreflang="nl" href="${p.origin}${pageUrl(path, 'nl', p.query)}">
<link rel="alternate" hreflang="en" href="${p.origin}${pageUrl(path, 'en', p.query)}">
<link rel="alternate" hreflang="x-default" href="${p.origin}${pageUrl(path, null, p.query)}">
<meta property="og:type" content="website">
<meta property="og:site_name" content="Kennisstad Open Data">
<meta property="og:title" content="${title}">
<meta property="og:description" content="${p.description}">
<meta property="og:url" content="${canonical}">
<meta property="og:locale" content="${lang === 'nl' ? 'nl_NL' : 'en_GB'}">
<meta property="og:locale:alternate" content="${lang === 'nl' ? 'en_GB' : 'nl_NL'}">
${p.image ? html`<meta property="og:image" content="${p.image}">` : ''}
<meta name="twitter:card" content="${p.image ? 'summary_large_image' : 'summary'}">
<meta name="twitter:title" content="${title}">
<meta name="twitter:description" content="${p.description}">
<link rel="stylesheet" href="/site.css">
<link rel="icon" href="/favicon.svg" type="image/svg+xml">
${p.head ?? ''}
</head>
<body>
<a class="skip" href="#main">${tr(lang, 'Naar de inhoud', 'Skip to content')}</a>
<header class="site">
  <a class="brand" href="/?lang=${lang}">Kennisstad <span>Open Data</span></a>
  <a class="lang" href="${pageUrl(path, other, p.query)}" hreflang="${other}" lang="${other}">${other === 'en' ? 'English' : 'Nederlands'}</a>
  <nav aria-label="${tr(lang, 'Hoofdmenu', 'Main menu')}">
    <ul>${SECTIONS.map(([href, nl, en]) => html`<li><a href="${href}?lang=${lang}"${href === section ? html` aria-current="${href === path ? 'page' : 'true'}"` : ''}>${tr(lang, nl, en)}</a></li>`)}</ul>
  </nav>
</header>
<main id="main">
${p.body}
</main>
<footer class="site">
  <p>${tr(lang, 'Open data van het programma Kennisstad Leiden: CC0 1.0, vrij te gebruiken — of CC BY 4.0 waar een record dat zegt (vermeld dan de bron).', 'Open data of the Kennisstad Leiden programme: CC0 1.0, free to use — or CC BY 4.0 where a record says so (then credit its source).')}</p>
  <p><a href="/data?lang=${lang}">${tr(lang, 'Downloads', 'Downloads')}</a> · <a href="/docs?lang=${lang}">API</a> · <a href="/v1/openapi.json">openapi.json</a> · <a href="/sitemap.xml">sitemap.xml</a></p>
</footer>
</body>
</html>`
}
