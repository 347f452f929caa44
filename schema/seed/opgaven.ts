/**
 * Themes (SKOS-like concepts in four schemes) and the three opgaven of the programme (kennisstad-facts.md §0, §3).
 * The opgaven are published word for word on leidenzoekttalent.nl; the titles here paraphrase them, and say so.
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
    ['space-for-science', 'Ruimte voor wetenschap', 'Space for Science'],
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
const paraphrase = {
  nl: 'Titel in eigen woorden; de letterlijke formulering staat op de bronpagina.',
  en: 'Title paraphrased; the source page has the exact wording.',
}

export const opgaveRows: (typeof opgaven.$inferInsert)[] = [
  { id: 'leiden2022-inclusieve-stad', status: 'active', sourceUrl: source,
    title: { nl: 'European City of Science 2022 benutten voor een inclusieve stad', en: 'European City of Science 2022 for an inclusive city' },
    summary: { nl: 'Leiden was in 2022 European City of Science. De opgave: de kennis van dat jaar laten doorwerken voor álle Leidenaren.',
      en: 'Leiden was European City of Science in 2022. The challenge: let that year’s knowledge benefit every resident.' },
    description: paraphrase },
  { id: 'kennis-cultuur-erfgoed', status: 'active', sourceUrl: source,
    title: { nl: 'Kennis, cultuur en erfgoed verbinden', en: 'Connecting knowledge, culture and heritage' },
    summary: { nl: 'De stad als laboratorium én als podium: kennis zichtbaar maken via cultuur en erfgoed.',
      en: 'The city as a laboratory and as a stage: making knowledge visible through culture and heritage.' },
    description: paraphrase },
  { id: 'internationalisering', status: 'active', sourceUrl: source,
    title: { nl: 'Internationalisering', en: 'Internationalisation' },
    summary: { nl: 'Leiden als internationale kennisstad voor studenten, onderzoekers en hun gezinnen.',
      en: 'Leiden as an international city of knowledge for students, researchers and their families.' },
    description: paraphrase },
]

export const opgaveThemeRows: (typeof opgaveThemes.$inferInsert)[] = [
  { opgaveId: 'leiden2022-inclusieve-stad', themeId: 'stad-als-lab' },
  { opgaveId: 'kennis-cultuur-erfgoed', themeId: 'cultureel-erfgoed' },
  { opgaveId: 'internationalisering', themeId: 'internationalisering' },
]

const signatories = ['gemeente-leiden', 'universiteit-leiden', 'lumc', 'hogeschool-leiden', 'mborijnland', 'naturalis']
export const opgavePartnerRows: (typeof opgavePartners.$inferInsert)[] = [
  ...opgaveRows.flatMap((o) => signatories.map((partnerId) => ({ opgaveId: o.id, partnerId, role: 'partner' as const }))),
  { opgaveId: 'leiden2022-inclusieve-stad', partnerId: 'stichting-leiden2022', role: 'organiser' },
]
