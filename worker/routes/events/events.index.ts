import { createRouter } from '../../lib/router'
import * as handlers from './events.handlers'
import * as routes from './events.routes'
import * as write from './events.write'
import * as writeRoutes from './events.write.routes'

export default createRouter()
  .openapi(routes.list, handlers.list)
  .openapi(routes.get, handlers.get)
  .openapi(writeRoutes.create, write.create)
  .openapi(writeRoutes.update, write.update)
  .openapi(writeRoutes.remove, write.remove)
  .openapi(routes.nested('partners', 'partner', 'naturalis'), handlers.nestedList('partner'))
  .openapi(routes.nested('opgaven', 'opgave', 'internationalisering'), handlers.nestedList('opgave'))
  .openapi(routes.nested('places', 'place', 'hooglandse-kerk'), handlers.nestedList('place'))
