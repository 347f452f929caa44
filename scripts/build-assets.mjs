// Copies vendored browser bundles into public/ (served as static assets). Runs before start, test and deploy.
import { copyFileSync, mkdirSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'

const require = createRequire(import.meta.url)
const root = join(dirname(new URL(import.meta.url).pathname), '..')
// The package does not export its browser bundle path, so locate it next to the resolved entry point.
const entry = require.resolve('@scalar/api-reference')
const scalar = join(entry.slice(0, entry.lastIndexOf('/dist/') + 1), 'dist/browser/standalone.js')
mkdirSync(join(root, 'public/vendor/scalar'), { recursive: true })
copyFileSync(scalar, join(root, 'public/vendor/scalar/standalone.js'))
console.log('assets: public/vendor/scalar/standalone.js')
