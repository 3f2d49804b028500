/**
 * Cross-document checks: they look at the whole portfolio and report in the
 * same finding format as the lint rules.
 */
import { statSync } from 'node:fs'
import path from 'node:path'
import { LEADERSHIP_PRINCIPLES } from '@techfolio/remark-lint-portfolio/catalog'
import type { FileAnalysis } from './analyse.js'
import { isBacked } from './backing.js'
import { checkDocsUrl } from './checks-meta.js'
import type { TechfolioConfig } from './config.js'
import type { ChecklistItem, DocumentKind, Finding, PrincipleCoverage } from './types.js'

export interface AnalysedDocument {
  /** Relative to cwd, `/`-separated. */
  path: string
  absolute: string
  analysis: FileAnalysis
}

export interface CrossDocumentResult {
  /** Findings by path (a document's, or the portfolio folder's). */
  findings: Map<string, Finding[]>
  checklist: ChecklistItem[]
  principles: PrincipleCoverage[]
  /** System documents with no lint error: what the 3-5 systems limit counts in the score. */
  readySystems: number
  /**
   * What each link target that is not a document was, by absolute path: the
   * only files these checks look at besides the documents. A stored report is
   * reused only while every one is still what it was.
   */
  targets: Map<string, LinkTarget>
}

export type LinkTarget = 'file' | 'folder' | 'missing'

/** What is at a link target now (a stat error of any kind, as `existsSync` has it, is missing). */
export function linkTargetAt(file: string): LinkTarget {
  try {
    const info = statSync(file, { throwIfNoEntry: false })
    return info === undefined ? 'missing' : info.isDirectory() ? 'folder' : 'file'
  } catch {
    return 'missing'
  }
}

/** Kinds that map other documents rather than tell a story of their own. */
const META_KINDS: ReadonlySet<DocumentKind | undefined> = new Set([
  'executive-summary',
  'story-bank',
])

export function crossDocumentChecks(
  documents: readonly AnalysedDocument[],
  config: TechfolioConfig,
  portfolioPath: string,
  root: string,
): CrossDocumentResult {
  const findings = new Map<string, Finding[]>()
  const report = (
    filePath: string,
    ruleId: string,
    message: string,
    place: { line: number; column: number; endLine?: number; endColumn?: number } = {
      line: 1,
      column: 1,
    },
  ) => {
    const severity = config.checks[ruleId]
    if (!severity || severity === 'off') return
    const finding: Finding = { ruleId, severity, message, ...place, url: checkDocsUrl(ruleId) }
    const list = findings.get(filePath) ?? []
    list.push(finding)
    findings.set(filePath, list)
  }
  const ofKind = (kind: DocumentKind) => documents.filter((doc) => doc.analysis.kind === kind)

  // Exactly one executive summary.
  const summaries = ofKind('executive-summary')
  if (summaries.length === 0) {
    report(
      portfolioPath,
      'portfolio-executive-summary',
      'No executive summary: expected one document with `kind: executive-summary` (1 page maximum)',
    )
  }
  for (const extra of summaries.slice(1)) {
    report(
      extra.path,
      'portfolio-executive-summary',
      `Second executive summary: expected exactly one, and ${summaries[0]?.path} is already one`,
    )
  }

  // 3 to 5 systems.
  const systems = ofKind('system')
  const { min, max } = config.thresholds.systems
  if (systems.length < min) {
    report(
      portfolioPath,
      'portfolio-system-count',
      `${systems.length} system design document${systems.length === 1 ? '' : 's'}: expected ${min} to ${max} (the guide: "limit to 3-5 systems")`,
    )
  }
  for (const extra of systems.slice(max)) {
    report(
      extra.path,
      'portfolio-system-count',
      `System design number ${systems.indexOf(extra) + 1} of ${systems.length}: expected at most ${max}; keep the strongest ${max}`,
    )
  }

  // Leadership Principle coverage.
  const claims = new Map<string, string[]>()
  const stories = new Map<string, string[]>()
  for (const doc of documents) {
    for (const principle of doc.analysis.principles) {
      const claimed = claims.get(principle) ?? []
      claims.set(principle, claimed)
      claimed.push(doc.path)
      if (!META_KINDS.has(doc.analysis.kind)) {
        const told = stories.get(principle) ?? []
        stories.set(principle, told)
        told.push(doc.path)
      }
    }
  }
  const targeted = LEADERSHIP_PRINCIPLES.filter(
    (name) => claims.has(name) || config.targetPrinciples.includes(name),
  )
  const needed = config.thresholds.minStoriesPerPrinciple
  for (const principle of targeted) {
    const told = stories.get(principle) ?? []
    if (told.length < needed) {
      const which = told.length > 0 ? ` (${told.join(', ')})` : ''
      report(
        portfolioPath,
        'portfolio-principle-coverage',
        `Leadership Principle "${principle}" has ${told.length} stor${told.length === 1 ? 'y' : 'ies'}${which}: expected at least ${needed}; list it under \`leadership-principles\` in more stories`,
      )
    }
  }
  const principles: PrincipleCoverage[] = LEADERSHIP_PRINCIPLES.map((name) => {
    const told = stories.get(name) ?? []
    return {
      name,
      documents: claims.get(name) ?? [],
      stories: told,
      required: needed,
      met: told.length >= needed,
      targeted: targeted.includes(name),
    }
  })

  // Relative links resolve.
  const byAbsolute = new Map(documents.map((doc) => [path.resolve(doc.absolute), doc]))
  const targets = new Map<string, LinkTarget>()
  const targetAt = (file: string) => {
    let found = targets.get(file)
    if (found === undefined) {
      found = linkTargetAt(file)
      targets.set(file, found)
    }
    return found
  }
  for (const doc of documents) {
    for (const link of doc.analysis.links) {
      const url = link.url.trim()
      if (url === '' || /^[a-z][a-z0-9+.-]*:/i.test(url) || url.startsWith('//')) continue
      const hashIndex = url.indexOf('#')
      const rawTarget = (hashIndex >= 0 ? url.slice(0, hashIndex) : url).replace(/\?.*$/, '')
      const fragment = hashIndex >= 0 ? url.slice(hashIndex + 1) : ''
      let target: string
      try {
        target = decodeURIComponent(rawTarget)
      } catch {
        target = rawTarget
      }
      const place = {
        line: link.line,
        column: link.column,
        endLine: link.endLine,
        endColumn: link.endColumn,
      }
      let targetDoc: AnalysedDocument | undefined = doc
      if (target !== '') {
        const resolved = target.startsWith('/')
          ? path.join(root, target)
          : path.resolve(path.dirname(doc.absolute), target)
        // A document was found by the walk: no need to look at the disk again.
        targetDoc = byAbsolute.get(resolved)
        const found = targetDoc ? 'file' : targetAt(resolved)
        if (found === 'missing') {
          report(
            doc.path,
            'portfolio-links',
            `Link target not found: \`${rawTarget}\`: expected a file at ${path.relative(root, resolved).split(path.sep).join('/')}`,
            place,
          )
          continue
        }
        if (found === 'folder') continue
      }
      if (fragment && targetDoc) {
        let anchor = fragment
        try {
          anchor = decodeURIComponent(fragment)
        } catch {
          // Keep it as written.
        }
        if (!targetDoc.analysis.anchors.includes(anchor.toLowerCase())) {
          report(
            doc.path,
            'portfolio-links',
            `Link fragment \`#${fragment}\` matches no heading in ${targetDoc === doc ? 'this document' : targetDoc.path}`,
            place,
          )
        }
      }
    }
  }

  // Figures in the executive summary are backed elsewhere: by any document
  // that is not an executive summary, the same set for every summary, so it
  // is built once (per summary, it cost summaries × documents).
  const keys = new Set<string>()
  for (const doc of documents) {
    if (doc.analysis.kind === 'executive-summary') continue
    for (const figure of doc.analysis.figures) keys.add(figure.key)
  }
  let summaryFiguresBacked = summaries.length === 1
  for (const summary of summaries) {
    const claimed = summary.analysis.figures.filter((figure) => figure.claim)
    if (claimed.length === 0) summaryFiguresBacked = false
    for (const figure of claimed) {
      if (isBacked(figure.key, keys)) continue
      summaryFiguresBacked = false
      report(
        summary.path,
        'portfolio-backed-figures',
        `Figure "${figure.text}" in the executive summary is not backed by any other document: expected a system design, case study or story that states it`,
        {
          line: figure.line,
          column: figure.column,
          endLine: figure.line,
          endColumn: figure.column + figure.text.length,
        },
      )
    }
  }

  // The checklist counts a document only when it has no lint error: an
  // untouched template is not a system design yet.
  const ready = documents.filter(
    (doc) => !doc.analysis.messages.some((message) => message.severity === 'error'),
  )
  const readySummaries = ready.filter((doc) => doc.analysis.kind === 'executive-summary')
  const checklist = buildChecklist(
    ready,
    summaries.length === 1 ? readySummaries.length : 0,
    summaryFiguresBacked && readySummaries.length === 1,
    config,
    systems.every((doc) => doc.analysis.hasDiagram),
  )
  const reported = new Set([
    'technical-artifacts',
    'leadership-evidence',
    'architecture-diagrams',
    'metrics-summary',
    'story-bank',
  ])
  for (const item of checklist) {
    if (!item.done && reported.has(item.id)) {
      report(portfolioPath, 'portfolio-checklist', `Checklist item not done: ${item.label}`)
    }
  }
  const readySystems = ready.filter((doc) => doc.analysis.kind === 'system').length
  return { findings, checklist, principles, readySystems, targets }
}

function buildChecklist(
  documents: readonly AnalysedDocument[],
  summaryCount: number,
  summaryFiguresBacked: boolean,
  config: TechfolioConfig,
  everySystemHasDiagram: boolean,
): ChecklistItem[] {
  const count = (kind: DocumentKind) => documents.filter((doc) => doc.analysis.kind === kind).length
  const teamDevelopment = documents.filter((doc) => doc.analysis.kind === 'team-development')
  const technical: ChecklistItem[] = [
    {
      id: 'system-designs',
      label: 'System architecture diagrams with scale metrics',
      done: count('system') > 0,
    },
    {
      id: 'performance-case-studies',
      label: 'Performance optimization case studies with quantified results',
      done: count('case-study') > 0,
    },
    {
      id: 'decision-records',
      label: 'Technical decision records with rationale and outcomes',
      done: count('decision-record') > 0,
    },
    {
      id: 'code-reviews',
      label: 'Code review examples demonstrating technical leadership',
      done: count('code-review') > 0,
    },
    {
      id: 'post-mortems',
      label: 'Post-mortem reports showing incident response leadership',
      done: count('post-mortem') > 0,
    },
  ]
  const leadership: ChecklistItem[] = [
    {
      id: 'team-development',
      label: 'Team development success stories with career progression outcomes',
      done: teamDevelopment.length > 0,
    },
    {
      id: 'excellence-initiatives',
      label: 'Engineering process improvement initiatives with measured impact',
      done: count('excellence-initiative') > 0,
    },
    {
      id: 'cross-functional',
      label: 'Cross-functional project leadership examples with business outcomes',
      done: count('cross-functional') > 0,
    },
    {
      id: 'mentorship',
      label: 'Technical mentorship examples with skill development results',
      done:
        teamDevelopment.length >= 2 ||
        documents.some((doc) => doc.analysis.focus?.toLowerCase() === 'mentorship'),
    },
  ]
  for (const item of technical) item.group = 'technical'
  for (const item of leadership) item.group = 'leadership'
  const systems = documents.filter((doc) => doc.analysis.kind === 'system')
  const technicalDone = technical.filter((item) => item.done).length
  const leadershipDone = leadership.filter((item) => item.done).length
  return [
    ...technical,
    {
      id: 'technical-artifacts',
      label: `Technical artifacts: ${config.thresholds.technicalArtifacts} of the 5 kinds above for ${config.level} (${technicalDone} present)`,
      done: technicalDone >= config.thresholds.technicalArtifacts,
    },
    ...leadership,
    {
      id: 'leadership-evidence',
      label: `Leadership evidence: ${config.thresholds.leadershipEvidence} of the 4 kinds above for ${config.level} (${leadershipDone} present)`,
      done: leadershipDone >= config.thresholds.leadershipEvidence,
    },
    {
      id: 'executive-summary',
      label: 'Executive summary (1 page) highlighting key achievements',
      done: summaryCount === 1,
    },
    {
      id: 'architecture-diagrams',
      label: 'Architecture diagrams that can be drawn during interviews',
      done: systems.length > 0 && everySystemHasDiagram,
    },
    {
      id: 'metrics-summary',
      label: 'Metrics and results summary for quick reference',
      done: summaryFiguresBacked,
    },
    {
      id: 'story-bank',
      label: 'Story bank connecting portfolio to common behavioral questions',
      done: count('story-bank') > 0,
    },
  ]
}
