/**
 * Server-rendered pages share one layout: landmarks, a skip link, a language switch, no inline script or style
 * (the stylesheet and scripts are static assets), so a strict Content-Security-Policy can apply.
 */
import type { Context } from 'hono'
import { html } from 'hono/html'
import type { HtmlEscapedString } from 'hono/utils/html'

import type { Lang } from '../lib/locale'

export type { Lang }

/** `?lang=` wins, then the browser's Accept-Language, then Dutch. */
export function pageLang(c: Context): Lang {
  const asked = c.req.query('lang')
  if (asked === 'nl' || asked === 'en') return asked
  for (const part of (c.req.header('Accept-Language') ?? '').split(',')) {
    const tag = part.trim().slice(0, 2).toLowerCase()
    if (tag === 'nl' || tag === 'en') return tag
  }
  return 'nl'
}

export const t = (lang: Lang, nl: string, en: string) => (lang === 'nl' ? nl : en)

type Page = { lang: Lang; title: string; path: string; body: HtmlEscapedString | Promise<HtmlEscapedString>; head?: unknown }

export function layout({ lang, title, path, body, head }: Page) {
  const other: Lang = lang === 'nl' ? 'en' : 'nl'
  const nav = [
    ['/', t(lang, 'Start', 'Home')],
    ['/data', t(lang, 'Downloads', 'Downloads')],
    ['/widgets', t(lang, 'Widgets', 'Widgets')],
    ['/docs', t(lang, 'API-documentatie', 'API reference')],
    ['/v1/openapi.json', 'openapi.json'],
  ]
  return html`<!doctype html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title} · Kennisstad Open Data</title>
<link rel="stylesheet" href="/site.css">
<link rel="icon" href="/favicon.svg" type="image/svg+xml">
${head ?? ''}
</head>
<body>
<a class="skip" href="#main">${t(lang, 'Naar de inhoud', 'Skip to content')}</a>
<header class="site">
  <a class="brand" href="/?lang=${lang}">Kennisstad Open Data</a>
  <nav aria-label="${t(lang, 'Hoofdmenu', 'Main menu')}">
    <ul>${nav.map(([href, label]) => html`<li><a href="${href}${href!.startsWith('/v1') ? '' : `?lang=${lang}`}"${href === path ? html` aria-current="page"` : ''}>${label}</a></li>`)}</ul>
  </nav>
  <a class="lang" href="${path}?lang=${other}" hreflang="${other}" lang="${other}">${other === 'en' ? 'English' : 'Nederlands'}</a>
</header>
<main id="main">
${body}
</main>
<footer class="site">
  <p>${t(lang, 'Open data van het programma Kennisstad Leiden. Data: CC0 1.0.', 'Open data of the Kennisstad Leiden programme. Data: CC0 1.0.')}</p>
</footer>
</body>
</html>`
}
