// Copies vendored browser bundles into public/ (served as static assets). Runs before start, test and deploy.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'

const require = createRequire(import.meta.url)
const root = join(dirname(new URL(import.meta.url).pathname), '..')

// Scalar's standalone docs UI. Its CSS points @font-face rules at fonts.scalar.com; they are rewritten to local()
// fonts so the docs page never contacts a font service (the page's CSP would refuse it anyway).
// The package does not export its browser bundle path, so locate it next to the resolved entry point.
const entry = require.resolve('@scalar/api-reference')
const scalar = join(entry.slice(0, entry.lastIndexOf('/dist/') + 1), 'dist/browser/standalone.js')
const bundle = readFileSync(scalar, 'utf8').replace(/url\(https:\/\/fonts\.scalar\.com\/[^)]+\)( format\("woff2"\))?/g, 'local("system-ui")')
if (bundle.includes('fonts.scalar.com/')) throw new Error('scalar bundle still references fonts.scalar.com')
mkdirSync(join(root, 'public/vendor/scalar'), { recursive: true })
writeFileSync(join(root, 'public/vendor/scalar/standalone.js'), bundle)
console.log('assets: public/vendor/scalar/standalone.js (fonts: local)')
