/**
 * The licences a record may carry, by SPDX id: CC0 1.0 (data.overheid.nl's default: free to use, attribution not
 * required) and CC BY 4.0 (free to use when the source is named), with what people and machines need of each:
 * `url` for people and schema.org, `uri` as DCAT-AP-NL's value list (data.overheid.nl) names it.
 */
export const LICENSE = {
  'CC0-1.0': { name: 'CC0 1.0', url: 'https://creativecommons.org/publicdomain/zero/1.0/', uri: 'http://creativecommons.org/publicdomain/zero/1.0/', attribution: false },
  'CC-BY-4.0': { name: 'CC BY 4.0', url: 'https://creativecommons.org/licenses/by/4.0/', uri: 'http://creativecommons.org/licenses/by/4.0/', attribution: true },
} as const
export type License = keyof typeof LICENSE
export const LICENSE_IDS = Object.keys(LICENSE) as [License, ...License[]]

/**
 * The licence of a set of records as a whole: CC BY 4.0 as soon as one record asks for attribution (its source is
 * named in that record), else CC0 1.0.
 */
export const licenseOfAll = (ids: readonly string[]): License => (ids.includes('CC-BY-4.0') ? 'CC-BY-4.0' : 'CC0-1.0')
