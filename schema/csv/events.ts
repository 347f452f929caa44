import type { Event } from '../api/events'
import { ATTENDANCE_MODES, AUDIENCES, EVENT_KINDS, EVENT_STATUSES, ORGANISER_ROLES } from '../tables'
import { bilingualCols, type Column, col, joined, local, provenanceCols, spanCols, updatedAtCol } from './column'

const ID = ['Vaste code van het evenement; ook het laatste deel van zijn webadres (/events/esof2022)', 'Fixed code of the event; also the last part of its web address (/events/esof2022)'] as const
const LIST = ['; meerdere gescheiden door ;', '; several separated by ;'] as const

export const eventColumns: Column<Event>[] = [
  col('id', 'string', ...ID, 'esof2022', (e) => e.id),
  col('kind', 'string', 'Soort evenement', 'Kind of event', 'conference', (e) => e.kind, { field: 'kind', values: EVENT_KINDS }),
  ...bilingualCols<Event>('title', 'Titel', 'Title', ['Nacht van Ontdekkingen', 'Night of Discoveries'], (e) => e.title),
  ...bilingualCols<Event>('summary', 'Samenvatting', 'Summary', ['Voorheen Nacht van Kunst & Kennis.', 'Formerly Nacht van Kunst & Kennis.'], (e) => e.summary),
  ...bilingualCols<Event>('repeats', 'Herhaling (leeg: eenmalig)', 'Repeats (empty: once)', ['Elke zondag om 14:00', 'Every Sunday at 14:00'], (e) => e.schedule?.summary ?? null),
  ...spanCols<Event>({ start: ['2022-09-17', '19:00'], end: ['2022-09-18', '00:00'] }),
  col('starts_at', 'dateTime', 'Begin als datum en tijd in één (Nederlandse tijd, met het verschil met UTC): voor programma’s', 'Start as date and time in one (Dutch time, with the offset from UTC): for programs', '2022-09-17T19:00:00+02:00', (e) => local(e.startsAt)),
  col('ends_at', 'dateTime', 'Eind als datum en tijd in één: het eerste moment ná het evenement (een hele dag eindigt om 00:00 de dag erna); leeg als onbekend', 'End as date and time in one: the first moment after the event (an all-day event ends at 00:00 the next day); empty when unknown', '2022-09-18T00:00:00+02:00', (e) => local(e.endsAt)),
  col('starts_at_utc', 'dateTime', 'Begin in UTC (wereldtijd)', 'Start in UTC', '2022-09-17T17:00:00Z', (e) => e.startsAt),
  col('ends_at_utc', 'dateTime', 'Eind in UTC (wereldtijd)', 'End in UTC', '2022-09-17T22:00:00Z', (e) => e.endsAt),
  col('time_zone', 'string', 'Tijdzone waarin het evenement gepland is (Europe/Amsterdam = Nederlandse tijd)', 'Time zone the event is planned in (Europe/Amsterdam = Dutch time)', 'Europe/Amsterdam', (e) => e.timeZone),
  col('all_day', 'boolean', 'Gaat over hele dagen, zonder tijden', 'Covers whole days, without times', 'false', (e) => e.allDay),
  col('status', 'string', 'Gaat het door?', 'Is it going ahead?', 'scheduled', (e) => e.status, { field: 'status', values: EVENT_STATUSES }),
  col('previous_starts_at_utc', 'dateTime', 'Oorspronkelijk begin van een verplaatst evenement (UTC)', 'Original start of a rescheduled event (UTC)', '2022-07-10T22:00:00Z', (e) => e.previousStartsAt),
  col('attendance_mode', 'string', 'Op locatie, online, allebei, of een uitzending', 'In person, online, both, or a broadcast', 'offline', (e) => e.attendanceMode, { field: 'attendanceMode', values: ATTENDANCE_MODES }),
  col('online_url', 'anyURI', 'Webadres om online mee te doen', 'Web address to attend online', '', (e) => e.onlineUrl),
  col('place_ids', 'string', `Plekken, als vaste code${LIST[0]}`, `Places, as fixed code${LIST[1]}`, 'hortus-botanicus-leiden;academiegebouw', (e) => joined(e.places.map((p) => p.id))),
  col('place_names', 'string', `Plekken, als naam${LIST[0]}`, `Places, as name${LIST[1]}`, 'Hortus botanicus Leiden;Academiegebouw', (e) => joined(e.places.map((p) => p.name))),
  col('organiser_ids', 'string', `Organisaties die het (mede) organiseren, als vaste code${LIST[0]}`, `Organisations that (co-)organise it, as fixed code${LIST[1]}`, 'universiteit-leiden', (e) => joined(e.organisers.map((o) => o.id))),
  col('organiser_names', 'string', `Organisaties die het (mede) organiseren, als naam${LIST[0]}`, `Organisations that (co-)organise it, as name${LIST[1]}`, 'Universiteit Leiden', (e) => joined(e.organisers.map((o) => o.name))),
  col('organiser_roles', 'string', 'Rol van elke organisatie, in dezelfde volgorde', 'Role of each organisation, in the same order', 'co-organiser', (e) => joined(e.organisers.map((o) => o.role)), { field: 'role', values: ORGANISER_ROLES }),
  col('opgave_ids', 'string', `Opgaven waaraan het bijdraagt, als vaste code${LIST[0]}`, `Opgaven it contributes to, as fixed code${LIST[1]}`, 'leiden2022-inclusieve-stad', (e) => joined(e.opgaven.map((o) => o.id))),
  col('theme_ids', 'string', `Thema’s, als vaste code${LIST[0]}`, `Themes, as fixed code${LIST[1]}`, 'cultureel-erfgoed', (e) => joined(e.themes.map((t) => t.id))),
  col('audiences', 'string', `Voor wie${LIST[0]}`, `Intended for${LIST[1]}`, 'general', (e) => joined(e.audiences), { field: 'audience', values: AUDIENCES }),
  col('languages', 'string', `Gesproken talen${LIST[0]}`, `Languages spoken${LIST[1]}`, 'nl;en', (e) => joined(e.languages), { field: 'language', values: ['nl', 'en'] }),
  col('min_age', 'integer', 'Minimumleeftijd', 'Minimum age', '14', (e) => e.minAge),
  col('max_age', 'integer', 'Maximumleeftijd', 'Maximum age', '20', (e) => e.maxAge),
  col('free', 'boolean', 'Gratis; leeg als onbekend', 'Free of charge; empty when unknown', 'false', (e) => e.free),
  col('price', 'decimal', 'Prijs, in de valuta van price_currency', 'Price, in the currency of price_currency', '17.5', (e) => e.price),
  col('price_currency', 'string', 'Valuta van de prijs (EUR = euro)', 'Currency of the price (EUR = euro)', 'EUR', (e) => e.priceCurrency),
  col('url', 'anyURI', 'Webpagina van het evenement', 'Web page of the event', '', (e) => e.url),
  col('registration_url', 'anyURI', 'Webadres om je aan te melden of kaartjes te kopen', 'Web address to register or buy tickets', '', (e) => e.registrationUrl),
  col('registration_required', 'boolean', 'Aanmelden of kaartje nodig; leeg als onbekend', 'Registration or ticket needed; empty when unknown', 'true', (e) => e.registrationRequired),
  col('parent_id', 'string', 'Het grotere evenement waar dit een onderdeel van is (vaste code)', 'The larger event this is part of (fixed code)', 'esof2022', (e) => e.parent?.id),
  col('demo', 'boolean', 'Fictief voorbeeld, geen echt evenement', 'Fictitious example, not a real event', 'false', (e) => e.demo),
  col('verified', 'boolean', 'Bevestigd door de bronnen (nee: lees de noot)', 'Confirmed by the sources (false: read the note)', 'true', (e) => e.verified),
  ...provenanceCols<Event>('https://leiden2022.nl/activiteiten/nacht-van-ontdekkingen'),
  ...bilingualCols<Event>('notes', 'Redactionele noot', 'Editorial note', ['Locatie niet bekend.', 'Venue not known.'], (e) => e.notes),
  updatedAtCol<Event>(),
]
