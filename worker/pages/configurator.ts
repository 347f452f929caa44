/**
 * /widgets: pick an element, filters (options from the data), language, layout and every theming property; see the
 * real element live on a light and on a dark page; copy the exact snippet. The server renders preview and snippet from the form's query, so it works
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
import { LAYOUT_LABELS, LAYOUTS, type Layout, THEME, THEME_LABELS, THEME_VALUE, type ThemeName } from '../../core/widget-theme'
import { attributeName } from '../../core/attribute'
import { filterFields } from './filter-form'
import { type Lang, layout, pageLang, tr } from './layout'

/** Each element and the filter table its attributes come from (the widgets' attributes are generated from the same). */
const ELEMENTS = {
  events: { tag: 'kennisstad-events', filters: eventFilters },
  opgaven: { tag: 'kennisstad-opgaven', filters: opgaveFilters },
  partners: { tag: 'kennisstad-partners', filters: partnerFilters },
} as const satisfies Record<string, { tag: string; filters: FilterTable }>
type ElementKey = keyof typeof ELEMENTS

/** Values a snippet starts with until the form says otherwise: fictitious demo events are left out of a real site. */
const STARTING: Partial<Record<ElementKey, Record<string, string>>> = { events: { demo: 'false' } }

/** A theming property's form field (`css-accent`): not `theme`, which is the events' theme filter. */
const themeField = (name: ThemeName) => `css-${name}`

/**
 * The element's attributes from the form's query: only its own filters, each value valid for the API; and the
 * theming properties that differ from their defaults, each a plain CSS value of its kind.
 */
export function widgetConfig(query: Record<string, string>) {
  const element: ElementKey = query.element && query.element in ELEMENTS ? (query.element as ElementKey) : 'events'
  const table: FilterTable = ELEMENTS[element].filters
  const attrs: [string, string][] = []
  for (const name of formFilters(table)) {
    // A field the form sent (even empty: "all") wins over the starting value.
    const value = (name in query ? query[name] : STARTING[element]?.[name])?.trim()
    if (value && table[name]!.schema.safeParse(value).success) attrs.push([name, value])
  }
  const limit = Number(query.limit)
  attrs.push(['limit', String(Number.isInteger(limit) && limit >= 1 && limit <= 20 ? limit : 5)])
  // `widgetLang`, not `lang`: `?lang=` is the language of this page itself.
  if (query.widgetLang === 'nl' || query.widgetLang === 'en') attrs.push(['lang', query.widgetLang])
  attrs.push(['layout', LAYOUTS.includes(query.layout as Layout) ? query.layout! : 'list'])
  // A boolean attribute: present (empty value) or absent.
  if (element === 'events' && query.live === '1') attrs.push(['live', ''])
  const style: [ThemeName, string][] = []
  for (const name of Object.keys(THEME) as ThemeName[]) {
    const given = query[themeField(name)]?.trim()
    const value = given && /^#/.test(given) ? given.toLowerCase() : given
    if (value && value !== THEME[name].light && THEME_VALUE[THEME[name].kind].test(value)) style.push([name, value])
  }
  return { element, tag: ELEMENTS[element].tag, attrs, style }
}

/** An attribute value as HTML: the snippet is pasted as markup, so every value is escaped for it. */
const attr = (value: string) => value.replaceAll('&', '&amp;').replaceAll('"', '&quot;').replaceAll('<', '&lt;').replaceAll('>', '&gt;')

function snippet(origin: string, cfg: ReturnType<typeof widgetConfig>, lang: Lang): string {
  const attrs = cfg.attrs.map(([k, v]) => (v === '' ? ` ${attributeName(k)}` : ` ${attributeName(k)}="${attr(v)}"`)).join('')
  const partner = cfg.attrs.find(([k]) => k === 'partner')?.[1]
  const fallback = partner ? `${origin}/partners/${partner}` : `${origin}/`
  const widgetLang = (cfg.attrs.find(([k]) => k === 'lang')?.[1] as Lang | undefined) ?? lang
  const label = tr(widgetLang, 'Bekijk de agenda van Kennisstad Leiden', 'See the Kennisstad Leiden listings')
  return `<script type="module" src="${origin}/widgets/v1/kennisstad.js"></script>
<${cfg.tag}${attrs}${cfg.style.length ? ` style="${attr(cfg.style.map(([k, v]) => `--kennisstad-${k}: ${v}`).join('; '))}"` : ''}>
  <a href="${fallback}">${label}</a>
</${cfg.tag}>`
}

/** Preview and snippet: the part the page script refreshes. */
function result(origin: string, cfg: ReturnType<typeof widgetConfig>, lang: Lang) {
  const code = snippet(origin, cfg, lang)
  // The preview is the snippet's element itself (the script tag is already on this page); every value in it is
  // escaped for HTML by snippet(), so it is inserted as is.
  const element = code.slice(code.indexOf('\n') + 1)
  const demoOut = cfg.element === 'events' && cfg.attrs.some(([k, v]) => k === 'demo' && v === 'false')
  return html`<h2 id="preview-title">${tr(lang, 'Voorbeeld', 'Preview')}</h2>
<div class="previews">
  <figure class="host light"><figcaption>${tr(lang, 'Op een lichte pagina', 'On a light page')}</figcaption><div class="preview" id="preview">${raw(element)}</div></figure>
  <figure class="host dark"><figcaption>${tr(lang, 'Op een donkere pagina', 'On a dark page')}</figcaption><div class="preview" id="preview-dark">${raw(element)}</div></figure>
</div>
${demoOut ? html`<p class="hint">${tr(lang,
    'Fictieve voorbeeldevenementen laat de code weg (Demo-evenementen: nee). Is het voorbeeld leeg, dan zijn er voor deze keuze geen echte komende evenementen; kies ‘— alle —’ om te zien hoe de lijst eruitziet.',
    'The code leaves out fictitious demo events (Demo events: no). If the preview is empty, there are no real upcoming events for this choice; choose ‘— all —’ to see what the listing looks like.')}</p>` : ''}
<h2 id="snippet-title">${tr(lang, 'Code om te plakken', 'Code to paste')}</h2>
<p>${tr(lang, 'Plak dit in de HTML van je pagina, waar de lijst moet komen. Het script is één keer per pagina genoeg, ook voor meer lijsten.', 'Paste this into your page’s HTML where the listing should appear. One script per page is enough, also for several listings.')}</p>
<pre class="snippet"><code id="snippet">${code}</code></pre>`
}

/** Where the snippet goes in a CMS: the HTML field, never the visual editor (it strips scripts). */
const cmsHelp = (lang: Lang) => html`<h2>${tr(lang, 'In een CMS', 'In a CMS')}</h2>
<ul>
<li>${raw(tr(lang,
  '<strong>WordPress</strong>: voeg in de blokeditor een blok <em>Aangepaste HTML</em> toe en plak de code erin. In de klassieke editor: tabblad <em>Tekst</em>, niet <em>Visueel</em>.',
  '<strong>WordPress</strong>: in the block editor, add a <em>Custom HTML</em> block and paste the code into it. In the classic editor: the <em>Text</em> tab, not <em>Visual</em>.'))}</li>
<li>${raw(tr(lang,
  '<strong>Andere CMS’en</strong> (Drupal, Joomla, Umbraco, Squarespace, Wix): gebruik het veld of blok voor HTML of broncode (‘Embed’, ‘Code’, ‘Source’).',
  '<strong>Other CMSs</strong> (Drupal, Joomla, Umbraco, Squarespace, Wix): use the field or block for HTML or source code (‘Embed’, ‘Code’, ‘Source’).'))}</li>
<li>${tr(lang,
  'Haalt je CMS scripts weg? Laat je beheerder de eerste regel (het script) één keer in de <head> van de site zetten, en plak op de pagina alleen het element.',
  'Does your CMS strip scripts? Ask your administrator to put the first line (the script) once into the site’s <head>, and paste only the element into the page.')}</li>
<li>${tr(lang,
  'Zonder JavaScript, of als de lijst niet kan laden, ziet een bezoeker de link binnen het element.',
  'Without JavaScript, or when the listing cannot load, visitors see the link inside the element.')}</li>
</ul>`

/** Every theming property with its default (light and dark host), as the form shows it. */
function themeFields(lang: Lang, query: Record<string, string>) {
  return html`${(Object.keys(THEME) as ThemeName[]).map((name) => {
    const p: { light: string; dark?: string; kind: keyof typeof THEME_VALUE } = THEME[name]
    const id = `w-${themeField(name)}`
    const value = query[themeField(name)] ?? ''
    const shown = THEME_VALUE[p.kind].test(value) ? value : ''
    const input = p.kind === 'color'
      ? html`<input type="color" id="${id}" name="${themeField(name)}" value="${shown || p.light}" aria-describedby="${id}-default">`
      : html`<input type="text" id="${id}" name="${themeField(name)}" value="${shown}" placeholder="${p.light}" pattern="${THEME_VALUE[p.kind].source}" aria-describedby="${id}-default">`
    const fallback = p.dark ? tr(lang, `${p.light}; op een donkere pagina ${p.dark}`, `${p.light}; on a dark page ${p.dark}`) : p.light
    return html`<p class="field"><label for="${id}">${tr(lang, ...THEME_LABELS[name])}</label> ${input}
      <small id="${id}-default">--kennisstad-${name} · ${tr(lang, 'standaard', 'default')}: ${fallback}</small></p>`
  })}`
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
  'Kies wat je wilt tonen, bekijk het voorbeeld en kopieer de code. De lijst blijft vanzelf actueel, volgt je taal en neemt je kleuren en lettertype over.',
  'Choose what to show, check the preview and copy the code. The listing stays current by itself, follows your language and takes your colours and font.')}</p>
<div class="workbench">
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
    ${LAYOUTS.map((l) => html`<option value="${l}"${current.layout === l ? html` selected` : ''}>${tr(lang, ...LAYOUT_LABELS[l])}</option>`)}</select></p>
  <p class="check" data-for="events"${cfg.element === 'events' ? '' : html` hidden`}><input type="checkbox" id="w-live" name="live" value="1"${current.live === '' ? html` checked` : ''}${cfg.element === 'events' ? '' : html` disabled`} aria-describedby="w-live-hint"> <label for="w-live">${tr(lang, 'Direct bijwerken (live)', 'Update at once (live)')}</label>
    <small id="w-live-hint">${tr(lang, 'Een nieuw of gewijzigd evenement verschijnt binnen seconden, zonder herladen en zonder steeds opnieuw te vragen.', 'A new or changed event appears within seconds, without a reload and without asking again and again.')}</small></p>
  <fieldset class="theme"><legend>${tr(lang, 'Stijl', 'Style')}</legend>
    <p class="hint">${tr(lang, 'Alleen wat je verandert komt in de code; de rest volgt de standaard, ook op een donkere pagina.', 'Only what you change goes into the code; the rest follows the defaults, on a dark page too.')}</p>
    ${themeFields(lang, c.req.query())}</fieldset>
  <p><button type="submit">${tr(lang, 'Voorbeeld bijwerken', 'Update preview')}</button></p>
</form>
<div class="output"><section aria-labelledby="preview-title" id="result" aria-live="polite">${result(origin, cfg, lang)}</section>
<p><button type="button" id="copy" hidden>${tr(lang, 'Kopieer de code', 'Copy the code')}</button> <span id="copy-status" role="status"></span></p></div>
</div>
${cmsHelp(lang)}
<h2>${tr(lang, 'Verder aanpassen', 'Customising further')}</h2>
<p>${tr(lang, 'Naast de eigenschappen hierboven kun je onderdelen met CSS stijlen via', 'Besides the properties above, style parts with CSS through')}
<code>::part(item)</code>, <code>::part(card)</code>, <code>::part(title)</code>, <code>::part(date)</code>, <code>::part(place)</code>,
<code>::part(image)</code>, <code>::part(badge)</code>, <code>::part(register)</code>, <code>::part(day-heading)</code>.
${tr(lang, 'De kleuren volgen de pagina: licht, tenzij de pagina (CSS color-scheme) of het attribuut color-scheme="dark" of "auto" anders zegt.', 'Colours follow the page: light, unless the page (CSS color-scheme) or the attribute color-scheme="dark" or "auto" says otherwise.')}
${tr(lang, 'Alle attributen, onderdelen en eigenschappen staan in', 'Every attribute, part and property is listed in')} <a href="/widgets/custom-elements.json">custom-elements.json</a>. ${tr(lang, 'Versie', 'Version')} ${pkg.version}.</p>`,
  }))
}
