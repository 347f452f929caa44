/**
 * The Kennisstad data model: the single source of truth for every shape the API publishes.
 * zod schemas (schema/api/) are derived from these tables (one file per part under schema/tables/); drizzle-kit generates the migrations.
 *
 * Conventions: ids are URL slugs; instants are RFC 3339 UTC strings (`2022-07-13T07:00:00Z`), which sort
 * lexicographically in the same order as in time, so indexes and keyset cursors work on them directly;
 * bilingual text is a JSON object `{ "nl": …, "en": … }` stored as-is, so the API returns it losslessly.
 */
export * from './tables/base'
export * from './tables/reference'
export * from './tables/events'
export * from './tables/operations'
export * from './tables/feeds'
export * from './tables/webhooks'
