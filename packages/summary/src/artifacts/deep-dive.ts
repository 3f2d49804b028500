/**
 * `deep-dive.md`: for each story, the follow-up questions an interviewer is
 * likely to ask, derived from what the document leaves out or states weakly
 * (the engine's facts: figures, changes, signals, requirements). The same
 * report always gives the same questions; no AI service is involved.
 */
import type { DocumentKind, PortfolioReport, ReportDocument, SignalId } from '@techfolio/engine'
import type { ArtifactRenderer } from '../contract.js'
import { documentName, mdCode, mdText } from '../markdown.js'

export const DEEP_DIVE_FILE = 'deep-dive.md'

/** One likely question, with where in the document it comes from. */
export interface DeepDiveQuestion {
  /** Stable id of the gap it probes, e.g. `no-alternatives`. */
  id: string
  /** Markdown, already escaped. */
  text: string
  line?: number
}

/** Kinds whose content should show these; others are not asked. */
const DESIGN_KINDS: readonly DocumentKind[] = ['system', 'decision-record']
const ALTERNATIVE_KINDS: readonly DocumentKind[] = [
  'system',
  'decision-record',
  'case-study',
  'excellence-initiative',
  'cross-functional',
]
const SCALE_KINDS: readonly DocumentKind[] = ['system', 'case-study', 'excellence-initiative']
const RESULT_KINDS: readonly DocumentKind[] = [
  'system',
  'decision-record',
  'case-study',
  'excellence-initiative',
  'cross-functional',
  'post-mortem',
]

function has(document: ReportDocument, id: SignalId): boolean {
  return document.signals.some((signal) => signal.id === id)
}

function first(document: ReportDocument, id: SignalId): number | undefined {
  return document.signals.find((signal) => signal.id === id)?.line
}

function within(kind: DocumentKind | undefined, kinds: readonly DocumentKind[]): boolean {
  return kind !== undefined && kinds.includes(kind)
}

/** The questions for one story, in a fixed order: figures, choices, voice, reflection. */
export function deepDiveQuestions(document: ReportDocument): DeepDiveQuestion[] {
  const questions: DeepDiveQuestion[] = []
  const { kind } = document
  for (const gap of document.baselineGaps) {
    questions.push({
      id: 'metric-without-baseline',
      text: `You say “${mdText(gap.text)}”. Compared with what: what was the baseline, and how did you measure it?`,
      line: gap.line,
    })
  }
  for (const change of document.changes) {
    if (change.statedAgrees !== false || change.stated === undefined) continue
    questions.push({
      id: 'metric-mismatch',
      text: `“${mdText(change.stated)}” for ${mdText(change.text)}, which computes to ${mdText(change.computed)}: which figure is right?`,
      line: change.line,
    })
  }
  const claims = document.figures.some((figure) => figure.claim)
  if (within(kind, RESULT_KINDS) && document.changes.length === 0 && !claims) {
    questions.push({
      id: 'no-result-figures',
      text: 'What changed, in numbers? Which metric moved, from what to what?',
    })
  }
  if (within(kind, SCALE_KINDS) && !has(document, 'scale')) {
    questions.push({
      id: 'no-scale',
      text: 'How big is it: requests per second, data volume, users, engineers?',
    })
  }
  if (within(kind, ALTERNATIVE_KINDS) && !has(document, 'alternatives')) {
    questions.push({
      id: 'no-alternatives',
      text: 'What else did you consider, and why did you not do that?',
    })
  }
  if (has(document, 'trade-off') && !has(document, 'trade-off-cost')) {
    const line = first(document, 'trade-off')
    questions.push({
      id: 'trade-off-without-cost',
      text: 'You name a trade-off but not its cost: what did you give up, and who paid for it?',
      ...(line !== undefined ? { line } : {}),
    })
  } else if (within(kind, DESIGN_KINDS) && !has(document, 'trade-off')) {
    questions.push({
      id: 'no-trade-off',
      text: 'What did this choice cost you? Every design gives something up.',
    })
  }
  if (!has(document, 'first-person')) {
    questions.push({
      id: 'no-first-person',
      text: 'What did you do yourself? The document says what was done, never who did it.',
    })
  }
  if (!has(document, 'reflection')) {
    questions.push({
      id: 'no-reflection',
      text: 'Looking back, what would you do differently?',
    })
  }
  for (const requirement of document.requirements) {
    if (requirement.met) continue
    questions.push({
      id: 'thin-requirement',
      text: `You say little about ${mdText(requirement.name.toLowerCase())}: walk me through it.`,
      ...(requirement.line !== undefined ? { line: requirement.line } : {}),
    })
  }
  return questions
}

export function renderDeepDive(report: PortfolioReport): string {
  const stories = report.documents.filter((document) => document.story)
  const lines = [
    '# Deep-dive questions',
    '',
    'For each story, the follow-up questions an interviewer is likely to ask, from what the document leaves out or states weakly. Answer them in the document, or be ready to answer them aloud.',
    '',
  ]
  if (stories.length === 0) lines.push('No stories found.', '')
  for (const document of stories) {
    lines.push(`## ${mdText(documentName(document))}`, '', mdCode(document.path), '')
    const questions = deepDiveQuestions(document)
    if (questions.length === 0) {
      lines.push(
        'Nothing obvious is left out: expect the interviewer to go one level deeper on each figure and decision.',
      )
    }
    for (const question of questions) {
      const where = question.line !== undefined ? ` (line ${question.line})` : ''
      lines.push(`- ${question.text}${where}`)
    }
    lines.push('')
  }
  return lines.join('\n')
}

export const deepDiveArtifact: ArtifactRenderer = (report) => [
  { path: DEEP_DIVE_FILE, content: renderDeepDive(report) },
]
