import { copyFileSync, mkdirSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import minifyLiterals from 'rollup-plugin-html-literals'
import { defineConfig, type Plugin } from 'vite'
import pkg from '../package.json' with { type: 'json' }

const root = dirname(fileURLToPath(import.meta.url))
const out = join(root, '../public/widgets')

/**
 * Lit puts a few names on `globalThis`: version lists for its duplicate detection (litHtmlVersions,
 * litElementVersions, reactiveElementVersions) and a WeakMap shared by its decorators (litPropertyMetadata). The
 * embed promises no globals but its element names, so the lists are dropped and the WeakMap becomes module-local
 * (this bundle holds the one copy of Lit that uses it).
 */
function noLitGlobals(): Plugin {
  const LOCAL = '__kennisstadPropertyMetadata'
  return {
    name: 'kennisstad-no-lit-globals',
    renderChunk(code) {
      const stripped = code
        .replace(/\(\s*[\w$]+\.(litHtmlVersions|litElementVersions|reactiveElementVersions)\s*\?\?=\s*\[\]\s*\)\.push\("[\d.]+"\)/g, 'void 0')
        .replace(/[\w$]+\.litPropertyMetadata\s*\?\?=\s*(\/\*\s*@__PURE__\s*\*\/\s*)?new WeakMap(\(\))?/g, 'void 0')
        .replace(/(globalThis\.)?\blitPropertyMetadata\b/g, LOCAL)
      if (/(litHtmlVersions|litElementVersions|reactiveElementVersions|litPropertyMetadata)/.test(stripped)) {
        throw new Error('Lit globals left in the widget bundle; update the noLitGlobals patterns')
      }
      return `const ${LOCAL} = new WeakMap();\n${stripped}`
    },
  }
}

/** One ES module at an exact, immutable version path, plus the major (`v1`) and unversioned aliases. */
function aliases(): Plugin {
  return {
    name: 'kennisstad-widget-aliases',
    closeBundle() {
      const built = join(out, pkg.version, 'kennisstad.js')
      for (const alias of ['v1', '.']) {
        mkdirSync(join(out, alias), { recursive: true })
        copyFileSync(built, join(out, alias, 'kennisstad.js'))
      }
    },
  }
}

export default defineConfig({
  root,
  define: { __WIDGET_VERSION__: JSON.stringify(pkg.version) },
  build: {
    outDir: join(out, pkg.version),
    emptyOutDir: true,
    target: 'es2022',
    minify: true,
    lib: { entry: join(root, 'src/index.ts'), formats: ['es'], fileName: () => 'kennisstad.js' },
    // Lib mode keeps whitespace for downstream bundlers; this file is shipped as is, so minify it fully.
    rollupOptions: { output: { codeSplitting: false, minify: true } },
  },
  // The css`` and html`` templates minified too (Lit's own advice; Vite leaves template literals alone).
  plugins: [{ ...minifyLiterals({ failOnError: true }), enforce: 'pre' }, noLitGlobals(), aliases()],
})
