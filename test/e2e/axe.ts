/** axe-core accessibility check of the page as it is now (WCAG 2.1 A/AA rules). */
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import type { Page } from 'playwright'

const source = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8')

type Axe = { run: (context: unknown, options: unknown) => Promise<{ violations: { id: string; help: string; nodes: { target: string[] }[] }[] }> }

export async function axeViolations(page: Page, include?: string): Promise<string[]> {
  await page.evaluate(source)
  // Runs in the page; `globalThis` is the page's window there (this file is type-checked without DOM types).
  const result = await page.evaluate(async (selector) => {
    const page = globalThis as unknown as { axe: Axe; document: unknown }
    return page.axe.run(selector ? { include: [selector] } : page.document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } })
  }, include ?? null)
  return result.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`)
}
