/** Requests through the real Worker inside workerd, as a client on the network would make them. */
import { SELF } from 'cloudflare:test'

export const BASE = 'http://localhost'

export function get(path: string, headers: Record<string, string> = {}): Promise<Response> {
  return SELF.fetch(`${BASE}${path}`, { headers })
}

export async function getJson<T = any>(path: string, headers: Record<string, string> = {}): Promise<{ res: Response; body: T }> {
  const res = await get(path, headers)
  return { res, body: (await res.json()) as T }
}

/** Follows `links.next` from `path` to the last page and returns every item in order. */
export async function walk<T = any>(path: string): Promise<{ items: T[]; pages: number }> {
  const items: T[] = []
  let next: string | null = path
  let pages = 0
  while (next) {
    const { res, body }: { res: Response; body: any } = await getJson(next.startsWith('http') ? next.slice(BASE.length) : next)
    if (res.status !== 200) throw new Error(`${next} answered ${res.status}: ${JSON.stringify(body)}`)
    items.push(...body.data)
    next = body.links.next
    pages += 1
    if (pages > 1000) throw new Error('pagination does not end')
  }
  return { items, pages }
}
