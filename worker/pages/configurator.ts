/**
 * /widgets: pick an element, filters (options from the data), language, layout and accent colour; see the real
 * element live; copy the exact snippet. The server renders preview and snippet from the form's query, so it works
 * without JavaScript (submit the form); /widgets-configurator.js only fetches the same result as you type.
 */
import type { Context } from 'hono'
import { html, raw } from 'hono/html'
import pkg from '../../package.json'
import type { AppEnv } from '../base/env'
import { choicesFor } from '../data/choices'
import { eventFilters } from '../data/events/filters'
import { type FilterTable, formFilters } from '../data/filters'
import { opgaveFilters } from '../data/opgaven/collection'
import { partnerFilters } from '../data/partners/collection'
import { filterFields } from './filter-form'
import { type Lang, layout, pageLang, tr } from './layout'

/** Each element and the filter table its attributes come from (the widgets' attributes are generated from the same). */
const ELEMENTS = {
  events: { tag: 'kennisstad-events', filters: eventFilters },
  opgaven: { tag: 'kennisstad-opgaven', filters: opgaveFilters },
  partners: { tag: 'kennisstad-partners', filters: partnerFilters },
} as const satisfies Record<string, { tag: string; filters: FilterTable }>
type ElementKey = keyof typeof ELEMENTS

/** The element's attributes from the form's query: only its own filters, each value valid for the API. */
export function widgetConfig(query: Record<string, string>) {
  const element: ElementKey = query.element && query.element in ELEMENTS ? (query.element as ElementKey) : 'events'
  const table: FilterTable = ELEMENTS[element].filters
  const attrs: [string, string][] = []
  for (const name of formFilters(table)) {
    const value = query[name]?.trim()
    if (value && table[name]!.schema.safeParse(value).success) attrs.push([name, value])
  }
  const limit = Number(query.limit)
  attrs.push(['limit', String(Number.isInteger(limit) && limit >= 1 && limit <= 20 ? limit : 5)])
  // `widgetLang`, not `lang`: `?lang=` is the language of this page itself.
  if (query.widgetLang === 'nl' || query.widgetLang === 'en') attrs.push(['lang', query.widgetLang])
  attrs.push(['layout', ['list', 'cards', 'compact'].includes(query.layout ?? '') ? query.layout! : 'list'])
  const accent = /^#[0-9a-fA-F]{6}$/.test(query.accent ?? '') ? query.accent!.toLowerCase() : '#9c1c1c'
  return { element, tag: ELEMENTS[element].tag, attrs, accent }
}

/** An attribute value as HTML: the snippet is pasted as markup, so every value is escaped for it. */
const attr = (value: string) => value.replaceAll('&', '&amp;').replaceAll('"', '&quot;').replaceAll('<', '&lt;').replaceAll('>', '&gt;')
/** Filter names are lowerCamelCase in the API and kebab-case as HTML attributes (`attendanceMode` → `attendance-mode`). */
export const attributeName = (name: string) => name.replace(/[A-Z]/g, (ch) => `-${ch.toLowerCase()}`)

function snippet(origin: string, cfg: ReturnType<typeof widgetConfig>, lang: Lang): string {
  const attrs = cfg.attrs.map(([k, v]) => ` ${attributeName(k)}="${attr(v)}"`).join('')
  const partner = cfg.attrs.find(([k]) => k === 'partner')?.[1]
  const fallback = partner ? `${origin}/partners/${partner}` : `${origin}/`
  const widgetLang = (cfg.attrs.find(([k]) => k === 'lang')?.[1] as Lang | undefined) ?? lang
  const label = tr(widgetLang, 'Bekijk de agenda van Kennisstad Leiden', 'See the Kennisstad Leiden listings')
  return `<script type="module" src="${origin}/widgets/v1/kennisstad.js"></script>
<${cfg.tag}${attrs} style="--kennisstad-accent: ${cfg.accent}">
  <a href="${fallback}">${label}</a>
</${cfg.tag}>`
}

/** Preview and snippet: the part the page script refreshes. */
function result(origin: string, cfg: ReturnType<typeof widgetConfig>, lang: Lang) {
  const code = snippet(origin, cfg, lang)
  // The preview is the snippet's element itself (the script tag is already on this page); every value in it is
  // escaped for HTML by snippet(), so it is inserted as is.
  const element = code.slice(code.indexOf('\n') + 1)
  return html`<h2 id="preview-title">${tr(lang, 'Voorbeeld', 'Preview')}</h2>
<div class="preview" id="preview">${raw(element)}</div>
<h2 id="snippet-title">${tr(lang, 'Code om te plakken', 'Code to paste')}</h2>
<p>${tr(lang, 'Plak dit in de HTML van je pagina, waar de lijst moet komen.', 'Paste this into your page’s HTML where the listing should appear.')}</p>
<pre class="snippet"><code id="snippet">${code}</code></pre>`
}

export async function configurator(c: Context<AppEnv>) {
  const lang = pageLang(c)
  const origin = new URL(c.req.url).origin
  const cfg = widgetConfig(c.req.query())
  if (c.req.query('partial') === '1') return c.html(result(origin, cfg, lang))
  const choices = await choicesFor(c.get('db'), ...Object.values(ELEMENTS).map((e) => e.filters))
  const current = Object.fromEntries(cfg.attrs)
  const groups = (Object.keys(ELEMENTS) as ElementKey[]).map((key) => {
    const { filters } = ELEMENTS[key]
    const chosen = key === cfg.element
    return html`<fieldset data-for="${key}"${chosen ? '' : html` hidden disabled`}><legend>${tr(lang, 'Filters', 'Filters')}</legend>
      ${filterFields(filters, formFilters(filters), { lang, values: chosen ? current : {}, choices, idPrefix: `w-${key}-` })}</fieldset>`
  })
  return c.html(layout({
    lang, path: '/widgets', title: tr(lang, 'Widgets', 'Widgets'), origin: new URL(c.req.url).origin,
    description: tr(lang, 'Zet een actuele agenda van Kennisstad Leiden op je eigen website: kies wat je wilt tonen, kopieer één regel code.', 'Put a live Kennisstad Leiden agenda on your own website: choose what to show, copy one line of code.'),
    head: html`<script type="module" src="/widgets/v1/kennisstad.js"></script><script type="module" src="/widgets-configurator.js"></script>`,
    body: html`<h1>${tr(lang, 'Kennisstad op je eigen site', 'Kennisstad on your own site')}</h1>
<p class="lead">${tr(lang,
  'Kies wat je wilt tonen, bekijk het voorbeeld en kopieer de code. De lijst blijft vanzelf actueel, volgt je taal en neemt je accentkleur over.',
  'Choose what to show, check the preview and copy the code. The listing stays current by itself, follows your language and takes your accent colour.')}</p>
<form id="configurator" action="/widgets" method="get" class="selection">
  <p><label for="w-element">${tr(lang, 'Onderdeel', 'Element')}</label>
  <select id="w-element" name="element">
    ${(['events', 'opgaven', 'partners'] as const).map((e) => html`<option value="${e}"${cfg.element === e ? html` selected` : ''}>${{ events: tr(lang, 'Evenementen', 'Events'), opgaven: 'Opgaven', partners: 'Partners' }[e]}</option>`)}
  </select></p>
  ${groups}
  <p><label for="w-limit">${tr(lang, 'Aantal (1–20)', 'Number (1–20)')}</label> <input type="number" id="w-limit" name="limit" min="1" max="20" value="${current.limit}"></p>
  <p><label for="w-lang">${tr(lang, 'Taal', 'Language')}</label> <select id="w-lang" name="widgetLang">
    <option value="">${tr(lang, 'Die van de pagina', 'The page’s own')}</option>
    <option value="nl"${current.lang === 'nl' ? html` selected` : ''}>Nederlands</option><option value="en"${current.lang === 'en' ? html` selected` : ''}>English</option></select></p>
  <p><label for="w-layout">${tr(lang, 'Weergave', 'Layout')}</label> <select id="w-layout" name="layout">
    ${(['list', 'cards', 'compact'] as const).map((l) => html`<option value="${l}"${current.layout === l ? html` selected` : ''}>${{ list: tr(lang, 'Lijst', 'List'), cards: tr(lang, 'Kaarten', 'Cards'), compact: tr(lang, 'Compact', 'Compact') }[l]}</option>`)}</select></p>
  <p><label for="w-accent">${tr(lang, 'Accentkleur', 'Accent colour')}</label> <input type="color" id="w-accent" name="accent" value="${cfg.accent}"></p>
  <p><button type="submit">${tr(lang, 'Voorbeeld bijwerken', 'Update preview')}</button></p>
</form>
<section aria-labelledby="preview-title" id="result" aria-live="polite">${result(origin, cfg, lang)}</section>
<p><button type="button" id="copy" hidden>${tr(lang, 'Kopieer de code', 'Copy the code')}</button> <span id="copy-status" role="status"></span></p>
<h2>${tr(lang, 'Aanpassen', 'Customising')}</h2>
<p>${tr(lang, 'Stijl de lijst met CSS-eigenschappen op het element:', 'Style the listing with CSS properties on the element:')}
<code>--kennisstad-accent</code>, <code>--kennisstad-font</code>, <code>--kennisstad-font-size</code>, <code>--kennisstad-fg</code>,
<code>--kennisstad-bg</code>, <code>--kennisstad-muted</code>, <code>--kennisstad-border</code>, <code>--kennisstad-radius</code>,
<code>--kennisstad-spacing</code>; ${tr(lang, 'en met', 'and with')} <code>::part(item)</code>, <code>::part(title)</code>,
<code>::part(date)</code>, <code>::part(place)</code>, <code>::part(badge)</code>. ${tr(lang, 'Versie', 'Version')} ${pkg.version}.</p>`,
  }))
}
