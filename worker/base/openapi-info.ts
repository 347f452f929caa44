/**
 * The `info`, `servers` and `tags` of the published OpenAPI document. The description is what a developer reads
 * first on /docs, so it explains the conventions once instead of on every operation.
 */
import { API_VERSION } from './version'

const description = `Open data of **Kennisstad Leiden**, the programme in which the city works with Universiteit Leiden,
LUMC, Hogeschool Leiden, mboRijnland and Naturalis: its **events**, the **opgaven** (challenges) it works on, the
**partners** involved and the **places** where things happen. No key, no registration; CORS is open.

## Conventions
- **Pages**: collections return \`{ data, links, meta }\`. Pass \`limit\` (1–100, default 20) and follow
  \`links.next\` (also in the \`Link\` header) until it is \`null\`. Cursors are opaque; the order is deterministic.
- **Filters** combine with AND; a comma-separated list inside one filter means OR: \`?partner=naturalis,lumc\`.
- **Times** are RFC 3339 instants in UTC (\`Z\`); each event carries its \`timeZone\` (Europe/Amsterdam) to display
  them in. \`from\`/\`to\` take a date (a local day in Amsterdam) or a date-time with offset. An event matches when it
  overlaps the window, so a running exhibition appears in today's listing.
- **Bilingual text** is \`{ "nl": …, "en": … }\`; \`en\` is \`null\` where no translation exists.
- **Errors** are RFC 9457 \`application/problem+json\`; invalid input is 400 with an \`errors\` array naming every bad
  parameter. Unknown query parameters are rejected, so a typo never silently returns everything.
- **Caching**: responses carry a strong \`ETag\`; send \`If-None-Match\` to get \`304 Not Modified\`.
- **Formats**: every collection is also CSV (\`?format=csv\`, or \`Accept: text/csv\`; all matching rows, streamed;
  \`dialect=excel-nl\` for Dutch Excel) and schema.org JSON-LD (\`?format=jsonld\`); events are also an iCalendar feed
  (\`?format=ics\`). Column definitions: \`/csv-metadata/{dataset}\`; catalog: \`/catalog\` (DCAT-AP-NL).
- **Demo data**: events with \`demo: true\` are fictitious examples that keep upcoming listings populated. Leave them out
  with \`demo=false\`.

## Deviations from the NL API Design Rules
- Public responses are cacheable (\`Cache-Control: public, max-age=60\`) instead of \`no-store\`: this is open data
  without personal information, and caching keeps embedded listings fast.
- The data licence is CC0 1.0 (public domain dedication), the default of data.overheid.nl, except records a partner
  publishes in its feed under CC BY 4.0: each record names its licence and source in \`provenance\`.`

export const openApiInfo = {
  openapi: '3.1.0',
  info: {
    title: 'Kennisstad Open Data API',
    version: API_VERSION,
    description,
    contact: { name: 'Kennisstad Open Data', url: 'https://leidenkennisstad.nl', email: 'opendata@kennisstad.example' },
    license: { name: 'CC0 1.0 (data)', identifier: 'CC0-1.0' },
  },
  servers: [
    { url: '/v1', description: 'This deployment (relative to the document)' },
  ],
  tags: [
    { name: 'Events', description: 'Activities of the programme, past and upcoming.' },
    { name: 'Opgaven', description: 'The challenges the programme works on.' },
    { name: 'Partners', description: 'Organisations taking part.' },
    { name: 'Places', description: 'Venues, buildings, halls and squares.' },
    { name: 'Themes', description: 'Themes and tracks used to classify events and opgaven.' },
    { name: 'Sync', description: 'Search everything, and the change feed for mirrors.' },
    { name: 'Feeds', description: 'Partners’ own calendar feeds (iCalendar, schema.org JSON-LD), imported on a schedule, with a report of every run. Partner and editor keys only.' },
    { name: 'Webhooks', description: 'Signed pushes of the change feed to your endpoint (Standard Webhooks), for any key; a live stream for pages.' },
    { name: 'Audit', description: 'Who changed what, for editors.' },
    { name: 'Datasets', description: 'Metadata for harvesting and downloads: the DCAT catalog and the CSV data dictionaries.' },
  ],
}
