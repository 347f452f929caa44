/** /v1/partners: reads for everyone, writes for editors. */
import { PartnerInput, patchOf } from '../../../schema/api/inputs'
import { Partner, PartnerPage } from '../../../schema/api/partners'
import { partners } from '../../data/partners/collection'
import { partnerModel } from '../../data/partners/write'
import { dataset } from '../../formats/datasets'
import { collectionRouter } from '../../http/collections'
import { createRouter } from '../../http/router'
import { writeRoutes } from '../../http/write/pipeline'

export default createRouter()
  .route('/', collectionRouter({
    collection: partners, dataset: dataset('partners'), tag: 'Partners', page: PartnerPage, item: Partner, example: 'wereldmuseum-leiden',
    list: { operationId: 'listPartners', summary: 'List partners', description: 'Organisations in the programme, with former names and agreement memberships.' },
    get: { operationId: 'getPartner', summary: 'Get one partner', description: 'One partner. Its events are at `/partners/{id}/events`.' },
  }))
  .route('/', writeRoutes({
    model: partnerModel, path: 'partners', noun: 'partner', name: 'Partner', tag: 'Partners', example: 'bplusc-bibliotheek',
    create: PartnerInput, patch: patchOf(PartnerInput, 'PartnerPatch'), output: Partner, one: (db, id) => partners.one(db, id),
  }))
