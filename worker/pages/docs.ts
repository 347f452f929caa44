import type { Context } from 'hono'
import { html } from 'hono/html'
import { pageLang, tr } from './layout'

/**
 * The interactive reference: Scalar's standalone bundle, vendored into our static assets at build time and
 * started by /docs-init.js — nothing is fetched from a CDN or font service, so it works offline.
 */
export function docs(c: Context) {
  const lang = pageLang(c)
  return c.html(html`<!doctype html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${tr(lang, 'API-documentatie', 'API reference')} · Kennisstad Open Data</title>
<link rel="stylesheet" href="/docs.css">
<link rel="icon" href="/favicon.svg" type="image/svg+xml">
</head>
<body class="docs">
<a class="skip" href="#app">${tr(lang, 'Naar de documentatie', 'Skip to the reference')}</a>
<header class="docs-bar"><a class="brand" href="/?lang=${lang}">Kennisstad Open Data</a>
<noscript><p>${tr(lang, 'Voor het laden van deze pagina is JavaScript nodig; zonder JavaScript: ', 'This page needs JavaScript; without it, read ')}<a href="/v1/openapi.json">openapi.json</a></p></noscript></header>
<div id="app" data-contract="/docs/openapi.json"></div>
<script src="/vendor/scalar/standalone.js"></script>
<script src="/docs-init.js"></script>
</body>
</html>`)
}
