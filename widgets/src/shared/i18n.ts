import type { Lang } from '../../../core/locale'

export type { Lang }

const strings = {
  loading: ['Laden…', 'Loading…'],
  noEvents: ['Geen komende evenementen.', 'No upcoming events.'],
  noOpgaven: ['Geen opgaven gevonden.', 'No opgaven found.'],
  noPartners: ['Geen partners gevonden.', 'No partners found.'],
  error: ['De gegevens konden niet worden geladen.', 'The data could not be loaded.'],
  retry: ['Opnieuw proberen', 'Try again'],
  misconfigured: ['Deze agenda is niet goed ingesteld:', 'This listing is not set up correctly:'],
  free: ['Gratis', 'Free'],
  online: ['Online', 'Online'],
  demo: ['Fictief voorbeeld', 'Fictitious example'],
  moreDates: ['Meer data', 'More dates'],
  register: ['Aanmelden', 'Register'],
} as const

export const tr = (lang: Lang, key: keyof typeof strings) => strings[key][lang === 'nl' ? 0 : 1]

/** A webmaster's typo explained: `partner="rijksmuseum-boerhave" bestaat niet. Bedoel je rijksmuseum-boerhaave?` */
export const unknownId = (lang: Lang, name: string, value: string, suggestions: readonly string[]) =>
  `${name}="${value}" ${lang === 'nl' ? 'bestaat niet.' : 'does not exist.'}${suggestions.length
    ? ` ${lang === 'nl' ? 'Bedoel je' : 'Did you mean'} ${suggestions.join(lang === 'nl' ? ' of ' : ' or ')}?` : ''}`

/** `lang` attribute, else the nearest `lang` in the host page (usually `<html lang>`), else Dutch. */
export function resolveLang(el: HTMLElement, attr: string | undefined): Lang {
  const value = (attr || el.closest('[lang]')?.getAttribute('lang') || document.documentElement.lang || 'nl').toLowerCase()
  return value.startsWith('en') ? 'en' : 'nl'
}
