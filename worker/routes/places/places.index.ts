/** /v1/places: reads for everyone, writes for editors. */
import { PlaceInput, patchOf } from '../../../schema/api/inputs'
import { Place, PlacePage } from '../../../schema/api/places'
import { places } from '../../data/places/collection'
import { placeModel } from '../../data/places/write'
import { dataset } from '../../formats/datasets'
import { collectionRouter } from '../../http/collections'
import { createRouter } from '../../http/router'
import { writeRoutes } from '../../http/write/pipeline'

export default createRouter()
  .route('/', collectionRouter({
    collection: places, dataset: dataset('places'), tag: 'Places', page: PlacePage, item: Place, example: 'lorentzzaal',
    list: { operationId: 'listPlaces', summary: 'List places', description: 'Venues, buildings, halls and squares, with address and (where known) coordinates.' },
    get: { operationId: 'getPlace', summary: 'Get one place', description: 'One place with the place it is part of, the places inside it and its operator.' },
  }))
  .route('/', writeRoutes({
    model: placeModel, path: 'places', noun: 'place', name: 'Place', tag: 'Places', example: 'pieterskerk-koor',
    create: PlaceInput, patch: patchOf(PlaceInput, 'PlacePatch'), output: Place, one: (db, id) => places.one(db, id),
  }))
