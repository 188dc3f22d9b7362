/**
 * The layering of the project, checked on every `npm run lint` and `npm test`.
 * Read from the bottom up: a folder may import only what is below it.
 *
 *   scripts/ tests/          entry points and the test suite: anything below (tests may use scripts/lib)
 *   demo/                    the demo province: provisions through cms/features/provisioning, then adds content
 *   cms/                     Payload: server > config > features > collections > access/fields/hooks > lib
 *   sites/                   the generator: snapshots in, static sites and a report out; no Payload
 *   contract/ themes/        what the CMS and the generator share: snapshot types, site URLs and paths, vocabulary
 */
const ours = '^(cms|contract|demo|scripts|sites|tests|themes)/'
const payload = '^node_modules/(payload|@payloadcms|next)/'

/** A rule that lets `from` import only the listed folders of ours (and packages). */
const onlyImports = (name, comment, from, allowed) => ({
  name,
  comment,
  severity: 'error',
  from: { path: from },
  to: { path: ours, pathNot: allowed },
})

module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      comment: 'Modules must not import each other in a circle.',
      severity: 'error',
      from: {},
      to: { circular: true },
    },
    {
      name: 'no-folder-cycle',
      comment: 'Folders must not import each other in a circle, at any depth.',
      severity: 'error',
      scope: 'folder',
      from: {},
      to: { circular: true },
    },
    onlyImports('contract-is-the-bottom', 'The shared contract imports nothing of ours.', '^contract/', '^contract/'),
    onlyImports('themes-are-tokens', 'Themes depend only on the contract.', '^themes/', '^(themes|contract)/'),
    onlyImports(
      'generator-takes-snapshots',
      'The generator (sites/) knows the contract and the themes, never the CMS.',
      '^sites/',
      '^(sites|contract|themes)/',
    ),
    {
      name: 'generator-without-payload',
      comment: 'The generator and the contract import no Payload or Next code.',
      severity: 'error',
      from: { path: '^(sites|contract|themes)/' },
      to: { path: payload },
    },
    onlyImports(
      'astro-app-reads-the-contract',
      'The Astro app (sites/src) imports only the contract, the themes and itself.',
      '^sites/src/',
      '^(sites/src|contract|themes)/',
    ),
    onlyImports(
      'production-without-demo',
      'Production code (cms/) never imports the demo province, scripts or tests.',
      '^cms/',
      '^(cms|contract|themes|sites)/',
    ),
    onlyImports(
      'only-publishing-runs-the-generator',
      'Within the CMS only the publishing feature runs the generator.',
      '^cms/(?!features/publishing/)',
      '^(cms|contract|themes)/',
    ),
    onlyImports(
      'serving-reads-built-files',
      'The sites server reads built files by host name: it knows where data lives, never a feature.',
      '^cms/serving/',
      '^(cms/(serving|runtime|lib)|contract)/',
    ),
    onlyImports(
      'demo-is-a-user',
      'The demo province uses the CMS as a user would.',
      '^demo/',
      '^(demo|cms|contract|themes)/',
    ),
    onlyImports(
      'scripts-are-not-tests',
      'Scripts never import the test suite.',
      '^scripts/',
      '^(scripts|demo|cms|contract|sites|themes)/',
    ),
    onlyImports('lib-is-pure', 'cms/lib: small pure modules.', '^cms/lib/', '^(cms/lib|contract)/'),
    {
      name: 'lib-without-payload',
      comment: 'cms/lib holds pure modules: no Payload, no database.',
      severity: 'error',
      from: { path: '^cms/lib/' },
      to: { path: payload },
    },
    onlyImports(
      'runtime-is-low',
      'cms/runtime: where data lives and how the database is reached.',
      '^cms/runtime/',
      '^(cms/(runtime|lib)|contract)/',
    ),
    onlyImports('access-rules', 'Access rules depend on lib only.', '^cms/access/', '^(cms/(access|lib)|contract)/'),
    onlyImports(
      'fields',
      'Field factories depend on access and lib.',
      '^cms/fields/',
      '^(cms/(fields|access|lib)|contract)/',
    ),
    onlyImports(
      'hooks',
      'Hooks depend on access, fields, lib and runtime.',
      '^cms/hooks/',
      '^(cms/(hooks|fields|access|lib|runtime)|contract)/',
    ),
    onlyImports(
      'collections-hold-fields-and-access',
      'Collections and globals depend on access, fields, hooks, lib and runtime; features attach themselves.',
      '^cms/(collections|globals)/',
      '^(cms/(collections|globals|access|fields|hooks|lib|runtime)|contract|themes)/',
    ),
    onlyImports(
      'admin-ui-is-shared',
      'cms/admin-ui: admin UI pieces every feature may use (hooks, messages, texts); no feature code.',
      '^cms/admin-ui/',
      '^(cms/(admin-ui|lib)|contract|themes)/',
    ),
    onlyImports(
      'features-below-the-config',
      'Features never import the config, the server or the admin app.',
      '^cms/features/',
      '^(cms/(features|admin-ui|collections|globals|access|fields|hooks|lib|runtime|security)|contract|themes|sites)/',
    ),
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '(^|/)(node_modules|\\.next[^/]*|\\.astro|dist)/|^cms/payload-types\\.ts$|^cms/migrations/' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default'],
      extensions: ['.ts', '.tsx', '.mjs', '.js', '.json', '.astro'],
    },
    moduleSystems: ['es6', 'cjs'],
  },
}
