/**
 * The licences a record may carry, by SPDX id: CC0 1.0 (data.overheid.nl's default: free to use, attribution not
 * required) and CC BY 4.0 (free to use when the source is named), with what people and machines need of each.
 */
export const LICENSE = {
  'CC0-1.0': { name: 'CC0 1.0', url: 'https://creativecommons.org/publicdomain/zero/1.0/', attribution: false },
  'CC-BY-4.0': { name: 'CC BY 4.0', url: 'https://creativecommons.org/licenses/by/4.0/', attribution: true },
} as const
export type License = keyof typeof LICENSE
export const LICENSE_IDS = Object.keys(LICENSE) as [License, ...License[]]
