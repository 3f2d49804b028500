/**
 * Scores are the findings, weighed: a document's checks are the rules that
 * apply to its kind (one check per required section), each passed when the
 * rule reported nothing there. Fixing a finding can only raise a score.
 */
import { DOCUMENT_KINDS, RULES } from '@techfolio/remark-lint-portfolio'
import type { FileAnalysis } from './analyse.js'
import { CROSS_DOCUMENT_CHECKS } from './checks-meta.js'
import { FALLBACK_WEIGHT, type TechfolioConfig } from './config.js'
import type { ChecklistItem, DocumentKind, DocumentScore, Finding, ScoreCheck } from './types.js'

const REQUIRED_SECTIONS = 'portfolio-required-sections'
/** Engine findings that mean the file could not be read as Markdown at all. */
const UNREADABLE = ['portfolio-encoding', 'portfolio-nesting']
/** Cross-document checks that land on a document and count in its score. */
const DOCUMENT_LEVEL_CHECKS: Record<string, (kind: DocumentKind | undefined) => boolean> = {
  'portfolio-links': () => true,
  'portfolio-backed-figures': (kind) => kind === 'executive-summary',
}

export function weightOf(config: TechfolioConfig, id: string): number {
  return config.weights[id] ?? FALLBACK_WEIGHT
}

function failedMessage(findings: readonly Finding[]): string {
  const [first] = findings
  const more = findings.length > 1 ? ` (and ${findings.length - 1} more)` : ''
  return `${first?.line}:${first?.column}: ${first?.message}${more}`
}

/** Appends in place: a portfolio file can carry tens of thousands of findings. */
function pushTo<Key>(groups: Map<Key, Finding[]>, key: Key, finding: Finding): void {
  const group = groups.get(key)
  if (group) group.push(finding)
  else groups.set(key, [finding])
}

/**
 * `messages` are every finding on the document, lint and cross-document;
 * `analysis` tells which of the lint findings is about which section.
 */
export function scoreDocument(
  filePath: string,
  analysis: FileAnalysis,
  messages: readonly Finding[],
  config: TechfolioConfig,
): DocumentScore {
  const kind = analysis.kind
  const checks: ScoreCheck[] = []
  const byRule = new Map<string, Finding[]>()
  for (const finding of messages) pushTo(byRule, finding.ruleId, finding)
  // A file Techfolio could not read has nothing else to score.
  const unreadableId = UNREADABLE.find((id) => byRule.has(id))
  const unreadable = unreadableId ? byRule.get(unreadableId) : undefined
  if (unreadableId && unreadable) {
    return {
      path: filePath,
      kind,
      title: undefined,
      score: 0,
      checks: [{ id: unreadableId, passed: false, weight: 1, message: failedMessage(unreadable) }],
    }
  }
  const applies = (kinds: readonly DocumentKind[]) =>
    kind ? kinds.includes(kind) : kinds.length === DOCUMENT_KINDS.length
  for (const rule of RULES) {
    if (!applies(rule.kinds)) continue
    const weight = weightOf(config, rule.id)
    const found = byRule.get(rule.id) ?? []
    if (rule.id === REQUIRED_SECTIONS) {
      const bySection = new Map<string, Finding[]>()
      const unplaced: Finding[] = []
      const reported = new Set(found)
      for (const [index, finding] of analysis.messages.entries()) {
        if (finding.ruleId !== REQUIRED_SECTIONS || !reported.has(finding)) continue
        const section = analysis.sectionOfMessage[index]
        if (section) pushTo(bySection, section, finding)
        else unplaced.push(finding)
      }
      const names = [...analysis.requiredSections]
      for (const name of bySection.keys()) if (!names.includes(name)) names.push(name)
      for (const name of names) {
        const failed = bySection.get(name)
        checks.push({
          id: `${REQUIRED_SECTIONS}:${name}`,
          passed: !failed,
          weight,
          message: failed ? failedMessage(failed) : `Section "${name}" is present and not empty`,
        })
      }
      if (unplaced.length > 0 || (names.length === 0 && found.length > 0)) {
        const failed = unplaced.length > 0 ? unplaced : found
        checks.push({
          id: REQUIRED_SECTIONS,
          passed: false,
          weight,
          message: failedMessage(failed),
        })
      }
      continue
    }
    checks.push({
      id: rule.id,
      passed: found.length === 0,
      weight,
      message: found.length === 0 ? rule.summary : failedMessage(found),
    })
  }
  for (const check of CROSS_DOCUMENT_CHECKS) {
    const found = byRule.get(check.id) ?? []
    const alwaysListed = DOCUMENT_LEVEL_CHECKS[check.id]?.(kind) ?? false
    if (!alwaysListed && found.length === 0) continue
    if (config.checks[check.id] === 'off') continue
    checks.push({
      id: check.id,
      passed: found.length === 0,
      weight: weightOf(config, check.id),
      message: found.length === 0 ? check.summary : failedMessage(found),
    })
  }
  // Rules from other plugins in .remarkrc: a check only when they report.
  const known = new Set<string>([
    ...RULES.map((rule) => rule.id),
    ...CROSS_DOCUMENT_CHECKS.map((c) => c.id),
  ])
  for (const [ruleId, found] of byRule) {
    if (known.has(ruleId)) continue
    checks.push({
      id: ruleId,
      passed: false,
      weight: weightOf(config, ruleId),
      message: failedMessage(found),
    })
  }
  return { path: filePath, kind, title: analysis.title, score: percentage(checks), checks }
}

function percentage(checks: readonly ScoreCheck[]): number {
  let total = 0
  let passed = 0
  for (const check of checks) {
    total += check.weight
    if (check.passed) passed += check.weight
  }
  return total === 0 ? 100 : Math.round((100 * passed) / total)
}

/** Portfolio score: the documents' mean and the checklist, weighed by config.scoring. */
export function portfolioScore(
  documents: readonly DocumentScore[],
  checklist: readonly ChecklistItem[],
  config: TechfolioConfig,
): number {
  const documentPart =
    documents.length === 0
      ? 0
      : documents.reduce((sum, doc) => sum + doc.score, 0) / documents.length
  const checklistPart =
    checklist.length === 0
      ? 0
      : (100 * checklist.filter((item) => item.done).length) / checklist.length
  const { documents: dw, checklist: cw } = config.scoring
  return Math.round((documentPart * dw + checklistPart * cw) / (dw + cw))
}
