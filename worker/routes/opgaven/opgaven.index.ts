import { createRouter } from '../../lib/router'
import * as handlers from './opgaven.handlers'
import * as routes from './opgaven.routes'

export default createRouter().openapi(routes.list, handlers.list).openapi(routes.get, handlers.get)
