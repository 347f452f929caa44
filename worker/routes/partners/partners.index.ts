/** /v1/partners: reads for everyone, writes for editors. */
import { PartnerInput } from '../../../schema/api/inputs'
import { Partner, PartnerPage } from '../../../schema/api/partners'
import { partners } from '../../data/partners/collection'
import { partnerModel } from '../../data/partners/write'
import { dataset } from '../../formats/datasets'
import { resourceRouter } from '../../http/collections'

export default resourceRouter({
  collection: partners, dataset: dataset('partners'), name: 'Partner', page: PartnerPage, item: Partner, input: PartnerInput, model: partnerModel,
  examples: ['wereldmuseum-leiden', 'bplusc-bibliotheek'], describe: ['Organisations in the programme, with former names and agreement memberships.', 'One partner. Its events are at `/partners/{id}/events`.'],
})
