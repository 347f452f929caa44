import { createRouter } from '../../lib/router'
import * as handlers from './partners.handlers'
import * as routes from './partners.routes'

export default createRouter().openapi(routes.list, handlers.list).openapi(routes.get, handlers.get)
