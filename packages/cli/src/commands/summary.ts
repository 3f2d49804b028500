/**
 * `techfolio summary --out DIR`: writes the artifacts the summary renderers
 * produce. This is the only place they touch the file system: it creates the
 * folder, writes each artifact's file, and never deletes or follows anything
 * it did not write.
 */
import { lstatSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { InputError, type PortfolioReport, UsageError } from '@techfolio/engine'
import type { Artifact } from '@techfolio/summary'

const toPosix = (file: string) => file.split(path.sep).join('/')

/**
 * The executive summary's Markdown, keyed by its report path: the report
 * holds facts, not text, and the one-page HTML shows the summary as written.
 * An unreadable file leaves the page to the report's facts.
 */
export function readSummarySource(
  report: Pick<PortfolioReport, 'documents'>,
  cwd: string,
): Record<string, string> {
  const summary = report.documents.find((document) => document.kind === 'executive-summary')
  if (!summary) return {}
  try {
    return { [summary.path]: readFileSync(path.resolve(cwd, summary.path), 'utf8') }
  } catch {
    return {}
  }
}

function statOrUndefined(file: string, follow: boolean) {
  try {
    return follow ? statSync(file) : lstatSync(file)
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined
    throw error
  }
}

/** Checks `--out` before the portfolio is read: a folder, or nothing yet. */
export function checkOutDir(out: string, cwd: string): string {
  if (out.trim() === '') throw new UsageError('--out is empty: expected a folder to write into')
  const absolute = path.resolve(cwd, out)
  const info = statOrUndefined(absolute, true)
  if (info && !info.isDirectory()) {
    throw new UsageError(
      `--out ${out} is a file: expected a folder to write the summary into (it is created when missing)`,
    )
  }
  return absolute
}

/** Whether `inner` is `outer` or inside it. */
function inside(inner: string, outer: string): boolean {
  const relative = path.relative(outer, inner)
  return relative === '' || (!relative.startsWith('..') && !path.isAbsolute(relative))
}

/**
 * Writes every artifact under `outDir` and returns the paths written,
 * relative to `cwd`. Refuses a folder inside the portfolio (the next check
 * would read the summary as documents) and a target that is a link or a
 * folder (writing would follow or replace what techfolio did not write).
 */
export function writeArtifacts(
  artifacts: readonly Artifact[],
  outDir: string,
  report: Pick<PortfolioReport, 'portfolioPath'>,
  cwd: string,
  shownOut: string,
): string[] {
  const portfolio = path.resolve(cwd, report.portfolioPath)
  if (inside(outDir, portfolio)) {
    throw new UsageError(
      `--out ${shownOut} is inside the portfolio folder ${report.portfolioPath}: the next check would read the summary as documents; expected a folder outside it`,
    )
  }
  // Check every target first, so a refusal leaves nothing half written.
  const targets = artifacts.map((artifact) => {
    const target = path.join(outDir, ...artifact.path.split('/'))
    const relative = path.relative(cwd, target)
    // Inside the current folder: relative, as every other path techfolio prints; elsewhere: absolute.
    const shown =
      relative.startsWith('..') || path.isAbsolute(relative) ? target : toPosix(relative)
    const info = statOrUndefined(target, false)
    if (info && !info.isFile()) {
      throw new InputError(
        `${shown} exists and is ${info.isSymbolicLink() ? 'a symbolic link' : 'not a regular file'}: techfolio summary writes only plain files of its own; remove it or choose another --out`,
      )
    }
    return { artifact, target, shown }
  })
  const written: string[] = []
  for (const { artifact, target, shown } of targets) {
    try {
      mkdirSync(path.dirname(target), { recursive: true })
      writeFileSync(target, artifact.content)
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code ?? (error as Error).message
      throw new InputError(
        `${shown} cannot be written (${code}): expected a folder techfolio can write to`,
      )
    }
    written.push(shown)
  }
  return written
}
