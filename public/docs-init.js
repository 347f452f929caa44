// Starts the Scalar API reference on /docs. Everything it needs comes from this origin: system fonts instead of
// Scalar's font service, no telemetry, no agent; the page's Content-Security-Policy refuses anything else.
/* global Scalar */
const app = document.getElementById('app')
Scalar.createApiReference(app, {
  url: app.dataset.specUrl,
  withDefaultFonts: false,
  telemetry: false,
  agent: { disabled: true },
  hideClientButton: true,
  showDeveloperTools: 'never',
  defaultHttpClient: { targetKey: 'shell', clientKey: 'curl' },
  customCss: ':root { --scalar-font: system-ui, sans-serif; --scalar-font-code: ui-monospace, monospace; }',
})
