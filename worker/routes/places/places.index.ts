/** /v1/places: reads for everyone, writes for editors. */
import { PlaceInput } from '../../../schema/api/inputs'
import { Place, PlacePage } from '../../../schema/api/places'
import { places } from '../../data/places/collection'
import { placeModel } from '../../data/places/write'
import { dataset } from '../../formats/datasets'
import { resourceRouter } from '../../http/collections'

export default resourceRouter({
  collection: places, dataset: dataset('places'), name: 'Place', page: PlacePage, item: Place, input: PlaceInput, model: placeModel,
  examples: ['lorentzzaal', 'pieterskerk-koor'], describe: ['Venues, buildings, halls and squares, with address and (where known) coordinates.', 'One place with the place it is part of, the places inside it and its operator.'],
})
