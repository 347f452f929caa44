/**
 * Writes public/widgets/custom-elements.json, the Custom Elements Manifest of the widgets, with the analyzer of the
 * open-wc project and its Lit support (`npm run build:widgets` runs this). The JSDoc of each element is the source for
 * its summary, parts, slots and events; what the analyzer cannot see is added from where it is written once:
 * - the tag names, from the `elements` list in widgets/src/index.ts;
 * - the filter attributes, generated at run time from the contract (`filterProperties('<collection>')`): names from
 *   widgets/src/generated/filters.ts, descriptions and examples from openapi/openapi.json;
 * - the theming custom properties and the layouts, from core/widget-theme.ts.
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join, relative } from 'node:path'
import * as analyzer from '@custom-elements-manifest/analyzer'
// @ts-expect-error The analyzer ships its Lit plugin without type declarations.
import { litPlugin } from '@custom-elements-manifest/analyzer/src/features/framework-plugins/lit/lit.js'
import type { ClassDeclaration, CustomElement, Package } from 'custom-elements-manifest/schema'
import { attributeName } from '../core/attribute'
import { LAYOUTS, THEME, THEME_LABELS, type ThemeName, themeDefault } from '../core/widget-theme'
import { FILTERS } from '../widgets/src/generated/filters'

// Its typings declare the plugin types only; `create` and its own TypeScript are what index.js exports.
const { create, ts } = analyzer as unknown as { create: (o: { modules: unknown[]; plugins: unknown[] }) => Package; ts: typeof import('typescript') }
type CustomElementDeclaration = ClassDeclaration & CustomElement

const root = join(import.meta.dirname, '..')
const src = join(root, 'widgets/src')
const out = join(root, 'public/widgets/custom-elements.json')

type Parameter = { name: string; description?: string; schema: Record<string, unknown> }
const spec = JSON.parse(readFileSync(join(root, 'openapi/openapi.json'), 'utf8')) as { paths: Record<string, { get: { parameters: Parameter[] } }> }

/** Tag names as index.ts registers them: `['kennisstad-events', KennisstadEvents]`. */
const TAGS = new Map([...readFileSync(join(src, 'index.ts'), 'utf8').matchAll(/\['(kennisstad-[\w-]+)', (\w+)\]/g)].map((m) => [m[2]!, m[1]!]))

/** Adds what the analyzer cannot read from the source (see the file comment). */
function kennisstadPlugin() {
  return {
    name: 'kennisstad',
    packageLinkPhase({ customElementsManifest }: { customElementsManifest: Package }) {
      const all = customElementsManifest.modules.flatMap((m) => (m.declarations ?? []) as CustomElementDeclaration[])
      const named = (name: string) => all.find((d) => d.name === name)
      for (const mod of customElementsManifest.modules) {
        const source = readFileSync(join(root, mod.path), 'utf8')
        for (const decl of (mod.declarations ?? []) as CustomElementDeclaration[]) {
          const tagName = TAGS.get(decl.name)
          if (!tagName) continue
          decl.customElement = true
          decl.tagName = tagName
          mod.exports = [...(mod.exports ?? []), { kind: 'custom-element-definition', name: tagName, declaration: { name: decl.name, module: mod.path } }]
          const collection = /filterProperties\('(\w+)'\)/.exec(source)?.[1] as keyof typeof FILTERS | undefined
          if (collection) {
            const params = spec.paths[`/${collection}`]!.get.parameters
            decl.attributes = [...(decl.attributes ?? []), ...FILTERS[collection].map((name) => {
              const p = params.find((x) => x.name === name)!
              const example = p.schema.example === undefined ? '' : ` Example: \`${String(p.schema.example)}\`.`
              return { name: attributeName(name), fieldName: name, type: { text: 'string' }, description: `API filter \`${name}\`: ${p.description ?? ''}${example}` }
            })]
          }
          // What the base list documents (slot, parts, events) holds for every list; the analyzer only copies members.
          const base = decl.superclass?.name ? named(decl.superclass.name) : undefined
          const union = <T extends { name: string }>(own: T[] = [], inherited: T[] = []) => [...inherited.filter((x) => !own.some((o) => o.name === x.name)), ...own]
          decl.slots = union(decl.slots, base?.slots)
          decl.cssParts = union(decl.cssParts, base?.cssParts)
          // The events list shows cards and exports their parts (`PARTS`): documented once, on the card.
          const exported = /const PARTS = '([^']+)'/.exec(source)?.[1]?.split(', ')
          if (exported) decl.cssParts = union(decl.cssParts, named('KennisstadEventCard')!.cssParts!.filter((p) => exported.includes(p.name)))
          // Events as documented (@fires); the analyzer also guesses one from `new CustomEvent(type, …)`.
          decl.events = union(decl.events, base?.events).filter((e) => e.name?.startsWith('kennisstad-') && e.description)
          for (const a of decl.attributes ?? []) if (a.name === 'layout') a.type = { text: LAYOUTS.map((l) => `'${l}'`).join(' | ') }
          decl.cssProperties = (Object.keys(THEME) as ThemeName[]).map((name) => ({
            name: `--kennisstad-${name}`, default: themeDefault(THEME[name]), description: THEME_LABELS[name][1],
          }))
        }
      }
    },
  }
}

const files = readdirSync(src, { recursive: true, encoding: 'utf8' })
  .filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts') && !f.startsWith('generated') && f !== 'test-helpers.ts')
  .map((f) => join(src, f))
const modules = files.map((f) => ts.createSourceFile(relative(root, f), readFileSync(f, 'utf8'), ts.ScriptTarget.ES2022, true))
const manifest = create({ modules, plugins: [...litPlugin(), kennisstadPlugin()] }) as Package
// Only the modules that hold an element or what an element inherits from: the manifest describes the elements.
manifest.modules = manifest.modules.filter((m) => m.declarations?.some((d) => (d as CustomElementDeclaration).customElement))
mkdirSync(join(root, 'public/widgets'), { recursive: true })
writeFileSync(out, `${JSON.stringify(manifest, null, 2)}\n`)
console.log(`custom elements manifest: ${relative(root, out)} (${manifest.modules.length} modules)`)
