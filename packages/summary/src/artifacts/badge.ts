/**
 * `badge.svg`: a shields.io-style badge of the portfolio score, for the
 * README. Self-contained: no font or image is fetched.
 */
import type { PortfolioReport } from '@techfolio/engine'
import type { ArtifactRenderer } from '../contract.js'
import { escapeHtml } from '../escape.js'

export const BADGE_FILE = 'badge.svg'

/** shields.io's colours, by score. */
export function badgeColor(score: number): string {
  if (score >= 90) return '#4c1'
  if (score >= 80) return '#97ca00'
  if (score >= 60) return '#dfb317'
  if (score >= 40) return '#fe7d37'
  return '#e05d44'
}

/** Verdana 11px advance widths, roughly: enough to size the badge without measuring. */
function textWidth(text: string): number {
  let width = 0
  for (const character of text) {
    if (/[il.,:;'|!1]/.test(character)) width += 3.5
    else if (/[mwMW%]/.test(character)) width += 10
    else if (/[A-Z0-9/]/.test(character)) width += 7.5
    else width += 6.5
  }
  return Math.round(width)
}

export function renderBadge(report: PortfolioReport, label = 'portfolio'): string {
  const value = `${report.score}/100`
  const color = badgeColor(report.score)
  const left = textWidth(label) + 10
  const right = textWidth(value) + 10
  const width = left + right
  const title = `${label}: ${value} (completeness ${report.scoreParts.completeness}, quality ${report.scoreParts.quality})`
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="20" role="img" aria-label="${escapeHtml(title)}">
  <title>${escapeHtml(title)}</title>
  <linearGradient id="s" x2="0" y2="100%"><stop offset="0" stop-color="#bbb" stop-opacity=".1"/><stop offset="1" stop-opacity=".1"/></linearGradient>
  <clipPath id="r"><rect width="${width}" height="20" rx="3" fill="#fff"/></clipPath>
  <g clip-path="url(#r)">
    <rect width="${left}" height="20" fill="#555"/>
    <rect x="${left}" width="${right}" height="20" fill="${color}"/>
    <rect width="${width}" height="20" fill="url(#s)"/>
  </g>
  <g fill="#fff" text-anchor="middle" font-family="Verdana,Geneva,DejaVu Sans,sans-serif" font-size="11">
    <text x="${left / 2}" y="15" fill="#010101" fill-opacity=".3">${escapeHtml(label)}</text>
    <text x="${left / 2}" y="14">${escapeHtml(label)}</text>
    <text x="${left + right / 2}" y="15" fill="#010101" fill-opacity=".3">${escapeHtml(value)}</text>
    <text x="${left + right / 2}" y="14">${escapeHtml(value)}</text>
  </g>
</svg>
`
}

export const badgeArtifact: ArtifactRenderer = (report) => [
  { path: BADGE_FILE, content: renderBadge(report) },
]
