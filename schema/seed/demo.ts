/**
 * Demo events: fictitious, dated relative to the day the database is seeded so "upcoming" listings are never empty.
 * Every one has `demo: true`, a title starting with "Voorbeeld (fictief):" / "Example (fictitious):" and a note
 * saying it is not real (in Dutch "Demo:" also reads as a protest march). Real partners and
 * places are used as the setting; none of these events is claimed to exist.
 */
import { addDays } from '../../core/time'
import { at, days, timed } from './events'
import type { EventSeed } from './types'

/** How a fictitious example is labelled in every title, so no reader can take it for a real event. */
export const DEMO_PREFIX = { nl: 'Voorbeeld (fictief): ', en: 'Example (fictitious): ' }

/** The note every fictitious example carries (demo events of the seed and of a demo feed). */
export const DEMO_NOTE = {
  nl: 'Fictief voorbeeld: dit evenement bestaat niet en staat hier alleen om te laten zien hoe de data eruitziet.',
  en: 'Fictitious example: this event does not exist and is here only to show what the data looks like.',
}

export function demoEventSeeds(today: string): EventSeed[] {
  const d = (n: number) => addDays(today, n)
  /** The first `weekday` (0 = Sunday) at least `after` days from today. */
  const next = (weekday: number, after: number) => {
    const from = d(after)
    return addDays(from, (weekday - new Date(`${from}T12:00:00Z`).getUTCDay() + 7) % 7)
  }
  const sunday = next(0, 1)
  // The second Thursday of next month: the first date of a "every second Thursday" series.
  const monthStart = `${addDays(`${today.slice(0, 7)}-28`, 7).slice(0, 7)}-01`
  const firstThursday = addDays(monthStart, (4 - new Date(`${monthStart}T12:00:00Z`).getUTCDay() + 7) % 7)
  const thursday = addDays(firstThursday, 7)
  const demo = (e: EventSeed): EventSeed => ({
    ...e, demo: true, notes: DEMO_NOTE, opgaven: e.opgaven ?? ['kennis-cultuur-erfgoed'], sourceLicense: 'CC0-1.0',
    title: { nl: `${DEMO_PREFIX.nl}${e.title.nl}`, en: `${DEMO_PREFIX.en}${e.title.en}` },
  })
  return [
    demo({ id: 'demo-lezing-biodiversiteit', kind: 'lecture', ...timed(`${d(3)}T20:00`, `${d(3)}T21:30`), free: true, registrationRequired: false,
      title: { nl: 'Avondlezing over biodiversiteit in de stad', en: 'Evening lecture on urban biodiversity' },
      summary: { nl: 'Voorbeeld van een gratis lezing.', en: 'Example of a free lecture.' },
      places: ['naturalis'], organisers: [{ id: 'naturalis', role: 'organiser' }], themes: ['biodiversiteit-en-duurzaamheid'],
      audiences: ['general'], languages: ['nl'] }),
    demo({ id: 'demo-tentoonstelling-erfgoed', kind: 'exhibition', ...days(d(-20), d(70)), free: false, price: 17.5,
      priceCurrency: 'EUR', openingHours: { hours: [{ days: ['tu', 'we', 'th', 'fr', 'sa', 'su'], opens: '10:00', closes: '17:00' }], closed: [next(3, 14)] },
      title: { nl: 'Tentoonstelling: kennis en erfgoed', en: 'Exhibition: knowledge and heritage' },
      summary: { nl: 'Voorbeeld van een meerdaagse tentoonstelling die al loopt.', en: 'Example of a multi-day exhibition already running.' },
      places: ['museum-de-lakenhal'], organisers: [{ id: 'museum-de-lakenhal', role: 'organiser' }], themes: ['cultureel-erfgoed'],
      audiences: ['general'], languages: ['nl', 'en'] }),
    demo({ id: 'demo-kinderlab-lumc', kind: 'workshop', ...timed(`${d(10)}T13:00`, `${d(10)}T16:00`), free: true,
      registrationRequired: true, registrationUrl: 'https://example.org/demo-kinderlab-aanmelden', minAge: 8, maxAge: 12,
      title: { nl: 'Kinderlab: hoe werkt je lichaam?', en: 'Kids lab: how does your body work?' },
      summary: { nl: 'Voorbeeld van een activiteit voor kinderen.', en: 'Example of an activity for children.' },
      places: ['lumc'], organisers: [{ id: 'lumc', role: 'organiser' }], themes: ['gezondheid-en-welzijn'],
      audiences: ['children'], languages: ['nl'] }),
    demo({ id: 'demo-international-welcome', kind: 'event', ...timed(`${d(17)}T17:00`, `${d(17)}T19:00`), free: true,
      title: { nl: 'Welkomstborrel voor internationale onderzoekers', en: 'Welcome drinks for international researchers' },
      summary: { nl: 'Voorbeeld van een Engelstalige activiteit.', en: 'Example of an English-language activity.' },
      places: ['academiegebouw'], organisers: [{ id: 'universiteit-leiden', role: 'organiser' }, { id: 'leiden-en-partners', role: 'co-organiser' }],
      opgaven: ['internationalisering'], themes: ['internationalisering'], audiences: ['international', 'researchers'],
      languages: ['en'] }),
    demo({ id: 'demo-lorentz-colloquium', kind: 'lecture', ...timed(`${d(20)}T16:00`, `${d(20)}T17:30`), free: true,
      title: { nl: 'Colloquium in de Lorentzzaal', en: 'Colloquium in the Lorentzzaal' },
      summary: { nl: 'Voorbeeld van een activiteit in een zaal binnen een gebouw.', en: 'Example of an activity in a hall inside a building.' },
      places: ['lorentzzaal'], organisers: [{ id: 'universiteit-leiden', role: 'organiser' }], audiences: ['researchers', 'students'],
      languages: ['en'] }),
    demo({ id: 'demo-webinar-erfgoeddata', kind: 'lecture', ...timed(`${d(24)}T12:00`, `${d(24)}T13:00`),
      attendanceMode: 'online', onlineUrl: 'https://example.org/demo-webinar', free: true,
      title: { nl: 'Webinar: open data over erfgoed', en: 'Webinar: open heritage data' },
      summary: { nl: 'Voorbeeld van een online activiteit.', en: 'Example of an online activity.' },
      organisers: [{ id: 'erfgoed-leiden', role: 'organiser' }], themes: ['cultureel-erfgoed'], audiences: ['professionals'],
      languages: ['nl'] }),
    demo({ id: 'demo-hackathon-hogeschool', kind: 'workshop', ...days(d(31), d(32)), status: 'cancelled',
      title: { nl: 'Hackathon duurzame stad (geannuleerd)', en: 'Sustainable city hackathon (cancelled)' },
      summary: { nl: 'Voorbeeld van een geannuleerd evenement.', en: 'Example of a cancelled event.' },
      places: ['plnt'], organisers: [{ id: 'hogeschool-leiden', role: 'organiser' }, { id: 'mborijnland', role: 'co-organiser' }],
      themes: ['biodiversiteit-en-duurzaamheid'], audiences: ['students'], languages: ['nl', 'en'] }),
    demo({ id: 'demo-sterrenkijkavond', kind: 'event', ...timed(`${d(45)}T20:30`, `${d(45)}T23:00`), free: false,
      price: 7.5, priceCurrency: 'EUR', status: 'postponed',
      title: { nl: 'Sterrenkijkavond', en: 'Stargazing evening' },
      summary: { nl: 'Voorbeeld van een uitgesteld evenement.', en: 'Example of a postponed event.' },
      places: ['oude-sterrewacht'], organisers: [{ id: 'oude-sterrewacht', role: 'organiser' }], audiences: ['general', 'children'],
      languages: ['nl'] }),
    demo({ id: 'demo-symposium-gezondheid', kind: 'symposium', ...timed(`${d(60)}T09:30`, `${d(60)}T17:00`),
      attendanceMode: 'mixed', onlineUrl: 'https://example.org/demo-symposium', registrationRequired: true,
      registrationUrl: 'https://example.org/demo-symposium-tickets',
      title: { nl: 'Symposium gezonde stad', en: 'Healthy city symposium' },
      summary: { nl: 'Voorbeeld van een hybride symposium.', en: 'Example of a hybrid symposium.' },
      places: ['stadsgehoorzaal'], organisers: [{ id: 'lumc', role: 'organiser' }, { id: 'gemeente-leiden', role: 'partner' }],
      themes: ['gezondheid-en-welzijn'], audiences: ['professionals', 'researchers'], languages: ['nl', 'en'] }),
    // A weekly series over eight months: it crosses a switch between summer and winter time (14:00 stays 14:00),
    // and its third Sunday is cancelled.
    demo({ id: 'demo-rondleiding-zondag', kind: 'tour', ...timed(`${sunday}T14:00`, `${sunday}T15:00`), free: false, price: 5, priceCurrency: 'EUR',
      schedule: { rrule: 'FREQ=WEEKLY;BYDAY=SU;COUNT=35' },
      overrides: [{ occurrence: at(`${addDays(sunday, 14)}T14:00`), status: 'cancelled', note: { nl: 'Vervalt (fictief voorbeeld).', en: 'Cancelled (fictitious example).' } }],
      title: { nl: 'Rondleiding door de collectie', en: 'Guided tour of the collection' },
      summary: { nl: 'Voorbeeld van een wekelijkse rondleiding, elke zondag om 14:00.', en: 'Example of a weekly guided tour, every Sunday at 14:00.' },
      places: ['naturalis'], organisers: [{ id: 'naturalis', role: 'organiser' }], themes: ['biodiversiteit-en-duurzaamheid'],
      audiences: ['general', 'children'], languages: ['nl'] }),
    demo({ id: 'demo-wetenschapscafe', kind: 'lecture', ...timed(`${thursday}T20:00`, `${thursday}T22:00`), free: true,
      schedule: { rrule: 'FREQ=MONTHLY;BYDAY=2TH;COUNT=10' },
      title: { nl: 'Wetenschapscafé', en: 'Science café' },
      summary: { nl: 'Voorbeeld van een maandelijkse reeks, elke tweede donderdag.', en: 'Example of a monthly series, every second Thursday.' },
      places: ['plnt'], organisers: [{ id: 'hogeschool-leiden', role: 'organiser' }], audiences: ['general'], languages: ['nl'] }),
    demo({ id: 'demo-museumweekend', kind: 'festival', ...days(d(90), d(91)),
      title: { nl: 'Museumweekend Leiden', en: 'Leiden museum weekend' },
      summary: { nl: 'Voorbeeld van een weekend in meerdere musea.', en: 'Example of a weekend in several museums.' },
      places: ['rijksmuseum-boerhaave', 'wereldmuseum-leiden', 'rijksmuseum-van-oudheden'],
      organisers: [{ id: 'rijksmuseum-boerhaave', role: 'organiser' }, { id: 'wereldmuseum-leiden', role: 'co-organiser' },
        { id: 'rijksmuseum-van-oudheden', role: 'co-organiser' }],
      themes: ['cultureel-erfgoed'], audiences: ['general', 'children'], languages: ['nl', 'en'] }),
  ]
}
