#!/usr/bin/env node
/**
 * Bundles src/index.ts with the engine, the rules and the renderers into one
 * dist/index.js, committed, so a repository using the Action needs no
 * `npm ci`. `--out FILE` writes elsewhere (the staleness test compares).
 */
import path from 'node:path'
import { build } from 'esbuild'
import { NODE_ESM_BUNDLE } from '../../../scripts/esbuild-node-esm.mjs'

const packageDir = path.resolve(import.meta.dirname, '..')
const outFlag = process.argv.indexOf('--out')
const outfile =
  outFlag > 0 ? path.resolve(process.argv[outFlag + 1]) : path.join(packageDir, 'dist/index.js')

await build({
  ...NODE_ESM_BUNDLE,
  absWorkingDir: packageDir,
  entryPoints: ['src/index.ts'],
  outfile,
  // The rules' modules, not their bundle (`exports` offers both): bundling a
  // bundle would carry its own copies of yaml and micromark beside the engine's.
  conditions: ['techfolio-modules'],
})
