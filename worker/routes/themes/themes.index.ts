import { createRouter } from '../../lib/router'
import * as handlers from './themes.handlers'
import * as routes from './themes.routes'

export default createRouter().openapi(routes.list, handlers.list).openapi(routes.get, handlers.get)
