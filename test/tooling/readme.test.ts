// The README is the front door: its event-filter table names every filter the contract has, and no other.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'

const root = join(import.meta.dirname, '../..')
const readme = readFileSync(join(root, 'README.md'), 'utf8')
const spec = JSON.parse(readFileSync(join(root, 'openapi/openapi.json'), 'utf8'))

describe('README', () => {
  it('starts with npm install && npm start and npm test', () => {
    const opening = readme.split('\n').slice(0, 40).join('\n')
    expect(opening).toContain('npm install && npm start')
    expect(opening).toContain('npm test')
  })

  it('lists exactly the event filters of the contract', () => {
    const table = readme.slice(readme.indexOf('**Event filters**'), readme.indexOf('Other collections:'))
    const documented = new Set([...table.matchAll(/^\| ([^|]+) \|/gm)].flatMap((m) => [...m[1]!.matchAll(/`([a-zA-Z]+)`/g)].map((x) => x[1]!)))
    const filters = (spec.paths['/events'].get.parameters as { name: string; schema: Record<string, unknown> }[])
      .filter((p) => p.schema['x-kennisstad-filter']).map((p) => p.name)
    expect(filters.filter((f) => !documented.has(f))).toEqual([])
    expect([...documented].filter((d) => d !== 'sort' && !filters.includes(d))).toEqual([])
  })
})
