// Starts the Scalar API reference on /docs. Everything it needs comes from this origin: system fonts instead of
// Scalar's font service, no telemetry, no agent; the page's Content-Security-Policy refuses anything else.
/* global Scalar */
const app = document.getElementById('app')
// The AI agent is switched off per source as well: Scalar reads the setting from the document's own configuration,
// and on localhost it would otherwise start (and try to reach proxy.scalar.com).
Scalar.createApiReference(app, {
  sources: [{ url: app.dataset.contract, agent: { disabled: true } }],
  withDefaultFonts: false,
  telemetry: false,
  agent: { disabled: true },
  hideClientButton: true,
  showDeveloperTools: 'never',
  defaultHttpClient: { targetKey: 'shell', clientKey: 'curl' },
  customCss: ':root { --scalar-font: system-ui, sans-serif; --scalar-font-code: ui-monospace, monospace; }',
})
