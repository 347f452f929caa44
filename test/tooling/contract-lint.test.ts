// Runs in Node: the NL API Design Rules linter (Spectral, Logius ruleset) over the committed contract.
// The worker suite proves that the committed contract is exactly what the Worker serves.
import { execFileSync } from 'node:child_process'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'

const root = join(import.meta.dirname, '../..')

type Finding = { code: string; message: string; path: string[]; severity: number }

describe('openapi/openapi.json', () => {
  it('passes the NL API Design Rules linter with 0 errors', () => {
    let out: string
    try {
      out = execFileSync('npx', ['spectral', 'lint', '--quiet', '-f', 'json', '-r',
        'conformance/nl-api-design-rules.spectral.yaml', 'openapi/openapi.json'], { cwd: root, encoding: 'utf8' })
    } catch (error) {
      out = (error as { stdout: string }).stdout // spectral exits 1 when it finds errors; the JSON is still on stdout
    }
    const findings = JSON.parse(out) as Finding[]
    const errors = findings.filter((f) => f.severity === 0).map((f) => `${f.code}: ${f.message} at ${f.path.join('.')}`)
    expect(errors).toEqual([])
  }, 60_000)
})
