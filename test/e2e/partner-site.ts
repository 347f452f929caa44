/** A partner's own web site for the embedding tests: static HTML (and SVG images) on another origin (its own loopback port). */
import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'

export type PartnerSite = { url: string; pages: Map<string, string>; close: () => Promise<void> }

export async function startPartnerSite(pages = new Map<string, string>()): Promise<PartnerSite> {
  const server = createServer((req, res) => {
    const body = pages.get(req.url ?? '/')
    res.writeHead(body ? 200 : 404, { 'Content-Type': req.url?.endsWith('.svg') ? 'image/svg+xml' : 'text/html; charset=utf-8' }).end(body ?? 'not found')
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    pages,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  }
}
