import { spawnSync } from 'node:child_process'
import {
  cpSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  rmSync,
  utimesSync,
  writeFileSync,
} from 'node:fs'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'

/** The command as npm links it: it starts the bundled CLI (dist/techfolio.js). */
export const BIN = fileURLToPath(new URL('../bin/techfolio.js', import.meta.url))

export interface Run {
  code: number | null
  stdout: string
  stderr: string
}

/** A clean environment: no colour forced or forbidden, not on CI. */
export function baseEnv(extra: Record<string, string | undefined> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env }
  for (const key of ['FORCE_COLOR', 'NO_COLOR', 'CI', 'GITHUB_ACTIONS', 'NODE_OPTIONS']) {
    delete env[key]
  }
  for (const [key, value] of Object.entries(extra)) {
    if (value === undefined) delete env[key]
    else env[key] = value
  }
  return env
}

/** Runs `techfolio ...args` in `cwd` as a user would, stdout and stderr piped (not a TTY). */
export function techfolio(
  cwd: string,
  args: string[],
  env: Record<string, string | undefined> = {},
): Run {
  const result = spawnSync(process.execPath, [BIN, ...args], {
    cwd,
    env: baseEnv(env),
    encoding: 'utf8',
    timeout: 60_000,
  })
  return { code: result.status, stdout: result.stdout, stderr: result.stderr }
}

const temps: string[] = []

export function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'techfolio-cli-'))
  temps.push(dir)
  return dir
}

export function cleanTemps(): void {
  for (const dir of temps.splice(0)) rmSync(dir, { recursive: true, force: true })
}

/** Copies the repository's sample portfolio (`portfolio/`, without its node_modules) to `folder`. */
export function copySample(folder: string): void {
  cpSync(fileURLToPath(new URL('../../../portfolio', import.meta.url)), folder, {
    recursive: true,
    filter: (source) => !source.includes('node_modules'),
  })
}

/** Every file under `folder` last modified an hour ago, so the cache trusts its stat. */
export function ageFiles(folder: string): void {
  const hourAgo = new Date(Date.now() - 3_600_000)
  for (const entry of readdirSync(folder, { withFileTypes: true })) {
    const file = join(folder, entry.name)
    if (entry.isDirectory()) ageFiles(file)
    else utimesSync(file, hourAgo, hourAgo)
  }
}

/** Removes the cached analyses: a later run that loads any finding has to parse again. */
export function dropAnalyses(root: string): void {
  const folder = join(root, 'node_modules/.cache/techfolio/techfolio-cache')
  for (const name of readdirSync(folder)) {
    if (name.endsWith('.pack')) rmSync(join(folder, name))
  }
}

export function writeFiles(root: string, files: Record<string, string>): void {
  for (const [path, text] of Object.entries(files)) {
    const full = join(root, path)
    mkdirSync(dirname(full), { recursive: true })
    writeFileSync(full, text)
  }
}

const require = createRequire(import.meta.url)

/** The installed portfolio preset (its bundle), the one the engine itself loads. */
export const PRESET_URL = pathToFileURL(require.resolve('@techfolio/remark-lint-portfolio')).href

const frontmatterUrl = pathToFileURL(
  require.resolve('remark-frontmatter', {
    paths: [dirname(require.resolve('@techfolio/remark-lint-portfolio'))],
  }),
).href

/**
 * A `.remarkrc.mjs` with one predictable rule instead of the portfolio
 * preset, so these tests do not depend on how the real rules evolve: a text
 * containing ERRME is an error, WARNME a warning; the message quotes the text.
 */
export const MARKER_REMARKRC = `import frontmatter from ${JSON.stringify(frontmatterUrl)}

function markers() {
  return (tree, file) => {
    const visit = (node) => {
      if (node.type === 'text') {
        for (const [marker, fatal] of [['ERRME', true], ['WARNME', false]]) {
          if (node.value.includes(marker)) {
            const message = file.message('marker: ' + node.value.trim(), node)
            message.ruleId = 'test-marker'
            message.source = 'test'
            message.fatal = fatal
            message.url = 'https://example.com/test-marker.md'
          }
        }
      }
      for (const child of node.children ?? []) visit(child)
    }
    visit(tree)
  }
}

export default { plugins: [[frontmatter, ['yaml']], markers] }
`

export function doc(kind: string, title: string, body = 'Plain text.'): string {
  return `---\nkind: ${kind}\ntitle: ${JSON.stringify(title)}\n---\n\n# ${title}\n\n${body}\n`
}
