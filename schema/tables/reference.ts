/**
 * Reference data: themes, partners (and their agreements), places, opgaven.
 */
import { sql } from 'drizzle-orm'
import { type AnySQLiteColumn, index, integer, primaryKey, sqliteTable, text } from 'drizzle-orm/sqlite-core'
import { AGREEMENTS, type AltName, type Bilingual, OPGAVE_STATUSES, ORGANISER_ROLES, PARTNER_KINDS, THEME_SCHEMES } from './base'
import { address, deletable, provenance, timestamps } from './columns'

export const themes = sqliteTable('themes', {
  id: text('id').primaryKey(),
  scheme: text('scheme', { enum: THEME_SCHEMES }).notNull(),
  label: text('label', { mode: 'json' }).$type<Bilingual>().notNull(),
  ...provenance,
  ...deletable,
  ...timestamps,
}, (t) => [index('themes_scheme_idx').on(t.scheme, t.id), index('themes_updated_idx').on(t.updatedAt, t.id)])

export const partners = sqliteTable('partners', {
  id: text('id').primaryKey(),
  name: text('name').notNull(),
  altNames: text('alt_names', { mode: 'json' }).$type<AltName[]>().notNull().default(sql`'[]'`),
  kind: text('kind', { enum: PARTNER_KINDS }).notNull(),
  description: text('description', { mode: 'json' }).$type<Bilingual>(),
  url: text('url'),
  ...address,
  notes: text('notes'),
  ...provenance,
  ...deletable,
  ...timestamps,
}, (t) => [
  index('partners_kind_idx').on(t.kind, t.id),
  index('partners_name_idx').on(sql`${t.name} collate nocase`, t.id),
  index('partners_updated_idx').on(t.updatedAt, t.id),
])

/** Which party signed which Kennisstad agreement, and when; a party may join or leave between agreements. */
export const memberships = sqliteTable('memberships', {
  partnerId: text('partner_id').notNull().references(() => partners.id, { onDelete: 'cascade' }),
  agreement: text('agreement', { enum: AGREEMENTS }).notNull(),
  validFrom: text('valid_from'),
  validTo: text('valid_to'),
  /** false where the sources disagree or are silent: shown, never presented as certain. */
  verified: integer('verified', { mode: 'boolean' }).notNull().default(true),
  note: text('note'),
}, (t) => [primaryKey({ columns: [t.partnerId, t.agreement] }), index('memberships_agreement_idx').on(t.agreement)])

export const places = sqliteTable('places', {
  id: text('id').primaryKey(),
  name: text('name').notNull(),
  description: text('description', { mode: 'json' }).$type<Bilingual>(),
  ...address,
  containedInId: text('contained_in_id').references((): AnySQLiteColumn => places.id),
  operatorId: text('operator_id').references(() => partners.id),
  accessibility: text('accessibility', { mode: 'json' }).$type<Bilingual>(),
  rijksmonument: integer('rijksmonument'),
  url: text('url'),
  ...provenance,
  ...deletable,
  ...timestamps,
}, (t) => [
  index('places_contained_idx').on(t.containedInId),
  index('places_operator_idx').on(t.operatorId),
  index('places_name_idx').on(sql`${t.name} collate nocase`, t.id),
  index('places_updated_idx').on(t.updatedAt, t.id),
])

export const opgaven = sqliteTable('opgaven', {
  id: text('id').primaryKey(),
  title: text('title', { mode: 'json' }).$type<Bilingual>().notNull(),
  summary: text('summary', { mode: 'json' }).$type<Bilingual>(),
  description: text('description', { mode: 'json' }).$type<Bilingual>(),
  status: text('status', { enum: OPGAVE_STATUSES }).notNull(),
  validFrom: text('valid_from'),
  validTo: text('valid_to'),
  ...provenance,
  ...deletable,
  ...timestamps,
}, (t) => [index('opgaven_status_idx').on(t.status, t.id), index('opgaven_updated_idx').on(t.updatedAt, t.id)])

export const opgaveThemes = sqliteTable('opgave_themes', {
  opgaveId: text('opgave_id').notNull().references(() => opgaven.id, { onDelete: 'cascade' }),
  themeId: text('theme_id').notNull().references(() => themes.id),
}, (t) => [primaryKey({ columns: [t.opgaveId, t.themeId] }), index('opgave_themes_theme_idx').on(t.themeId)])

export const opgavePartners = sqliteTable('opgave_partners', {
  opgaveId: text('opgave_id').notNull().references(() => opgaven.id, { onDelete: 'cascade' }),
  partnerId: text('partner_id').notNull().references(() => partners.id),
  role: text('role', { enum: ORGANISER_ROLES }).notNull(),
}, (t) => [primaryKey({ columns: [t.opgaveId, t.partnerId] }), index('opgave_partners_partner_idx').on(t.partnerId)])
