// The layers, checked on every `npm test` (scripts/run-tests.mjs runs `depcruise`):
//
//   schemas ← core ← node ← (cli, server)        client → server/protocol.ts (and node/atomic.ts, the one writer)
//
// core is the engine: text in, findings out, on any host (no fs, no editor, no LSP). node/ is
// what the CLI and the language server share on Node. The client reaches the server over LSP
// only, through the one protocol file that types every custom request. CONTRIBUTING.md explains
// each rule; test/core/layers.test.ts proves the check fails on a broken tree.
const OURS = '^(schemas|core|node|cli|server|client)/';

module.exports = {
  forbidden: [
    {
      name: 'no-cycles',
      comment: 'An import cycle: split the shared part into a module both can import.',
      severity: 'error',
      from: {},
      to: { circular: true },
    },
    {
      name: 'schemas-stand-alone',
      comment: 'schemas/ is the format itself: it imports none of the code that reads it.',
      severity: 'error',
      from: { path: '^schemas/' },
      to: { path: OURS, pathNot: '^schemas/' },
    },
    {
      name: 'core-is-the-engine',
      comment: 'core/ imports only schemas/ and itself: no Node layer, no front end.',
      severity: 'error',
      from: { path: '^core/' },
      to: { path: OURS, pathNot: '^(core|schemas)/' },
    },
    {
      name: 'core-runs-anywhere',
      comment: 'core/ and schemas/ use no Node built-in (fs, path, …), no editor and no LSP: text in, findings out.',
      severity: 'error',
      from: { path: '^(core|schemas)/' },
      to: { dependencyTypes: ['core'] },
    },
    {
      name: 'core-no-editor-or-lsp',
      comment: 'core/ and schemas/ know nothing of VS Code or the language server protocol.',
      severity: 'error',
      from: { path: '^(core|schemas)/' },
      to: { path: '(^|/)node_modules/(vscode|vscode-languageserver[^/]*|vscode-languageclient|vscode-jsonrpc)/' },
    },
    {
      name: 'node-below-front-ends',
      comment: 'node/ is shared by the CLI and the server: it imports neither (nor the client).',
      severity: 'error',
      from: { path: '^node/' },
      to: { path: '^(cli|server|client)/' },
    },
    {
      name: 'server-not-cli',
      comment: 'The server and the CLI share code through node/, never by importing each other.',
      severity: 'error',
      from: { path: '^server/' },
      to: { path: '^(cli|client)/' },
    },
    {
      name: 'cli-not-server',
      comment: 'The server and the CLI share code through node/, never by importing each other.',
      severity: 'error',
      from: { path: '^cli/' },
      to: { path: '^(server|client)/' },
    },
    {
      name: 'client-speaks-lsp',
      comment: 'The extension asks the server over LSP: from outside client/ it imports only server/protocol.ts, and the one file writer node/atomic.ts (every file the product writes goes through it).',
      severity: 'error',
      from: { path: '^client/' },
      to: { path: OURS, pathNot: '^(client/|server/protocol\\.ts$|node/atomic\\.ts$)' },
    },
    {
      name: 'protocol-stands-alone',
      comment: 'server/protocol.ts is bundled into the client: it imports no code of ours.',
      severity: 'error',
      from: { path: '^server/protocol\\.ts$' },
      to: { path: OURS },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    // Type-only imports count too: a layer that needs another's types depends on it.
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: { exportsFields: ['exports'], conditionNames: ['import', 'require', 'node', 'default'] },
  },
};
