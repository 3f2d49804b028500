/**
 * `executive-summary.pdf`: the one step of @techfolio/summary that launches a
 * process. It prints the executive summary page with the system's Chromium
 * through playwright-core, and never downloads a browser: Chromium is found
 * on PATH or given (`--chromium PATH`). No Chromium is not an error: the
 * caller prints the notice and writes no PDF.
 *
 * The PDF is one page. Chromium prints the whole page first, so an overflow
 * is measured as pages, not guessed; an overflowing summary is reported with
 * its word count against the one-page budget of `portfolio-summary-length`,
 * and only its first page is kept.
 *
 * Imported as `@techfolio/summary/pdf`, so the renderers (and the Action's
 * bundle) never load playwright-core.
 */
import { accessSync, constants, mkdtempSync, rmSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { ruleDocsUrl } from '@techfolio/remark-lint-portfolio'
import { WORD_BUDGET_META, WORDS_META } from './html/executive-summary.js'
import type { Paper } from './html/html.js'

/** Executable names tried on PATH, in order. */
export const CHROMIUM_NAMES = ['chromium', 'chromium-browser', 'google-chrome'] as const

/**
 * Flags for a quiet, throwaway, offline browser: no sandbox (CI runs as root,
 * in containers), no GPU, no first-run, update, sync or background fetches.
 */
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
] as const

const SUMMARY_LENGTH_URL = ruleDocsUrl('portfolio-summary-length')

export interface PdfOptions {
  /** Chromium executable; default the first of `CHROMIUM_NAMES` on PATH. */
  chromium?: string
  /** Default `a4`. */
  paper?: Paper
  /** PATH to search; default `process.env.PATH`. */
  searchPath?: string
  /** Name of the PDF in notices; default `executive-summary.pdf`. */
  name?: string
}

export interface PdfOverflow {
  /** Pages the whole summary takes. */
  pages: number
  /** Words of the summary, as `portfolio-summary-length` counts them; undefined when the page does not say. */
  words: number | undefined
  /** Words one page holds. */
  budget: number | undefined
}

export interface PdfResult {
  /** The one-page PDF; absent when Chromium is not there or could not print. */
  pdf?: Uint8Array
  /** One line for the user: why there is no PDF, or that the summary overflows its page. */
  notice?: string
  /** Set when the summary runs past one page. */
  overflow?: PdfOverflow
}

function isExecutableFile(file: string): boolean {
  try {
    accessSync(file, constants.X_OK)
    return statSync(file).isFile()
  } catch {
    return false
  }
}

/** The first Chromium on `searchPath`, or undefined. */
export function findChromium(
  searchPath: string | undefined = process.env.PATH,
): string | undefined {
  for (const dir of (searchPath ?? '').split(path.delimiter)) {
    if (dir === '') continue
    for (const name of CHROMIUM_NAMES) {
      const candidate = path.join(dir, name)
      if (isExecutableFile(candidate)) return candidate
    }
  }
  return undefined
}

/** Pages of a PDF: its `/Type /Page` objects (not `/Pages`, the tree above them). */
export function countPdfPages(pdf: Uint8Array): number {
  const text = Buffer.from(pdf).toString('latin1')
  return text.match(/\/Type\s*\/Page(?![a-zA-Z])/g)?.length ?? 0
}

function metaNumber(html: string, name: string): number | undefined {
  const match = new RegExp(`<meta name="${name}" content="(\\d+)">`).exec(html)
  return match ? Number(match[1]) : undefined
}

function firstLine(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error)
  return (message.split('\n').find((line) => line.trim() !== '') ?? 'unknown error').trim()
}

/** The one-line overflow notice. */
export function overflowNotice(name: string, overflow: PdfOverflow, paper: Paper): string {
  const count =
    overflow.words !== undefined && overflow.budget !== undefined
      ? `${overflow.words} words against a budget of ${overflow.budget}`
      : 'more than a page of text'
  return `${name}: the executive summary runs to ${overflow.pages} ${paper === 'letter' ? 'Letter' : 'A4'} pages (${count}); only the first page is kept: expected one page, shorten it (${SUMMARY_LENGTH_URL})`
}

/**
 * Prints `html` to a one-page PDF with system Chromium. Never throws for a
 * missing or broken browser: returns a notice instead.
 */
export async function renderPdf(html: string, options: PdfOptions = {}): Promise<PdfResult> {
  const name = options.name ?? 'executive-summary.pdf'
  const paper: Paper = options.paper ?? 'a4'
  let executable: string | undefined
  if (options.chromium !== undefined) {
    if (!isExecutableFile(options.chromium)) {
      return {
        notice: `${name} skipped: --chromium ${options.chromium} is not an executable file; expected the path of a Chromium or Chrome binary`,
      }
    }
    executable = options.chromium
  } else {
    executable = findChromium(options.searchPath)
    if (executable === undefined) {
      return {
        notice: `${name} skipped: no Chromium found on PATH (${CHROMIUM_NAMES.join(', ')}); install one (Debian: apt-get install chromium) or pass --chromium PATH`,
      }
    }
  }
  const { chromium } = await import('playwright-core')
  const profile = mkdtempSync(path.join(tmpdir(), 'techfolio-chromium-'))
  try {
    const context = await chromium.launchPersistentContext(profile, {
      executablePath: executable,
      headless: true,
      chromiumSandbox: false,
      args: [...CHROMIUM_ARGS],
      offline: true,
    })
    try {
      const tab = context.pages()[0] ?? (await context.newPage())
      // Everything the page needs is inline: refuse any request it still makes.
      await tab.route('**/*', (route) => route.abort())
      await tab.setContent(html, { waitUntil: 'load' })
      await tab.emulateMedia({ media: 'print' })
      const print = {
        format: paper === 'letter' ? 'Letter' : 'A4',
        preferCSSPageSize: true,
        printBackground: true,
      }
      const whole = await tab.pdf(print)
      const pages = countPdfPages(whole)
      if (pages <= 1) return { pdf: new Uint8Array(whole) }
      const overflow: PdfOverflow = {
        pages,
        words: metaNumber(html, WORDS_META),
        budget: metaNumber(html, WORD_BUDGET_META),
      }
      const first = await tab.pdf({ ...print, pageRanges: '1' })
      return { pdf: new Uint8Array(first), overflow, notice: overflowNotice(name, overflow, paper) }
    } finally {
      await context.close()
    }
  } catch (error) {
    return {
      notice: `${name} skipped: Chromium at ${executable} could not print (${firstLine(error)})`,
    }
  } finally {
    rmSync(profile, { recursive: true, force: true })
  }
}
