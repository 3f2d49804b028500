/**
 * `level.md`: the signals of scope the guide's levels expect (L6: team-level
 * ownership and component design; L7: several teams, organisation-wide
 * adoption, multi-year strategy), each with the evidence the engine found or
 * its absence, against the target level in the config.
 */
import type { LevelSignal, PortfolioReport } from '@techfolio/engine'
import type { ArtifactRenderer } from '../contract.js'
import { mdCell, mdCode, mdTable, mdText } from '../markdown.js'

export const LEVEL_FILE = 'level.md'

/** Evidence places shown per signal; the rest are counted. */
const SHOWN = 5

/** What to write when a signal is absent. */
const ADVICE: Record<LevelSignal['id'], string> = {
  'team-ownership': 'say in the first person what you owned or led, and for which team.',
  'component-design':
    'say which service or component you designed, and the design decisions you made.',
  'multi-team': 'name the teams your work spanned and how you aligned them.',
  'org-wide': 'say who adopted the work beyond your team: how many teams, which organisation.',
  'multi-year': 'show the strategy: the multi-year plan, its milestones and where it stands.',
}

function status(signal: LevelSignal): string {
  if (signal.evidence.length > 0) return '✓ found'
  return signal.expected ? '**missing**' : 'not shown (beyond the target level)'
}

export function renderLevel(report: PortfolioReport): string {
  const lines = [
    `# Level signals: target ${report.level}`,
    '',
    `The scope an interviewer looks for at ${report.level}. L6 signals are expected at L6 and L7; L7 signals at L7, and count in an L6 candidate's favour when shown. Evidence is the first few places each document states it.`,
    '',
    mdTable(
      ['Signal', 'Level', 'Expected', 'Evidence', 'Status'],
      report.levelSignals.map((signal) => [
        mdCell(signal.label),
        signal.level,
        signal.expected ? 'yes' : 'no',
        String(signal.evidence.length),
        status(signal),
      ]),
      ['left', 'left', 'left', 'right', 'left'],
    ),
    '',
  ]
  for (const signal of report.levelSignals) {
    lines.push(`## ${mdText(signal.label)} (${signal.level})`, '')
    if (signal.evidence.length === 0) {
      lines.push(
        `No evidence found.${signal.expected ? ` Expected at ${report.level}: ${ADVICE[signal.id]}` : ''}`,
      )
    }
    for (const evidence of signal.evidence.slice(0, SHOWN)) {
      lines.push(`- ${mdCode(evidence.path)} line ${evidence.line}: “${mdText(evidence.text)}”`)
    }
    if (signal.evidence.length > SHOWN) {
      lines.push(`- and ${signal.evidence.length - SHOWN} more`)
    }
    lines.push('')
  }
  return lines.join('\n')
}

export const levelArtifact: ArtifactRenderer = (report) => [
  { path: LEVEL_FILE, content: renderLevel(report) },
]
