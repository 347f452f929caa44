// Real requests, success and error, for every documented operation; each response must match the contract.
import { describe, expect, inject, it } from 'vitest'
import spec from '../../openapi/openapi.json'
import { get } from '../api'
import { contractViolations, operationFor } from '../contract'
import { call, eventBody, issueKey, type Who } from '../write-helpers'

const requests = [
  '/v1/events', '/v1/events?limit=100&sort=-endsAt', '/v1/events?from=2022-07-01&to=2022-07-31',
  '/v1/events/esof2022', '/v1/events/misleiden', '/v1/events/demo-webinar-erfgoeddata', '/v1/events/nope',
  '/v1/events?limit=abc', '/v1/partners?limit=100', '/v1/partners/wereldmuseum-leiden', '/v1/partners/nope',
  '/v1/partners?kind=alien', '/v1/places?limit=100', '/v1/places/lorentzzaal', '/v1/places/kamerlingh-onnes-gebouw',
  '/v1/places/nope', '/v1/places?sort=size', '/v1/opgaven', '/v1/opgaven/internationalisering', '/v1/opgaven/nope',
  '/v1/opgaven?status=x', '/v1/themes?limit=100', '/v1/themes/celebrate', '/v1/themes/nope', '/v1/themes?scheme=x',
  '/v1/partners/naturalis/events', '/v1/partners/nope/events', '/v1/partners/naturalis/events?cursor=zz',
  '/v1/opgaven/internationalisering/events', '/v1/opgaven/nope/events', '/v1/places/pieterskerk/events',
  '/v1/places/nope/events', '/v1/places/pieterskerk/events?limit=0', '/v1/themes/celebrate/events', '/v1/themes/nope/events',
  '/v1/partners?signatory=true', '/v1/partners?signatory=maybe',
  '/v1/events?format=csv', '/v1/events?format=ics&partner=naturalis', '/v1/events?format=jsonld', '/v1/events/esof2022?format=ics',
  '/v1/events/esof2022?format=jsonld', '/v1/partners?format=csv&dialect=excel-nl', '/v1/places/lorentzzaal?format=jsonld',
  '/v1/partners/naturalis/events?format=ics', '/v1/themes?format=jsonld', '/v1/opgaven?format=pdf',
  '/v1/csv-metadata/events', '/v1/csv-metadata/places?dialect=excel-nl', '/v1/csv-metadata/nothing', '/v1/catalog',
  '/v1/catalog?x=1', '/v1/changes?limit=5', '/v1/changes?since=bad', '/v1/search?q=nacht', '/v1/search',
  '/v1/events?facets=theme,partner,month&limit=2', '/v1/partners?updatedSince=2020-01-01T00:00:00Z',
  '/v1/occurrences', '/v1/occurrences?from=2022-07-01&to=2022-07-31&format=csv', '/v1/occurrences?format=jsonld&limit=3',
  '/v1/occurrences?partner=naturalis&place=naturalis', '/v1/events/radio-weetlust/occurrences?limit=5', '/v1/events/nope/occurrences',
  '/v1/events/demo-rondleiding-zondag', '/v1/events/demo-tentoonstelling-erfgoed',
  '/v1/changes/stream?partner=naturalis', '/v1/changes/stream?partner=nope',
]

/** Every webhook operation, success and failure, on a webhook this key registers first (its id is made by the API). */
async function webhookCalls(partner: Who, admin: Who): Promise<[string, string, Who, unknown?][]> {
  const url = `${inject('feedServer')}/hook/contract`
  const made = await call('POST', '/v1/webhooks', partner, { url, filter: { partner: 'naturalis' } })
  expect(await contractViolations('POST', '/v1/webhooks', made.clone())).toEqual([])
  const { id } = (await made.json()) as { id: string }
  const test = await call('POST', `/v1/webhooks/${id}/test`, partner)
  expect(await contractViolations('POST', `/v1/webhooks/${id}/test`, test.clone())).toEqual([])
  const delivery = new URL(test.headers.get('Location')!, 'http://localhost').pathname
  return [
    ['POST', '/v1/webhooks', partner, { url: 'https://10.0.0.1/hook' }], ['POST', '/v1/webhooks', null, { url }],
    ['GET', '/v1/webhooks', partner], ['GET', `/v1/webhooks/${id}`, partner], ['GET', `/v1/webhooks/${id}`, admin], ['GET', '/v1/webhooks/whk_000000000000', partner],
    ['PATCH', `/v1/webhooks/${id}`, partner, { description: 'Contract' }], ['PATCH', `/v1/webhooks/${id}`, partner, { filter: { partner: 'nope' } }],
    ['POST', `/v1/webhooks/${id}/secret`, partner], ['POST', '/v1/webhooks/whk_000000000000/secret', partner],
    ['POST', `/v1/webhooks/${id}/test`, partner], ['POST', '/v1/webhooks/whk_000000000000/test', partner],
    ['GET', `/v1/webhooks/${id}/deliveries`, partner], ['GET', delivery, partner], ['GET', `/v1/webhooks/${id}/deliveries/999999`, partner],
    ['DELETE', `/v1/webhooks/${id}`, partner], ['DELETE', `/v1/webhooks/${id}`, partner],
  ]
}

describe('responses match the published contract', () => {
  it.each(requests)('GET %s', async (path) => {
    const res = await get(path)
    expect(await contractViolations('GET', path, res)).toEqual([])
  })

  it('304 responses are documented and carry the documented headers', async () => {
    const first = await get('/v1/events/esof2022')
    const res = await get('/v1/events/esof2022', { 'If-None-Match': first.headers.get('ETag')! })
    expect(res.status).toBe(304)
    expect(await contractViolations('GET', '/v1/events/esof2022', res)).toEqual([])
  })

  it('exercises every documented operation, writes included', async () => {
    const admin = await issueKey('admin')
    const partner = await issueKey('partner', 'naturalis')
    const writes: [string, string, Who, unknown?][] = [
      ['POST', '/v1/events', partner, eventBody('contract')],
      ['POST', '/v1/events', partner, { title: 'not bilingual' }],
      ['POST', '/v1/events', null, eventBody('anon')],
      ['PATCH', '/v1/events/naturalis-test-contract', partner, { status: 'postponed' }],
      ['PATCH', '/v1/events/esof2022', partner, { status: 'postponed' }],
      ['PATCH', '/v1/events/nope', admin, { status: 'postponed' }],
      ['PATCH', '/v1/events/naturalis-test-contract', partner, { organisers: [{ id: 'naturalis', role: 'organiser' }, { id: 'lumc', role: 'partner' }] }],
      ['PATCH', '/v1/events/naturalis-test-contract/organisers/lumc', admin, { confirmed: true }],
      ['PATCH', '/v1/events/naturalis-test-contract/organisers/lumc', partner, { confirmed: true }],
      ['DELETE', '/v1/events/naturalis-test-contract/organisers/lumc', partner],
      ['DELETE', '/v1/events/naturalis-test-contract/organisers/lumc', partner],
      ['DELETE', '/v1/events/naturalis-test-contract', partner],
      ['POST', '/v1/feeds', partner, { name: 'Contract', url: `${inject('feedServer')}/feed/contract` }],
      ['POST', '/v1/feeds', partner, { name: 'Intern', url: 'https://10.0.0.1/agenda.ics' }],
      ['POST', '/v1/feeds', null, { name: 'Anoniem', url: 'https://example.org/agenda.ics' }],
      ['GET', '/v1/feeds', partner], ['GET', '/v1/feeds?partner=naturalis', admin], ['GET', '/v1/feeds?partner=nope', admin],
      ['GET', '/v1/feeds/naturalis-contract', partner], ['GET', '/v1/feeds/nope', admin],
      ['PATCH', '/v1/feeds/naturalis-contract', partner, { paused: true }], ['PATCH', '/v1/feeds/naturalis-contract', partner, { trusted: true }],
      ['POST', '/v1/feeds/naturalis-contract/runs', partner], ['POST', '/v1/feeds/nope/runs', partner],
      ['GET', '/v1/feeds/naturalis-contract/runs', partner], ['GET', '/v1/feeds/naturalis-contract/runs/1', partner],
      ['GET', '/v1/feeds/naturalis-contract/runs/999', partner],
      ['DELETE', '/v1/feeds/naturalis-contract', partner], ['DELETE', '/v1/feeds/naturalis-contract', partner],
      ['GET', '/v1/audit?entity=event', admin], ['GET', '/v1/audit?entity=feed', admin],
      ...await webhookCalls(partner, admin),
      ['GET', '/v1/audit', partner],
      ...(['partners', 'places', 'opgaven', 'themes'] as const).flatMap((r): [string, string, Who, unknown?][] => {
        const bodies = {
          partners: { id: 'contract-partner', name: 'Contract', kind: 'company' },
          places: { id: 'contract-place', name: 'Contract', containedIn: 'pieterskerk' },
          opgaven: { id: 'contract-opgave', status: 'planned', title: { nl: 'Contract' } },
          themes: { id: 'contract-theme', scheme: 'kennisstad-2023', label: { nl: 'Contract' } },
        }
        return [
          ['POST', `/v1/${r}`, admin, bodies[r]], ['POST', `/v1/${r}`, partner, bodies[r]],
          ['PATCH', `/v1/${r}/contract-${r.replace(/s$|en$/, '')}`, admin, r === 'themes' ? { label: { nl: 'Anders' } } : r === 'opgaven' ? { status: 'active' } : { name: 'Anders' }],
          ['DELETE', `/v1/${r}/contract-${r.replace(/s$|en$/, '')}`, admin], ['DELETE', `/v1/${r}/nope`, admin],
        ]
      }),
    ]
    for (const [method, path, who, body] of writes) {
      const res = await call(method, path, who, body)
      expect(await contractViolations(method, path, res), `${method} ${path}`).toEqual([])
    }
    const covered = new Set([...requests.map((p) => `GET ${operationFor('GET', p).template}`),
      ...writes.map(([m, p]) => `${m} ${operationFor(m, p).template}`)])
    const documented = Object.entries(spec.paths).flatMap(([path, item]) => Object.keys(item as object).map((m) => `${m.toUpperCase()} ${path}`))
    expect([...covered].sort()).toEqual(documented.sort())
  })
})
