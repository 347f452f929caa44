/**
 * The direction imports may take (checked in `npm test` and `npm run lint`): shared base → schema → worker base →
 * ingest → data → formats → http → routes | pages | middleware → app; jobs (queue and cron) stand on the data layer
 * beside http, and only the Worker's entry calls them. Widgets use only the shared base and their generated
 * client. No cycles, type-only imports included.
 */
const layer = (name, path, mayNotImport, comment) => ({
  name, severity: 'error', comment, from: { path }, to: { path: mayNotImport },
})
const test = '\\.test\\.ts$'

module.exports = {
  forbidden: [
    { name: 'no-cycles', severity: 'error', comment: 'A cycle makes two modules one; split or move what they share.', from: {}, to: { circular: true } },
    layer('core-is-the-base', '^core/', '^(schema|worker|widgets|scripts|test)/', 'core/ is plain TypeScript that everything else may use; it uses nothing of ours.'),
    layer('schema-below-worker', '^schema/', '^(worker|widgets|scripts|test)/', 'schema/ (tables, API schemas, seed) knows nothing of the Worker.'),
    layer('base-below-data', '^worker/base/', '^worker/(ingest|data|formats|http|routes|pages|middleware|jobs|app|index)', 'worker/base holds types and primitives only.'),
    layer('ingest-below-data', '^worker/ingest/', '^worker/(data|formats|http|routes|pages|middleware|jobs|app|index)', 'worker/ingest reads and fetches feeds; it knows no database.'),
    layer('data-below-http', '^worker/data/', '^worker/(formats|http|routes|pages|middleware|jobs|app|index)', 'The data layer answers queries; it does not know about responses.'),
    layer('jobs-beside-http', '^worker/jobs/', '^worker/(formats|http|routes|pages|middleware|app|index)', 'Jobs (queue consumers, cron rounds) write through the data layer, never through HTTP.'),
    layer('nothing-calls-jobs', '^worker/(base|ingest|data|formats|http|routes|pages|middleware)/', '^worker/jobs/', 'Only the Worker entry (index.ts) starts jobs; routes enqueue messages.'),
    layer('formats-below-http', '^worker/formats/', '^worker/(http|routes|pages|middleware|app|index)', 'Formats render data; routes choose them.'),
    layer('http-helpers-below-routes', '^worker/http/', '^worker/(routes|pages|middleware|app|index)', 'worker/http holds what routes share.'),
    layer('routes-not-pages', '^worker/routes/', '^worker/(pages|middleware|app|index)', 'Routes and pages both stand on the data layer, not on each other.'),
    layer('pages-not-routes', '^worker/pages/', '^worker/(routes|middleware|app|index)', 'Pages use the data layer, never route handlers.'),
    layer('middleware-alone', '^worker/middleware/', '^worker/(routes|pages|app|index)', 'Middleware wraps handlers; it does not call them.'),
    layer('widgets-on-the-contract', '^widgets/src/', '^(worker|schema|scripts|test)/', 'Widgets know the API only through the client generated from the contract.'),
    { name: 'production-not-tests', severity: 'error', from: { path: '^(core|schema|worker|widgets/src)/', pathNot: test }, to: { path: ['^test/', '^scripts/', test] } },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: ['node_modules', 'widgets/src/generated', '\\.d\\.ts$'] },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: { exportsFields: ['exports'], conditionNames: ['import', 'require', 'node', 'default', 'types'] },
  },
}
