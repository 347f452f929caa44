/** /v1/opgaven: reads for everyone, writes for editors. */
import { OpgaveInput } from '../../../schema/api/inputs'
import { Opgave, OpgavePage } from '../../../schema/api/opgaven'
import { opgaven } from '../../data/opgaven/collection'
import { opgaveModel } from '../../data/opgaven/write'
import { dataset } from '../../formats/datasets'
import { resourceRouter } from '../../http/collections'

export default resourceRouter({
  collection: opgaven, dataset: dataset('opgaven'), name: 'Opgave', page: OpgavePage, item: Opgave, input: OpgaveInput, model: opgaveModel,
  examples: ['internationalisering', 'gezonde-stad'], describe: ['The challenges of the Kennisstad programme, with themes and partners.', 'One opgave. Its events are at `/opgaven/{id}/events`.'],
})
