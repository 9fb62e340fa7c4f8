// Bundles the CLI and the action into dist/ with every dependency inlined, so a fresh clone
// runs `node dist/cli.js` with no install and the action runs without node_modules.
// CI rebuilds and fails when the committed dist/ differs (see .ci/run).
import { build } from 'esbuild';
import './generate-validators.mjs';
import { readFile } from 'node:fs/promises';

const pkg = JSON.parse(await readFile('package.json', 'utf8'));

await build({
  entryPoints: { cli: 'src/cli/index.ts', action: 'src/action/index.ts' },
  outdir: 'dist',
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  minify: false,
  legalComments: 'none',
  charset: 'utf8',
  define: { __MODELGATE_VERSION__: JSON.stringify(pkg.version) },
  // CommonJS dependencies call require() for Node's built-ins; give the ESM bundle one.
  banner: {
    js: "import { createRequire as __modelgateCreateRequire } from 'node:module';\nconst require = __modelgateCreateRequire(import.meta.url);",
  },
  logLevel: 'warning',
});
