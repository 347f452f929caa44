// Runs in Node: the NL API Design Rules linter (Spectral, Logius ruleset) over the committed contract.
// The worker suite proves that the committed contract is exactly what the Worker serves.
import { execFileSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'

const root = join(import.meta.dirname, '../..')

type Finding = { code: string; message: string; path: string[]; severity: number }

describe('openapi/openapi.json', () => {
  it('passes the NL API Design Rules linter with 0 errors and 0 warnings', () => {
    let out: string
    try {
      out = execFileSync('npx', ['spectral', 'lint', '--quiet', '-f', 'json', '-r',
        'conformance/nl-api-design-rules.spectral.yaml', 'openapi/openapi.json'], { cwd: root, encoding: 'utf8' })
    } catch (error) {
      out = (error as { stdout: string }).stdout // spectral exits 1 when it finds errors; the JSON is still on stdout
    }
    const findings = JSON.parse(out) as Finding[]
    const errors = findings.filter((f) => f.severity <= 1).map((f) => `${f.code}: ${f.message} at ${f.path.join('.')}`)
    expect(errors).toEqual([])
  }, 60_000)

  it('passes a second, independent linter (Redocly, recommended rules) with 0 errors and 0 warnings', () => {
    let out: string
    try {
      out = execFileSync('npx', ['redocly', 'lint', 'openapi/openapi.json', '--extends=recommended', '--format=json'], { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] })
    } catch (error) {
      out = (error as { stdout: string }).stdout
    }
    const report = JSON.parse(out) as { totals: { errors: number; warnings: number }; problems: { ruleId: string; message: string; location: { pointer: string }[] }[] }
    expect(report.problems.map((p) => `${p.ruleId}: ${p.message} at ${p.location[0]?.pointer}`)).toEqual([])
    expect(report.totals).toMatchObject({ errors: 0, warnings: 0 })
  })

  it('has only patterns that are valid under the Unicode flag JSON Schema implies', () => {
    const contract = JSON.parse(readFileSync(join(root, 'openapi/openapi.json'), 'utf8'))
    const invalid: string[] = []
    const walk = (node: unknown, at: string) => {
      if (!node || typeof node !== 'object') return
      for (const [key, value] of Object.entries(node)) {
        if (key === 'pattern' && typeof value === 'string') {
          try { new RegExp(value, 'u') } catch { invalid.push(`${at}: ${value}`) }
        } else walk(value, `${at}/${key}`)
      }
    }
    walk(contract, '')
    expect(invalid).toEqual([])
  })
})
