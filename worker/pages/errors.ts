/**
 * Errors for people: a browser asking for a page gets an HTML page in its language (with the way back), while an API
 * client keeps RFC 9457 problem+json. The API under /v1 always answers problem+json.
 */
import type { Context } from 'hono'
import { html } from 'hono/html'
import type { HtmlEscapedString } from 'hono/utils/html'
import { layout, pageLang, SECTIONS, tr } from './layout'

/** A request from a browser for a page (not the API): it accepts HTML. */
export const wantsHtml = (c: Context) => !new URL(c.req.url).pathname.startsWith('/v1') && /text\/html/.test(c.req.header('Accept') ?? '')

const TITLES: Record<number, [nl: string, en: string]> = {
  400: ['Dat klopt niet helemaal', 'That is not quite right'],
  404: ['Pagina niet gevonden', 'Page not found'],
  405: ['Dat kan hier niet', 'Not possible here'],
  500: ['Er ging iets mis', 'Something went wrong'],
  503: ['Even niet beschikbaar', 'Briefly unavailable'],
}

/** An error page with `status`, a message in the page's language and, optionally, more (a form to correct). */
export function errorPage(c: Context, status: 400 | 404 | 405 | 500 | 503, message: [nl: string, en: string], more?: HtmlEscapedString | Promise<HtmlEscapedString> | '') {
  const lang = pageLang(c)
  const title = tr(lang, ...(TITLES[status] ?? TITLES[500]!))
  const path = new URL(c.req.url).pathname
  return c.html(layout({
    lang, path, title, description: tr(lang, ...message), noindex: true, origin: new URL(c.req.url).origin,
    body: html`<h1>${title}</h1>
<p class="lead">${tr(lang, ...message)}</p>
${more ?? ''}
<p>${tr(lang, 'Verder zoeken:', 'Look further:')}</p>
<ul class="doors">${SECTIONS.slice(0, 6).map(([href, nl, en]) => html`<li><a href="${href}?lang=${lang}">${tr(lang, nl, en)}</a></li>`)}</ul>
<form action="/search" method="get" role="search" class="search">
  <input type="hidden" name="lang" value="${lang}">
  <label for="error-q">${tr(lang, 'Zoeken', 'Search')}</label> <input type="search" id="error-q" name="q" maxlength="200">
  <button type="submit">${tr(lang, 'Zoeken', 'Search')}</button>
</form>`,
  }), status)
}

/** The 404 page for a path or an id that does not exist. */
export const notFoundPage = (c: Context, what?: [nl: string, en: string]) =>
  errorPage(c, 404, what ?? ['Deze pagina bestaat niet (meer). Misschien is het adres veranderd of verkeerd overgenomen.',
    'This page does not exist (any more). Perhaps the address changed or was copied wrongly.'])
