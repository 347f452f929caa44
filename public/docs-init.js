// Starts the Scalar API reference on /docs without any request leaving this origin.
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
})
