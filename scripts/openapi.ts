/**
 * `npm run openapi`: writes the contract the Worker serves at /v1/openapi.json to openapi/openapi.json, so a
 * contract change shows in the diff. A test fails when the committed copy is stale.
 */
import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { createApp } from '../worker/app'

const res = await createApp().request('/v1/openapi.json', {}, { DB: {} as D1Database })
if (res.status !== 200) throw new Error(`/v1/openapi.json answered ${res.status}: ${await res.text()}`)
const out = join(import.meta.dirname, '../openapi/openapi.json')
mkdirSync(join(import.meta.dirname, '../openapi'), { recursive: true })
writeFileSync(out, `${JSON.stringify(await res.json(), null, 2)}\n`)
console.log(`openapi: wrote ${out}`)
