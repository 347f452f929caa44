import { createRouter } from '../../lib/router'
import * as handlers from './places.handlers'
import * as routes from './places.routes'

export default createRouter().openapi(routes.list, handlers.list).openapi(routes.get, handlers.get)
