/** /v1/opgaven: reads for everyone, writes for editors. */
import { OpgaveInput, patchOf } from '../../../schema/api/inputs'
import { Opgave, OpgavePage } from '../../../schema/api/opgaven'
import { opgaven } from '../../data/opgaven/collection'
import { opgaveModel } from '../../data/opgaven/write'
import { dataset } from '../../formats/datasets'
import { collectionRouter } from '../../http/collections'
import { createRouter } from '../../http/router'
import { writeRoutes } from '../../http/write/pipeline'

export default createRouter()
  .route('/', collectionRouter({
    collection: opgaven, dataset: dataset('opgaven'), tag: 'Opgaven', page: OpgavePage, item: Opgave, example: 'internationalisering',
    list: { operationId: 'listOpgaven', summary: 'List opgaven', description: 'The challenges of the Kennisstad programme, with themes and partners.' },
    get: { operationId: 'getOpgave', summary: 'Get one opgave', description: 'One opgave. Its events are at `/opgaven/{id}/events`.' },
  }))
  .route('/', writeRoutes({
    model: opgaveModel, path: 'opgaven', noun: 'opgave', name: 'Opgave', tag: 'Opgaven', example: 'gezonde-stad',
    create: OpgaveInput, patch: patchOf(OpgaveInput, 'OpgavePatch'), output: Opgave, one: (db, id) => opgaven.one(db, id),
  }))
