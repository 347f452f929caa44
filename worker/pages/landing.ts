import type { Context } from 'hono'
import { html } from 'hono/html'
import { layout, pageLang, tr } from './layout'

export function landing(c: Context) {
  const lang = pageLang(c)
  const origin = new URL(c.req.url).origin
  const example = `${origin}/v1/events?from=2022-07-13&to=2022-07-16&limit=5`
  return c.html(layout({
    lang, path: '/', title: tr(lang, 'Start', 'Home'),
    body: html`
<h1>Kennisstad Open Data</h1>
<p class="lead">${tr(lang,
  'De evenementen, opgaven, partners en plekken van Kennisstad Leiden — de stad als laboratorium én als podium — als open data: vrij te gebruiken, zonder sleutel.',
  'The events, challenges ("opgaven"), partners and places of Kennisstad Leiden — the city as a laboratory and as a stage — as open data: free to use, no key needed.')}</p>
<section aria-labelledby="for-developers">
  <h2 id="for-developers">${tr(lang, 'Voor ontwikkelaars', 'For developers')}</h2>
  <p>${tr(lang, 'Een REST-API volgens de NL API Design Rules, beschreven in OpenAPI 3.1.', 'A REST API following the Dutch API Design Rules, described in OpenAPI 3.1.')}</p>
  <ul>
    <li><a href="/docs?lang=${lang}">${tr(lang, 'Interactieve API-documentatie', 'Interactive API reference')}</a></li>
    <li><a href="/v1/openapi.json">/v1/openapi.json</a></li>
  </ul>
  <p>${tr(lang, 'Probeer:', 'Try:')} <a href="${example}"><code>${example}</code></a></p>
</section>
<section aria-labelledby="for-everyone">
  <h2 id="for-everyone">${tr(lang, 'Voor journalisten en onderzoekers', 'For journalists and researchers')}</h2>
  <p><a href="/data?lang=${lang}">${tr(lang, 'Download de data als CSV (ook voor Nederlandse Excel), agenda of JSON', 'Download the data as CSV (also for Dutch-language Excel), calendar or JSON')}</a>.</p>
</section>
<section aria-labelledby="collections">
  <h2 id="collections">${tr(lang, 'Collecties', 'Collections')}</h2>
  <ul>
    <li><a href="/v1/events">/v1/events</a> — ${tr(lang, 'evenementen, met filters op tijd, partner, opgave, thema, plek, doelgroep en taal', 'events, filterable by time, partner, opgave, theme, place, audience and language')}</li>
    <li><a href="/v1/opgaven">/v1/opgaven</a> — ${tr(lang, 'de opgaven van het programma', 'the challenges of the programme')}</li>
    <li><a href="/v1/partners">/v1/partners</a> — ${tr(lang, 'partnerorganisaties, met vroegere namen', 'partner organisations, with former names')}</li>
    <li><a href="/v1/places">/v1/places</a> — ${tr(lang, 'plekken en zalen', 'venues and halls')}</li>
    <li><a href="/v1/themes">/v1/themes</a> — ${tr(lang, "thema's en tracks", 'themes and tracks')}</li>
  </ul>
</section>
<section aria-labelledby="about-data">
  <h2 id="about-data">${tr(lang, 'Over de data', 'About the data')}</h2>
  <p>${tr(lang,
    'Historische evenementen (Leiden European City of Science 2022, ESOF2022, EUCYS, Museumnacht …) komen uit openbare bronnen; elk record noemt zijn bron. Evenementen met demo: true zijn fictieve voorbeelden.',
    'Historical events (Leiden European City of Science 2022, ESOF2022, EUCYS, Museum Night …) come from public sources; every record names its source. Events with demo: true are fictitious examples.')}</p>
</section>`,
  }))
}
