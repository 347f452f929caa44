/** Column sets several tables share (not exported by schema/tables.ts: only tables and shapes are). */
import { sql } from 'drizzle-orm'
import { integer, real, text } from 'drizzle-orm/sqlite-core'
import { LICENSES, ORIGINS } from './base'

export const timestamps = {
  createdAt: text('created_at').notNull().default(sql`(strftime('%Y-%m-%dT%H:%M:%SZ','now'))`),
  updatedAt: text('updated_at').notNull().default(sql`(strftime('%Y-%m-%dT%H:%M:%SZ','now'))`),
}
/**
 * Soft delete: a deleted row disappears from public reads but is kept (and becomes a tombstone in the change feed).
 * `version` counts the writes of the row; a conditional write names the version it read and is refused when another
 * write came first (the check is part of the write's own transaction).
 */
export const deletable = { deletedAt: text('deleted_at'), version: integer('version').notNull().default(1) }

/**
 * Provenance, the same columns on every published table: where the record came from (the curated seed with the
 * source it cites, an API key, or a partner's feed and the item's own page), under which licence, and when it was
 * last written from there. Set by the seed and by the write pipeline, never by a writer's input (except the cited
 * `sourceUrl`).
 */
export const provenance = {
  sourceOrigin: text('source_origin', { enum: ORIGINS }).notNull().default('seed'),
  sourceUrl: text('source_url'),
  sourceLicense: text('source_license', { enum: LICENSES }).notNull().default('CC0-1.0'),
  /** The feed it was imported from (origin `feed`). */
  sourceFeedId: text('source_feed_id'),
  /** The API key that created it (origin `api`). */
  sourceKeyId: text('source_key_id'),
  /** When it was last written from its origin (a feed run that changed it, an API write, the seed). */
  retrievedAt: text('retrieved_at'),
}

export const address = {
  streetAddress: text('street_address'),
  postalCode: text('postal_code'),
  locality: text('locality'),
  country: text('country').notNull().default('NL'),
  latitude: real('latitude'),
  longitude: real('longitude'),
}
