#!/usr/bin/env node
/**
 * Bundles src/index.ts with the engine, the rules and the renderers into one
 * dist/index.js, committed, so a repository using the Action needs no
 * `npm ci`. `--out FILE` writes elsewhere (the staleness test compares).
 */
import path from 'node:path'
import { build } from 'esbuild'

const packageDir = path.resolve(import.meta.dirname, '..')
const outFlag = process.argv.indexOf('--out')
const outfile =
  outFlag > 0 ? path.resolve(process.argv[outFlag + 1]) : path.join(packageDir, 'dist/index.js')

await build({
  absWorkingDir: packageDir,
  entryPoints: ['src/index.ts'],
  outfile,
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  legalComments: 'eof',
  logLevel: 'warning',
  // The rules' modules, not their bundle (`exports` offers both): bundling a
  // bundle would carry its own copies of yaml and micromark beside the engine's.
  conditions: ['techfolio-modules'],
  // CommonJS dependencies call require(); an ES module bundle gives them one.
  banner: {
    js: "import { createRequire as __techfolioCreateRequire } from 'node:module';\nconst require = __techfolioCreateRequire(import.meta.url);",
  },
})
