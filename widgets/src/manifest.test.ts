// The Custom Elements Manifest (public/widgets/custom-elements.json, served by the Worker) against the elements as
// the browser registers them: every attribute an element observes is documented and nothing else; every part it
// renders is documented; the theming properties are those of core/widget-theme.ts.
import { describe, expect, it } from 'vitest'
import { THEME } from '../../core/widget-theme'
import { API, json, mount, nextEvent, settle, shadow } from './test-helpers'

type Declaration = { tagName?: string; attributes?: { name: string; description?: string }[]; cssParts?: { name: string; description?: string }[];
  cssProperties?: { name: string; default?: string }[]; events?: { name: string; description?: string }[]; summary?: string; description?: string }

async function declarations(): Promise<Map<string, Declaration>> {
  const manifest = await json('/widgets/custom-elements.json')
  const all = manifest.modules.flatMap((m: { declarations?: Declaration[] }) => m.declarations ?? []) as Declaration[]
  return new Map(all.filter((d) => d.tagName).map((d) => [d.tagName!, d]))
}

/** Every `part` name inside `root`, through nested shadow roots. */
function partsIn(root: ShadowRoot | Element, found = new Set<string>()): Set<string> {
  for (const node of root.querySelectorAll('*')) {
    for (const p of node.getAttribute('part')?.split(/\s+/).filter(Boolean) ?? []) found.add(p)
    if (node.shadowRoot && !node.hasAttribute('exportparts')) continue
    if (node.shadowRoot) partsIn(node.shadowRoot, found)
  }
  return found
}

describe('custom-elements.json', () => {
  it('describes each registered element with exactly the attributes it observes, each documented', async () => {
    const decls = await declarations()
    expect([...decls.keys()].sort()).toEqual(['kennisstad-event-card', 'kennisstad-events', 'kennisstad-opgaven', 'kennisstad-partners'])
    for (const [tag, decl] of decls) {
      const observed = (customElements.get(tag) as unknown as { observedAttributes: string[] }).observedAttributes
      expect(decl.attributes!.map((a) => a.name).sort(), tag).toEqual([...observed].sort())
      for (const a of decl.attributes!) expect(a.description, `${tag} ${a.name}`).toBeTruthy()
      expect(decl.summary, tag).toBeTruthy()
      expect(decl.events!.map((e) => e.name).sort(), tag).toEqual(['kennisstad-error', 'kennisstad-load'])
      expect(decl.cssProperties!.map((p) => p.name), tag).toEqual(Object.keys(THEME).map((n) => `--kennisstad-${n}`))
    }
  })

  it('documents every part the elements render, in every layout and state', async () => {
    const decls = await declarations()
    for (const layout of ['list', 'cards', 'agenda']) {
      const el = await mount(`<kennisstad-events api="${API()}" demo="true" limit="20" layout="${layout}" refresh="0"></kennisstad-events>`)
      await nextEvent(el)
      await settle(el)
      const documented = new Set(decls.get('kennisstad-events')!.cssParts!.map((p) => p.name))
      for (const part of partsIn(shadow(el))) expect(documented.has(part), `kennisstad-events ${layout}: ${part}`).toBe(true)
      el.remove()
    }
    for (const tag of ['kennisstad-opgaven', 'kennisstad-partners']) {
      const el = await mount(`<${tag} api="${API()}" limit="3"></${tag}>`)
      await nextEvent(el)
      await settle(el)
      const documented = new Set(decls.get(tag)!.cssParts!.map((p) => p.name))
      for (const part of partsIn(shadow(el))) expect(documented.has(part), `${tag}: ${part}`).toBe(true)
      el.remove()
    }
  })
})
