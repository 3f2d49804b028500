#!/usr/bin/env node
/**
 * Regenerates docs/report.png, the README's screenshot of report.html for the
 * sample portfolio, with the system's Chromium (never a downloaded one).
 *
 *   npm run build && npm run screenshot -w @techfolio/summary [-- --chromium PATH]
 *
 * Reads the built packages (dist/), so build first.
 */
import { fileURLToPath } from 'node:url'
import { check } from '@techfolio/engine'
import { renderReportHtml } from '@techfolio/summary'
import { CHROMIUM_ARGS, findChromium } from '@techfolio/summary/pdf'
import { chromium } from 'playwright-core'

const root = fileURLToPath(new URL('../../../', import.meta.url))
const out = fileURLToPath(new URL('../docs/report.png', import.meta.url))
const flag = process.argv.indexOf('--chromium')
const executable = flag === -1 ? findChromium() : process.argv[flag + 1]
if (!executable) {
  console.error(
    'no Chromium found on PATH (chromium, chromium-browser, google-chrome): install one or pass --chromium PATH',
  )
  process.exit(2)
}

const report = await check({ cwd: root, paths: ['portfolio'], cache: false, workers: 0 })
// A fixed date and version, so the image changes only when the page does.
const html = renderReportHtml(report, { date: '2026-01-01', version: report.tool.version })
const browser = await chromium.launch({
  executablePath: executable,
  args: [...CHROMIUM_ARGS],
  chromiumSandbox: false,
})
try {
  const page = await browser.newPage({ viewport: { width: 1000, height: 800 } })
  await page.setContent(html, { waitUntil: 'load' })
  await page.screenshot({ path: out, fullPage: true })
  console.log(`wrote ${out}`)
} finally {
  await browser.close()
}
