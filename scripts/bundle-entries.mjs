#!/usr/bin/env node
/**
 * Bundles a package's built entry points (tsc's dist/*.js) with what they
 * import into a few files in its dist/, for start-up: Node 20 loads each ES
 * module with its own resolution, read and link, and a check of the sample
 * portfolio spent about 300 ms loading some 280 of them (bench/notes.md,
 * session 11). `import()` stays lazy (its code goes to a chunk of its own),
 * and every file lands in dist/ itself, beside tsc's output, so each
 * `new URL('../x', import.meta.url)` in the code still finds what it finds
 * unbundled.
 *
 * Usage, from the package's folder:
 *   node ../../scripts/bundle-entries.mjs OUT=ENTRY... [--external NAME]...
 * where OUT is the file written to dist/ (without .js) and ENTRY a built
 * module, e.g. `techfolio=dist/bin.js worker=../engine/dist/worker.js`.
 * Keep external:
 * - a package another bundle or a user's `.remarkrc.mjs` also imports, when
 *   both must share one instance (the rules: their per-tree caches);
 * - a CommonJS package the code imports lazily (`await import('yaml')`): in
 *   a chunk of its own esbuild gives it only a default export, where Node
 *   gives its named exports too;
 * - what a run rarely needs and is large (playwright-core).
 *
 * Beside the bundle it writes dist/bundle-inputs.json: each file written and
 * the modules it holds (paths from the package's folder), so a test can tell
 * which modules a run loaded from the files it loaded.
 */
import { readdirSync, rmSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { build } from 'esbuild'
import { NODE_ESM_BUNDLE } from './esbuild-node-esm.mjs'

const CHUNK_PREFIX = 'chunk-'

const args = process.argv.slice(2)
const entryPoints = []
const external = []
for (let index = 0; index < args.length; index++) {
  const arg = args[index]
  if (arg === '--external' && args[index + 1]) {
    external.push(args[++index])
  } else if (/^[\w.-]+=/.test(arg)) {
    const [out, entry] = arg.split('=', 2)
    entryPoints.push({ out, in: entry })
  } else {
    console.error(`bundle-entries: expected OUT=ENTRY or --external NAME, got '${arg}'`)
    process.exit(2)
  }
}
if (entryPoints.length === 0) {
  console.error('bundle-entries: no entry points given (OUT=ENTRY)')
  process.exit(2)
}

const outdir = path.resolve('dist')
// Chunk names carry a content hash: drop the last build's, or dist/ keeps every one.
for (const name of readdirSync(outdir)) {
  if (name.startsWith(CHUNK_PREFIX) && name.endsWith('.js')) rmSync(path.join(outdir, name))
}

// esbuild prints what failed, with file and line; a stack trace would add nothing.
const { metafile } = await build({
  ...NODE_ESM_BUNDLE,
  entryPoints,
  outdir,
  entryNames: '[name]',
  chunkNames: `${CHUNK_PREFIX}[hash]`,
  splitting: true,
  external,
  metafile: true,
}).catch(() => process.exit(1))

const inputsByFile = {}
for (const [file, output] of Object.entries(metafile.outputs)) {
  inputsByFile[path.basename(file)] = Object.keys(output.inputs).sort()
}
writeFileSync(path.join(outdir, 'bundle-inputs.json'), `${JSON.stringify(inputsByFile, null, 1)}\n`)
