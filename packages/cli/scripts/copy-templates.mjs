// Copies the repository's portfolio/templates/*.md into packages/cli/templates/,
// so the published CLI can scaffold documents without the repository.
// Leaves the existing copy alone when the source folder is absent (installed from npm).

import { existsSync } from 'node:fs'
import { copyFile, mkdir, readdir, rm } from 'node:fs/promises'
import { fileURLToPath } from 'node:url'

const source = fileURLToPath(new URL('../../../portfolio/templates/', import.meta.url))
const target = fileURLToPath(new URL('../templates/', import.meta.url))

if (existsSync(source)) {
  const names = (await readdir(source)).filter((name) => name.endsWith('.md'))
  await rm(target, { recursive: true, force: true })
  await mkdir(target, { recursive: true })
  for (const name of names) await copyFile(`${source}${name}`, `${target}${name}`)
  console.log(`copied ${names.length} templates from portfolio/templates`)
} else {
  console.log('portfolio/templates not found; keeping the bundled templates')
}
