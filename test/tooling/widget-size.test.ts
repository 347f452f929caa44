// The embed budget: one ES module, Lit included, at most 15 KB minified and gzipped (built by `npm run build:assets`).
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'
import { describe, expect, it } from 'vitest'
import pkg from '../../package.json'

const dir = join(import.meta.dirname, '../../public/widgets')
const BUDGET = 15 * 1024

describe('widget bundle', () => {
  it(`is at most ${BUDGET} bytes minified + gzip`, () => {
    const code = readFileSync(join(dir, 'v1/kennisstad.js'))
    const size = gzipSync(code, { level: 9 }).length
    console.log(`widget bundle: ${code.length} bytes minified, ${size} bytes gzip (budget ${BUDGET})`)
    expect(size).toBeLessThanOrEqual(BUDGET)
  })

  it('is the same file at the exact version, the major alias and the unversioned alias', () => {
    const exact = readFileSync(join(dir, pkg.version, 'kennisstad.js'))
    expect(readFileSync(join(dir, 'v1/kennisstad.js')).equals(exact)).toBe(true)
    expect(readFileSync(join(dir, 'kennisstad.js')).equals(exact)).toBe(true)
  })
})
