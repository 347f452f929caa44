import type { Context } from 'hono'
import { DATASETS, dataset as datasetById, distributions } from '../../formats/datasets'
import { datasetStats } from '../../data/stats'
import type { AppEnv, AppRouteHandler } from '../../base/env'
import { DIALECTS, type Dialect } from '../../formats/csv'
import { csvwDatatype, exampleIn } from '../../../schema/csv/dialect'
import { codeLabel } from '../../../core/locale'
import { type Dataset, FORMATS, type FormatId } from '../../formats/registry'
import { toRfc3339, utcToZoned } from '../../../core/time'
import { openApiInfo } from '../../base/openapi-info'
import { LICENSE, licenseOfAll } from '../../../core/license'
import type { catalog as catalogRoute, csvMetadata as csvMetadataRoute } from './datasets.routes'

const fileType = (format: FormatId): string | undefined => (FORMATS[format] as { fileType?: string }).fileType
const CC0 = LICENSE['CC0-1.0'].uri
const langs = (t: { nl: string; en: string }) => [{ '@value': t.nl, '@language': 'nl' }, { '@value': t.en, '@language': 'en' }]

/** W3C CSV on the Web metadata for one dataset's CSV (and dialect). */
export function csvwMetadata(origin: string, dataset: Dataset, dialect: Dialect, licenses: readonly string[] = ['CC0-1.0']) {
  const d = DIALECTS[dialect]
  const csvUrl = `${origin}/v1/${dataset.id}?format=csv${dialect === 'rfc4180' ? '' : `&dialect=${dialect}`}`
  return {
    '@context': ['http://www.w3.org/ns/csvw', { '@language': 'en' }],
    url: csvUrl,
    'dc:title': langs(dataset.title),
    'dc:description': langs(dataset.description),
    'dc:license': { '@id': LICENSE[licenseOfAll(licenses)].uri },
    dialect: { delimiter: d.delimiter, header: true, encoding: 'utf-8', lineTerminators: ['\r\n'], skipInitialSpace: false },
    tableSchema: {
      primaryKey: 'id',
      columns: dataset.columns.map((c) => ({
        name: c.name, titles: c.name,
        datatype: csvwDatatype(c.type, dialect),
        'dc:description': langs(c.description),
        'skos:example': exampleIn(c.example, c.type, dialect),
        ...(c.codes ? {
          'skos:member': c.codes.values.map((v) => ({ 'skos:notation': v, 'skos:prefLabel': langs({ nl: codeLabel(c.codes!.field, v, 'nl'), en: codeLabel(c.codes!.field, v, 'en') }) })),
        } : {}),
        required: c.name === 'id',
      })),
    },
    notes: [{
      '@type': 'oa:Annotation', 'oa:motivation': 'oa:editing',
      'oa:body': "Text cells that start with =, +, -, @, TAB or CR are prefixed with ' (formula-injection protection); number columns are plain numbers.",
    }],
  }
}

export const csvMetadata: AppRouteHandler<typeof csvMetadataRoute> = async (c) => {
  const dataset = datasetById(c.req.valid('param').dataset)!
  const stats = await datasetStats(c.get('db'))
  const body = csvwMetadata(new URL(c.req.url).origin, dataset, c.req.valid('query').dialect ?? 'rfc4180', stats[dataset.id].licenses)
  return c.body(JSON.stringify(body), 200, { 'Content-Type': 'application/csvm+json; charset=utf-8' })
}

export const catalog: AppRouteHandler<typeof catalogRoute> = async (c: Context<AppEnv>) => {
  const origin = new URL(c.req.url).origin
  const stats = await datasetStats(c.get('db'))
  const publisher = { '@id': `${origin}/#publisher`, '@type': 'foaf:Agent', 'foaf:name': 'Kennisstad Leiden' }
  const contact = { '@type': 'vcard:Organization', 'vcard:fn': openApiInfo.info.contact.name, 'vcard:hasEmail': { '@id': `mailto:${openApiInfo.info.contact.email}` } }
  const body = {
    '@context': {
      dcat: 'http://www.w3.org/ns/dcat#', dct: 'http://purl.org/dc/terms/', foaf: 'http://xmlns.com/foaf/0.1/',
      vcard: 'http://www.w3.org/2006/vcard/ns#', xsd: 'http://www.w3.org/2001/XMLSchema#', rdfs: 'http://www.w3.org/2000/01/rdf-schema#',
    },
    '@id': `${origin}/v1/catalog`, '@type': 'dcat:Catalog',
    'dct:title': langs({ nl: 'Kennisstad Open Data', en: 'Kennisstad Open Data' }),
    'dct:description': langs({ nl: 'Open data van het programma Kennisstad Leiden.', en: 'Open data of the Kennisstad Leiden programme.' }),
    'dct:publisher': publisher, 'dct:license': { '@id': CC0 }, 'foaf:homepage': { '@id': `${origin}/` },
    'dct:language': [{ '@id': 'http://publications.europa.eu/resource/authority/language/NLD' }, { '@id': 'http://publications.europa.eu/resource/authority/language/ENG' }],
    'dcat:dataset': DATASETS.map((d) => {
      const s = stats[d.id]
      // CC BY 4.0 as soon as a record of the dataset asks for attribution; each record names its own licence and source.
      const license = { '@id': LICENSE[licenseOfAll(s.licenses)].uri }
      const rights = s.licenses.length > 1 ? {
        'dct:rights': { '@type': 'dct:RightsStatement', 'rdfs:label': langs({ nl: 'Elke rij noemt haar licentie en bron (provenance.license, kolom source_license): CC0 1.0, of CC BY 4.0 voor wat een partner op die voorwaarde aanlevert.', en: 'Each row names its licence and source (provenance.license, column source_license): CC0 1.0, or CC BY 4.0 for what a partner supplies on that condition.' }) },
      } : {}
      return {
        '@id': `${origin}/data#${d.id}`, '@type': 'dcat:Dataset', 'dct:identifier': `kennisstad-${d.id}`,
        'dct:title': langs(d.title), 'dct:description': langs(d.description),
        'dct:publisher': publisher, 'dcat:contactPoint': contact, 'dct:license': license, ...rights,
        'dct:accessRights': { '@id': 'http://publications.europa.eu/resource/authority/access-right/PUBLIC' },
        'dcat:theme': [{ '@id': 'http://publications.europa.eu/resource/authority/data-theme/EDUC' }],
        'dcat:keyword': ['Kennisstad', 'Leiden', d.id],
        'dcat:landingPage': { '@id': `${origin}/data#${d.id}` },
        ...(s.modified ? { 'dct:modified': { '@value': s.modified, '@type': 'xsd:dateTime' } } : {}),
        ...(s.first && s.last ? {
          'dct:temporal': {
            '@type': 'dct:PeriodOfTime',
            // Local (Amsterdam) calendar dates; the last end is exclusive, so the period ends the second before.
            'dcat:startDate': { '@value': utcToZoned(s.first).date, '@type': 'xsd:date' },
            'dcat:endDate': { '@value': utcToZoned(toRfc3339(Date.parse(s.last) - 1000)).date, '@type': 'xsd:date' },
          },
        } : {}),
        'dcat:distribution': distributions(origin, d).map((x) => ({
          '@id': `${origin}/data#${d.id}-${x.format}${x.dialect ? `-${x.dialect}` : ''}`, '@type': 'dcat:Distribution',
          'dct:title': langs(x.title), 'dcat:accessURL': { '@id': x.url }, 'dcat:downloadURL': { '@id': x.url },
          'dcat:mediaType': { '@id': `https://www.iana.org/assignments/media-types/${x.mediaType}` },
          ...(fileType(x.format) ? { 'dct:format': { '@id': `http://publications.europa.eu/resource/authority/file-type/${fileType(x.format)}` } } : {}),
          'dct:license': license,
          ...(x.format === 'csv' ? { 'dct:conformsTo': { '@id': 'https://www.rfc-editor.org/rfc/rfc4180' }, 'foaf:page': { '@id': `${origin}/v1/csv-metadata/${d.id}${x.dialect === 'excel-nl' ? '?dialect=excel-nl' : ''}` } } : {}),
        })),
      }
    }),
  }
  return c.body(JSON.stringify(body), 200, { 'Content-Type': 'application/ld+json; charset=utf-8' })
}
