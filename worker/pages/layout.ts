/**
 * Server-rendered pages share one layout: landmarks, a skip link, a language switch, no inline script or style
 * (the stylesheet and scripts are static assets), so a strict Content-Security-Policy can apply.
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

type Page = { lang: Lang; title: string; path: string; body: HtmlEscapedString | Promise<HtmlEscapedString>; head?: unknown }

export function layout({ lang, title, path, body, head }: Page) {
  const other: Lang = lang === 'nl' ? 'en' : 'nl'
  const nav = [
    ['/', tr(lang, 'Start', 'Home')],
    ['/data', tr(lang, 'Downloads', 'Downloads')],
    ['/widgets', tr(lang, 'Widgets', 'Widgets')],
    ['/docs', tr(lang, 'API-documentatie', 'API reference')],
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
<a class="skip" href="#main">${tr(lang, 'Naar de inhoud', 'Skip to content')}</a>
<header class="site">
  <a class="brand" href="/?lang=${lang}">Kennisstad Open Data</a>
  <nav aria-label="${tr(lang, 'Hoofdmenu', 'Main menu')}">
    <ul>${nav.map(([href, label]) => html`<li><a href="${href}${href!.startsWith('/v1') ? '' : `?lang=${lang}`}"${href === path ? html` aria-current="page"` : ''}>${label}</a></li>`)}</ul>
  </nav>
  <a class="lang" href="${path}?lang=${other}" hreflang="${other}" lang="${other}">${other === 'en' ? 'English' : 'Nederlands'}</a>
</header>
<main id="main">
${body}
</main>
<footer class="site">
  <p>${tr(lang, 'Open data van het programma Kennisstad Leiden. Data: CC0 1.0.', 'Open data of the Kennisstad Leiden programme. Data: CC0 1.0.')}</p>
</footer>
</body>
</html>`
}
