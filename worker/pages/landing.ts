/**
 * The landing page: what Kennisstad is in two sentences, what is on next, a search box, then the doors for the
 * three kinds of visitors (journalists and researchers, webmasters, developers).
 */
import type { Context } from 'hono'
import { html } from 'hono/html'
import { nowRfc3339 } from '../../core/time'
import type { AppEnv } from '../base/env'
import { occurrences, onePerEvent } from '../data/occurrences/collection'
import { orderBy } from '../data/pagination'
import { layout, pageLang, tr } from './layout'
import { fromOccurrence, listings } from './parts'

export async function landing(c: Context<AppEnv>) {
  const lang = pageLang(c)
  const db = c.get('db')
  const origin = new URL(c.req.url).origin
  const window = { from: nowRfc3339() }
  const rows = await occurrences.select(db, window, null, onePerEvent(window))(undefined, orderBy(occurrences.sorts.startsAt as never), 5)
  const next = (await occurrences.hydrate(db, rows, null)).map(fromOccurrence)
  const intro = tr(lang,
    'Kennisstad is het programma waarin de gemeente Leiden samenwerkt met Universiteit Leiden, het LUMC, Hogeschool Leiden, mboRijnland en Naturalis: de stad als laboratorium én als podium. Hier vind je hun evenementen, opgaven, organisaties en plekken, als agenda en als open data.',
    'Kennisstad ("Knowledge City") is the programme in which the city of Leiden works with Leiden University, LUMC, Hogeschool Leiden, mboRijnland and Naturalis: the city as a laboratory and as a stage. Here are their events, challenges, organisations and places, as an agenda and as open data.')
  return c.html(layout({
    lang, path: '/', title: tr(lang, 'Kennisstad Leiden: agenda en open data', 'Kennisstad Leiden: events and open data'), origin,
    description: intro,
    body: html`
<h1>Kennisstad Open Data</h1>
<p class="lead">${intro}</p>
<form action="/search" method="get" role="search" class="search big">
  <input type="hidden" name="lang" value="${lang}">
  <label for="q">${tr(lang, 'Zoek een evenement, organisatie of plek', 'Search for an event, organisation or place')}</label>
  <span class="row"><input type="search" id="q" name="q" maxlength="200" placeholder="${tr(lang, 'bijv. Naturalis, lezing, Hortus', 'e.g. Naturalis, lecture, Hortus')}">
  <button type="submit">${tr(lang, 'Zoeken', 'Search')}</button></span>
</form>
<section aria-labelledby="next">
  <h2 id="next">${tr(lang, 'Binnenkort', 'Coming up')}</h2>
  ${listings(next, lang, tr(lang, 'Er staan nu geen evenementen gepland.', 'No events are planned right now.'))}
  <p><a href="/events?lang=${lang}">${tr(lang, 'De hele agenda', 'The whole agenda')}</a> · <a href="/events?when=past&amp;lang=${lang}">${tr(lang, 'Eerdere evenementen', 'Past events')}</a></p>
</section>
<section aria-labelledby="doors" class="doors">
  <h2 id="doors" class="visually-hidden">${tr(lang, 'Voor wie', 'For whom')}</h2>
  <div class="door">
    <h3>${tr(lang, 'Journalisten en onderzoekers', 'Journalists and researchers')}</h3>
    <p>${tr(lang, 'Kies een selectie, zie hoeveel evenementen het zijn en download ze als CSV die in Nederlandse Excel meteen goed opent.', 'Choose a selection, see how many events it holds, and download a CSV that opens correctly in Dutch Excel.')}</p>
    <p><a href="/data?lang=${lang}">${tr(lang, 'Naar de downloads', 'To the downloads')}</a></p>
  </div>
  <div class="door">
    <h3>${tr(lang, 'Websitebeheerders', 'Webmasters')}</h3>
    <p>${tr(lang, 'Zet een actuele, toegankelijke agenda op je eigen site met één regel code, in jouw kleuren, in het Nederlands of Engels.', 'Put a live, accessible listing on your own site with one line of code, in your colours, in Dutch or English.')}</p>
    <p><a href="/widgets?lang=${lang}">${tr(lang, 'Widget samenstellen', 'Build a widget')}</a></p>
  </div>
  <div class="door">
    <h3>${tr(lang, 'Ontwikkelaars', 'Developers')}</h3>
    <p>${tr(lang, 'Een REST-API volgens de NL API Design Rules, beschreven in OpenAPI 3.1, zonder sleutel; ook iCalendar, JSON-LD en DCAT.', 'A REST API following the Dutch API Design Rules, described in OpenAPI 3.1, no key needed; also iCalendar, JSON-LD and DCAT.')}</p>
    <p><a href="/docs?lang=${lang}">${tr(lang, 'API-documentatie', 'API reference')}</a> · <a href="/v1/openapi.json">openapi.json</a></p>
  </div>
</section>
<section aria-labelledby="about-data">
  <h2 id="about-data">${tr(lang, 'Over de data', 'About the data')}</h2>
  <p>${tr(lang,
    'Evenementen uit het verleden (Leiden European City of Science 2022, ESOF2022, EUCYS, Museumnacht …) komen uit openbare bronnen; elk record noemt zijn bron, en wat de bronnen niet bevestigen is gemarkeerd. Evenementen met het label “Fictief voorbeeld” bestaan niet: ze laten zien hoe de agenda werkt.',
    'Past events (Leiden European City of Science 2022, ESOF2022, EUCYS, Museum Night …) come from public sources; every record names its source, and what the sources do not confirm is marked. Events labelled “Fictitious example” do not exist: they show how the agenda works.')}</p>
</section>`,
  }))
}
