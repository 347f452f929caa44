/**
 * Themes (SKOS-like concepts in four schemes) and the three opgaven of the programme (kennisstad-facts.md §0, §3).
 * The opgaven are examples from a recruitment text on leidenzoekttalent.nl (around 2019); the titles paraphrase them,
 * and the records say both.
 */
import type { opgavePartners, opgaven, opgaveThemes, themes } from '../tables'

type Theme = typeof themes.$inferInsert
const scheme = (s: Theme['scheme'], items: [string, string, string][]): Theme[] =>
  items.map(([id, nl, en]) => ({ id, scheme: s, label: { nl, en } }))

export const themeRows: Theme[] = [
  ...scheme('kennisstad-2017', [
    ['campusvorming', 'Campusvorming', 'Campus development'],
    ['onderwijs-en-onderzoek', 'Onderwijs en onderzoek', 'Education and research'],
    ['internationalisering', 'Internationalisering', 'Internationalisation'],
    ['stad-als-lab', 'Stad als lab', 'City as a lab'],
  ]),
  ...scheme('kennisstad-2023', [
    ['gezondheid-en-welzijn', 'Gezondheid & Welzijn', 'Health & Wellbeing'],
    ['biodiversiteit-en-duurzaamheid', 'Biodiversiteit & Duurzaamheid', 'Biodiversity & Sustainability'],
    ['cultureel-erfgoed', 'Cultureel Erfgoed', 'Cultural Heritage'],
  ]),
  ...scheme('esof2022-track', [
    ['sustainable-environment', 'Duurzame leefomgeving', 'Sustainable Environment'],
    ['cultural-identities', 'Culturele identiteiten en maatschappelijke transformaties', 'Cultural Identities & Societal Transformations'],
    ['space-for-science', 'Wetenschap en de ruimte (het heelal)', 'Space for Science'],
    ['healthy-societies', 'Gezonde samenlevingen', 'Healthy Societies'],
    ['freedom-responsibility-of-science', 'Vrijheid en (maatschappelijke) verantwoordelijkheid van de wetenschap', 'Freedom & (Societal) Responsibility of Science'],
    ['science-and-business', 'Wetenschap en bedrijfsleven', 'Science & Business'],
    ['sustainable-academic-careers', 'Duurzame academische loopbanen', 'Sustainable Academic Careers'],
  ]),
  ...scheme('leiden2022-track', [
    ['contemplate', 'Contemplate', 'Contemplate'],
    ['celebrate', 'Celebrate', 'Celebrate'],
    ['participate', 'Participate', 'Participate'],
  ]),
]

const source = 'https://leidenzoekttalent.nl/7-themas/kennis/'
/** What all three are: examples from a recruitment text, not the programme's own list. */
const example = {
  nl: 'Een voorbeeld van een opgave uit een wervingstekst van rond 2019 (leidenzoekttalent.nl), geen besluit van de gemeenteraad. De titel is in eigen woorden; de bronpagina heeft de letterlijke tekst. Of het programma er nu aan werkt, staat niet in de bron.',
  en: 'An example of an opgave from a recruitment text of around 2019 (leidenzoekttalent.nl), not a council decision. The title is paraphrased; the source page has the exact wording. Whether the programme works on it now is not in the source.',
}

export const opgaveRows: (typeof opgaven.$inferInsert)[] = [
  { id: 'leiden2022-inclusieve-stad', status: 'completed', sourceUrl: source, validTo: '2022',
    title: { nl: 'European City of Science 2022 benutten voor een inclusieve stad', en: 'European City of Science 2022 for an inclusive city' },
    summary: { nl: 'Hoe zet je European City of Science vóór en tijdens 2022 in — programmering, maatschappelijke partners, bewoners — voor de ambities van de gemeenteraad voor een inclusieve stad?',
      en: 'How to use European City of Science before and during 2022 — programming, social partners, residents — for the council’s ambitions for an inclusive city.' },
    description: { nl: `${example.nl} Deze opgave liep af met 2022.`, en: `${example.en} This opgave ended with 2022.` } },
  { id: 'kennis-cultuur-erfgoed', status: 'example', sourceUrl: source,
    title: { nl: 'Kennis, cultuur en erfgoed verbinden', en: 'Connecting knowledge, culture and heritage' },
    summary: { nl: 'De programmering van European City of Science 2022 putten uit de monumenten, musea en collecties van de stad.',
      en: 'Drawing the European City of Science 2022 programming from the city’s monuments, museums and collections.' },
    description: example },
  { id: 'internationalisering', status: 'example', sourceUrl: source,
    title: { nl: 'Internationalisering', en: 'Internationalisation' },
    summary: { nl: 'Inspelen op globalisering, meer internationale congressen naar Leiden halen en Europese fondsen beter benutten.',
      en: 'Anticipating globalisation, bringing more international congresses to Leiden and making better use of European funding.' },
    description: example },
]

export const opgaveThemeRows: (typeof opgaveThemes.$inferInsert)[] = [
  { opgaveId: 'leiden2022-inclusieve-stad', themeId: 'stad-als-lab' },
  { opgaveId: 'kennis-cultuur-erfgoed', themeId: 'cultureel-erfgoed' },
  { opgaveId: 'internationalisering', themeId: 'internationalisering' },
]

/** The brief names no partners per opgave (and mboRijnland and Naturalis joined after it was written): none are linked. */
export const opgavePartnerRows: (typeof opgavePartners.$inferInsert)[] = []
