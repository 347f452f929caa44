/**
 * The two languages of everything published here — Dutch, always present, and English where translated — and the
 * locale formatting that goes with them. No dependencies: the pages, the feeds and the widgets all import it.
 */
export type Lang = 'nl' | 'en'
export type Bilingual = { nl: string; en?: string | null }

/** The Intl locale for a language. */
export const intlLocale = (lang: Lang) => (lang === 'nl' ? 'nl-NL' : 'en-GB')

/** The text in `lang`, falling back to the Dutch; '' when there is no text at all. */
export const inLang = (b: Bilingual | null | undefined, lang: Lang): string => (b ? (lang === 'en' && b.en ? b.en : b.nl) : '')

const STATUS: Record<string, [nl: string, en: string]> = {
  cancelled: ['Geannuleerd', 'Cancelled'], postponed: ['Uitgesteld', 'Postponed'],
  rescheduled: ['Verplaatst', 'Rescheduled'], movedOnline: ['Nu online', 'Moved online'],
}

/** What a reader is told about an event's status: nothing while it is simply scheduled. */
export const statusLabel = (status: string | undefined, lang: Lang): string | undefined =>
  status && STATUS[status] ? STATUS[status][lang === 'nl' ? 0 : 1] : undefined

/** "€ 17,50" / "€17.50": a price in its currency (euro when none is given), or undefined when there is none. */
export function formatPrice(e: { price?: number | null; priceCurrency?: string | null }, lang: Lang): string | undefined {
  if (e.price === null || e.price === undefined) return undefined
  return new Intl.NumberFormat(intlLocale(lang), { style: 'currency', currency: e.priceCurrency ?? 'EUR' }).format(e.price)
}
