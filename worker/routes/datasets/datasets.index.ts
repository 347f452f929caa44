import { createRouter } from '../../http/router'
import * as handlers from './datasets.handlers'
import * as routes from './datasets.routes'

export default createRouter().openapi(routes.csvMetadata, handlers.csvMetadata).openapi(routes.catalog, handlers.catalog)
