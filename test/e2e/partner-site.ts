/** A partner's own web site for the embedding tests: static HTML (SVG images, its agenda as .ics) on another origin (its own loopback port). */
import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'

export type PartnerSite = { url: string; pages: Map<string, string>; close: () => Promise<void> }

export async function startPartnerSite(pages = new Map<string, string>()): Promise<PartnerSite> {
  const server = createServer((req, res) => {
    const body = pages.get(req.url ?? '/')
    const type = req.url?.endsWith('.svg') ? 'image/svg+xml' : req.url?.endsWith('.ics') ? 'text/calendar; charset=utf-8' : 'text/html; charset=utf-8'
    res.writeHead(body ? 200 : 404, { 'Content-Type': type }).end(body ?? 'not found')
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    pages,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  }
}
