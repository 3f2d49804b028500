/**
 * Scores measure readiness (formula and worked example: README, "Scores").
 * A document's checks are the rules that apply to its kind (one check per
 * required section), each passed when the rule reported nothing there; a
 * check failed only by warnings keeps half its weight, and every error lowers
 * the document's ceiling. The portfolio score is completeness against the
 * guide's checklist and limits times the documents' quality. Fixing a finding
 * can only raise a score.
 */
import { DOCUMENT_KINDS, RULE_CATALOG } from '@techfolio/remark-lint-portfolio/catalog'
import type { FileAnalysis } from './analyse.js'
import { CROSS_DOCUMENT_CHECKS } from './checks-meta.js'
import { FALLBACK_WEIGHT, type TechfolioConfig } from './config.js'
import type {
  ChecklistItem,
  DocumentKind,
  DocumentScore,
  Finding,
  PortfolioScoreParts,
  PrincipleCoverage,
  ScoreCheck,
} from './types.js'

const REQUIRED_SECTIONS = 'portfolio-required-sections'
/** Highest score of a document with one error: an error means not ready. */
export const ONE_ERROR_CEILING = 60
/** Points each further error takes off the ceiling. */
export const CEILING_STEP_PER_ERROR = 10
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

/**
 * A failed check's fields: the contract's one-line `message` (first finding
 * with its place, and how many more), plus the same facts apart.
 */
function failedFields(
  findings: readonly Finding[],
): Pick<ScoreCheck, 'message' | 'line' | 'column' | 'detail' | 'findings'> {
  const [first] = findings
  return {
    message: failedMessage(findings),
    ...(first ? { line: first.line, column: first.column, detail: first.message } : {}),
    findings: findings.length,
  }
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
      checks: [{ id: unreadableId, passed: false, weight: 1, ...failedFields(unreadable) }],
    }
  }
  // Without a valid kind (or front matter that parses) no rule knows what the
  // document should hold: nothing is judged, so nothing is earned.
  if (!kind) {
    const frontMatter = byRule.get('portfolio-front-matter')
    return {
      path: filePath,
      kind,
      title: analysis.title,
      score: 0,
      checks: [
        {
          id: 'portfolio-front-matter',
          passed: false,
          weight: weightOf(config, 'portfolio-front-matter'),
          ...(frontMatter
            ? failedFields(frontMatter)
            : {
                message:
                  "No valid `kind:` in the front matter: expected one of the guide's document kinds",
              }),
        },
      ],
    }
  }
  const applies = (kinds: readonly DocumentKind[]) =>
    kind ? kinds.includes(kind) : kinds.length === DOCUMENT_KINDS.length
  for (const rule of RULE_CATALOG) {
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
          ...(failed ? { severity: worst(failed) } : {}),
          weight,
          ...(failed
            ? failedFields(failed)
            : { message: `Section "${name}" is present and not empty` }),
        })
      }
      if (unplaced.length > 0 || (names.length === 0 && found.length > 0)) {
        const failed = unplaced.length > 0 ? unplaced : found
        checks.push({
          id: REQUIRED_SECTIONS,
          passed: false,
          severity: worst(failed),
          weight,
          ...failedFields(failed),
        })
      }
      continue
    }
    checks.push({
      id: rule.id,
      passed: found.length === 0,
      ...(found.length > 0 ? { severity: worst(found) } : {}),
      weight,
      ...(found.length === 0 ? { message: rule.summary } : failedFields(found)),
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
      ...(found.length > 0 ? { severity: worst(found) } : {}),
      weight: weightOf(config, check.id),
      ...(found.length === 0 ? { message: check.summary } : failedFields(found)),
    })
  }
  // Rules from other plugins in .remarkrc: a check only when they report.
  const known = new Set<string>([
    ...RULE_CATALOG.map((rule) => rule.id),
    ...CROSS_DOCUMENT_CHECKS.map((c) => c.id),
  ])
  for (const [ruleId, found] of byRule) {
    if (known.has(ruleId)) continue
    checks.push({
      id: ruleId,
      passed: false,
      severity: worst(found),
      weight: weightOf(config, ruleId),
      ...failedFields(found),
    })
  }
  let errors = 0
  for (const finding of messages) if (finding.severity === 'error') errors++
  const score = Math.min(percentage(checks), errorCeiling(errors))
  return { path: filePath, kind, title: analysis.title, score, checks }
}

function worst(findings: readonly Finding[]): 'error' | 'warning' {
  return findings.some((finding) => finding.severity === 'error') ? 'error' : 'warning'
}

/** 100 with no error, 60 with one, 10 fewer for each further error, never below 0. */
export function errorCeiling(errors: number): number {
  if (errors === 0) return 100
  return Math.max(0, ONE_ERROR_CEILING - CEILING_STEP_PER_ERROR * (errors - 1))
}

/** Weighted share of the checks: passed earns its weight, failed by warnings only half. */
function percentage(checks: readonly ScoreCheck[]): number {
  let total = 0
  let earned = 0
  for (const check of checks) {
    total += check.weight
    if (check.passed) earned += check.weight
    else if (check.severity === 'warning') earned += check.weight / 2
  }
  return total === 0 ? 100 : Math.round((100 * earned) / total)
}

/**
 * Portfolio score = completeness × quality. Completeness is the share of the
 * guide's checklist done (a document counts only without errors), where the
 * "choose 3-5" technical artifacts and "choose 3-4" leadership evidence each
 * count once, as the share of their threshold reached; plus two limits: 3-5
 * systems without errors, and the share of targeted Leadership Principles
 * with enough stories. Quality is the mean document score.
 */
export function portfolioScoreParts(
  documents: readonly DocumentScore[],
  checklist: readonly ChecklistItem[],
  principles: readonly PrincipleCoverage[],
  readySystems: number,
  config: TechfolioConfig,
): PortfolioScoreParts {
  const { min, max } = config.thresholds.systems
  const systemsPart =
    readySystems < min ? readySystems / min : readySystems > max ? max / readySystems : 1
  const targeted = principles.filter((principle) => principle.targeted)
  const principlesPart =
    targeted.length === 0
      ? 0
      : targeted.filter((principle) => principle.met).length / targeted.length
  const groupPart = (group: ChecklistItem['group'], wanted: number) =>
    Math.min(
      1,
      checklist.filter((item) => item.group === group && item.done).length / Math.max(1, wanted),
    )
  // The group items ("3 of the 5 kinds above") are counted here, by share, not as done/undone.
  const groupTotals = new Set(['technical-artifacts', 'leadership-evidence'])
  const single = checklist.filter((item) => item.group === undefined && !groupTotals.has(item.id))
  const parts = [
    groupPart('technical', config.thresholds.technicalArtifacts),
    groupPart('leadership', config.thresholds.leadershipEvidence),
    ...single.map((item) => (item.done ? 1 : 0)),
    systemsPart,
    principlesPart,
  ]
  const completeness = (100 * parts.reduce((sum, part) => sum + part, 0)) / parts.length
  const quality =
    documents.length === 0
      ? 0
      : documents.reduce((sum, doc) => sum + doc.score, 0) / documents.length
  return {
    completeness: Math.round(completeness),
    quality: Math.round(quality),
    score: Math.round((completeness * quality) / 100),
  }
}
