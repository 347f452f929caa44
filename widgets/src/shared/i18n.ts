import type { Lang } from '../../../core/locale'

export type { Lang }

const strings = {
  loading: ['Laden…', 'Loading…'],
  noEvents: ['Geen komende evenementen.', 'No upcoming events.'],
  noOpgaven: ['Geen opgaven gevonden.', 'No opgaven found.'],
  noPartners: ['Geen partners gevonden.', 'No partners found.'],
  error: ['De gegevens konden niet worden geladen.', 'The data could not be loaded.'],
  retry: ['Opnieuw proberen', 'Try again'],
  free: ['Gratis', 'Free'],
  online: ['Online', 'Online'],
  demo: ['Fictief voorbeeld', 'Fictitious example'],
  moreDates: ['Meer data', 'More dates'],
} as const

export const tr = (lang: Lang, key: keyof typeof strings) => strings[key][lang === 'nl' ? 0 : 1]

/** `lang` attribute, else the nearest `lang` in the host page (usually `<html lang>`), else Dutch. */
export function resolveLang(el: HTMLElement, attr: string | undefined): Lang {
  const value = (attr || el.closest('[lang]')?.getAttribute('lang') || document.documentElement.lang || 'nl').toLowerCase()
  return value.startsWith('en') ? 'en' : 'nl'
}
