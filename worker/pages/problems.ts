import type { Context } from 'hono'
import { html } from 'hono/html'
import { PROBLEM_TYPES, problem } from '../base/problem'
import { notFoundPage, wantsHtml } from './errors'
import { layout, pageLang, tr } from './layout'

const help: Record<string, [nl: string, en: string]> = {
  'invalid-parameters': ['Een of meer parameters zijn ongeldig. Het veld errors noemt ze allemaal, met de reden.',
    'One or more parameters are invalid. The errors field lists every one of them, with the reason.'],
  'not-found': ['Er bestaat geen resource op dit pad, of niet met dit id.', 'No resource exists at this path, or none with this id.'],
  'method-not-allowed': ['Deze HTTP-methode wordt hier niet ondersteund; de header Allow noemt wat wel kan.',
    'This HTTP method is not supported here; the Allow header lists what is.'],
  'internal-error': ['Er ging aan onze kant iets mis. Probeer het later opnieuw.', 'Something went wrong on our side. Please try again later.'],
  unavailable: ['Tijdelijk niet beschikbaar. Probeer het opnieuw na het aantal seconden in Retry-After.',
    'Temporarily unavailable. Retry after the number of seconds in Retry-After.'],
}

/** The page a problem's `type` URI points at. */
export function problemPage(c: Context) {
  const slug = c.req.param('slug') ?? ''
  const entry = Object.entries(PROBLEM_TYPES).find(([, [s]]) => s === slug)
  if (!entry) return wantsHtml(c) ? notFoundPage(c) : problem(c, 404, `There is no problem type "${slug}".`)
  const [status, [, title]] = entry
  const lang = pageLang(c)
  const [nl, en] = help[slug] ?? ['Zie de HTTP-status en het veld detail.', 'See the HTTP status and the detail field.']
  return c.html(layout({
    lang, path: `/problems/${slug}`, title, origin: new URL(c.req.url).origin, description: tr(lang, nl, en),
    body: html`<h1>${title} (${status})</h1><p>${tr(lang, nl, en)}</p>
<p>${tr(lang, 'Alle fouten van de API zijn RFC 9457 problem+json.', 'Every error of the API is RFC 9457 problem+json.')}</p>`,
  }))
}
