/** The feeds list's filters (for partner and editor keys; not a published collection). */
import * as t from '../../../schema/tables'
import { type FilterTable, named, refFilter } from '../filters'
import { inList } from '../sql'

export const feedFilters = {
  partner: refFilter(named('Partner', 'Partner', true), 'partners', 'Only the feeds of this partner.', 'naturalis', (ids) => inList(t.feeds.partnerId, ids)),
} satisfies FilterTable
