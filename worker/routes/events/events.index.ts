import { createRouter } from '../../http/router'
import * as handlers from './events.handlers'
import * as routes from './events.routes'
import writes from './events.writes'

export default createRouter()
  .openapi(routes.list, handlers.list)
  .openapi(routes.get, handlers.get)
  .route('/', writes)
  .openapi(routes.nested('partner', 'naturalis'), handlers.nestedList('partner'))
  .openapi(routes.nested('opgave', 'internationalisering'), handlers.nestedList('opgave'))
  .openapi(routes.nested('place', 'hooglandse-kerk'), handlers.nestedList('place'))
  .openapi(routes.nested('theme', 'cultureel-erfgoed'), handlers.nestedList('theme'))
