import type { OpenAPIHono, RouteConfig, RouteHandler } from '@hono/zod-openapi'
import type { DrizzleD1Database } from 'drizzle-orm/d1'
import type * as tables from '../schema/tables'

export type Bindings = {
  DB: D1Database
  ASSETS?: Fetcher
}
export type Db = DrizzleD1Database<typeof tables>
export type AppEnv = { Bindings: Bindings; Variables: { db: Db } }
export type App = OpenAPIHono<AppEnv>
export type AppRouteHandler<R extends RouteConfig> = RouteHandler<R, AppEnv>
