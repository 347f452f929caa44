/**
 * The sample feed `npm start` imports, so a newcomer sees feed import work offline: a fictitious museum agenda as
 * an iCalendar export, dated relative to today, every title labelled "Voorbeeld (fictief)" (and the feed marked
 * `demo`, so its events are demo events everywhere). Served only in local development (worker/pages).
 */
import { addDays } from '../../core/time'
import { DEMO_PREFIX } from './demo'

/** The feed as `npm start` registers it. */
export const SAMPLE_FEED = { id: 'voorbeeld-agenda', partnerId: 'naturalis', name: 'Voorbeeldagenda (fictief)', path: '/samples/agenda.ics' } as const

const stamp = (date: string) => date.replaceAll('-', '')

export function sampleFeed(today: string): string {
  const d = (n: number) => stamp(addDays(today, n))
  const title = (text: string) => `${DEMO_PREFIX.nl}${text}`
  const lines = [
    'BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//Kennisstad Open Data//Voorbeeldagenda (fictief)//NL', 'CALSCALE:GREGORIAN',
    'X-WR-CALNAME:Voorbeeldagenda (fictief)', 'X-WR-TIMEZONE:Europe/Amsterdam',
    'X-WR-CALDESC:Fictief voorbeeld van de agenda-feed van een partner: geen van deze evenementen bestaat.',
    'BEGIN:VEVENT', 'UID:feed-rondleiding@voorbeeld.kennisstad.invalid', `DTSTAMP:${d(0)}T080000Z`,
    `DTSTART;TZID=Europe/Amsterdam:${d(2)}T110000`, `DTEND;TZID=Europe/Amsterdam:${d(2)}T120000`, 'RRULE:FREQ=WEEKLY;COUNT=6',
    `EXDATE;TZID=Europe/Amsterdam:${d(16)}T110000`, `SUMMARY;LANGUAGE=nl:${title('Rondleiding achter de schermen')}`,
    'DESCRIPTION:<p>Fictief voorbeeld uit de voorbeeldfeed: een wekelijkse rondleiding\\, één week valt uit.</p>',
    'LOCATION:Naturalis', 'CATEGORIES:Rondleiding', 'END:VEVENT',
    'BEGIN:VEVENT', 'UID:feed-lezing@voorbeeld.kennisstad.invalid', `DTSTAMP:${d(0)}T080000Z`,
    `DTSTART;TZID=Europe/Amsterdam:${d(6)}T193000`, `DTEND;TZID=Europe/Amsterdam:${d(6)}T210000`,
    `SUMMARY:${title('Avondlezing over de stadstuin')}`, 'DESCRIPTION:Fictief voorbeeld uit de voorbeeldfeed.',
    'LOCATION:Hortus botanicus Leiden', 'CATEGORIES:Lezing', 'END:VEVENT',
    'BEGIN:VEVENT', 'UID:feed-expositie@voorbeeld.kennisstad.invalid', `DTSTAMP:${d(0)}T080000Z`,
    `DTSTART;VALUE=DATE:${d(-3)}`, `DTEND;VALUE=DATE:${d(45)}`, `SUMMARY:${title('Expositie: verzameld en bewaard')}`,
    'DESCRIPTION:Fictief voorbeeld uit de voorbeeldfeed: een tentoonstelling van enkele weken.', 'LOCATION:Naturalis',
    'CATEGORIES:Tentoonstelling', 'END:VEVENT',
    'BEGIN:VEVENT', 'UID:feed-workshop@voorbeeld.kennisstad.invalid', `DTSTAMP:${d(0)}T080000Z`,
    `DTSTART;TZID=Europe/Amsterdam:${d(9)}T140000`, `DTEND;TZID=Europe/Amsterdam:${d(9)}T160000`,
    `SUMMARY:${title('Workshop determineren')}`, 'STATUS:CANCELLED', 'DESCRIPTION:Fictief voorbeeld uit de voorbeeldfeed: afgelast.',
    'LOCATION:Naturalis', 'END:VEVENT',
    'END:VCALENDAR',
  ]
  return `${lines.join('\r\n')}\r\n`
}
