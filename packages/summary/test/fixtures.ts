/**
 * Reports built by hand, for renderer tests that must not depend on the
 * engine's judgement: every field a renderer reads is set here.
 */
import type { FileResult, PortfolioReport, ReportDocument, ScoreCheck } from '@techfolio/engine'
import type { Colors } from '../src/contract.js'

/** ANSI styling, to test that colour appears only when asked for. */
export const ansiColors: Colors = {
  bold: (text) => `\u001b[1m${text}\u001b[22m`,
  dim: (text) => `\u001b[2m${text}\u001b[22m`,
  underline: (text) => `\u001b[4m${text}\u001b[24m`,
  red: (text) => `\u001b[31m${text}\u001b[39m`,
  green: (text) => `\u001b[32m${text}\u001b[39m`,
  yellow: (text) => `\u001b[33m${text}\u001b[39m`,
}

export type DocumentInput = Pick<ReportDocument, 'path' | 'kind' | 'title' | 'score'> &
  Partial<Omit<ReportDocument, 'checks'>> & { checks?: ScoreCheck[] }

export interface FixtureInput
  extends Partial<Omit<PortfolioReport, 'documents' | 'files' | 'thresholds'>> {
  documents: DocumentInput[]
  files?: FileResult[]
  failUnder?: number
  thresholds?: Partial<PortfolioReport['thresholds']>
}

export function documentFixture(input: DocumentInput): ReportDocument {
  const checks = input.checks ?? []
  const story =
    input.story ??
    (input.kind !== undefined && input.kind !== 'executive-summary' && input.kind !== 'story-bank')
  return {
    focus: undefined,
    principles: [],
    tooManyPrinciples: false,
    requirements: [],
    errorCount: 0,
    warningCount: 0,
    hasDiagram: false,
    figures: [],
    changes: [],
    baselineGaps: [],
    signals: [],
    failedChecks: checks.filter((check) => !check.passed).length,
    ...input,
    story,
    checks,
  }
}

/** A full report from the parts a test cares about; the rest empty and passing. */
export function reportFixture(input: FixtureInput): PortfolioReport {
  const { documents, files, failUnder, thresholds, ...rest } = input
  const checklist = rest.checklist ?? []
  const failUnderValue = failUnder ?? thresholds?.failUnder ?? 0
  return {
    schemaVersion: 1,
    tool: { name: 'techfolio', version: '0.0.0-test' },
    level: 'L6',
    portfolioPath: 'portfolio',
    wholePortfolio: true,
    score: 0,
    scoreParts: { completeness: 0, quality: 0, score: 0 },
    verdict: { passed: true, reasons: [] },
    errorCount: 0,
    warningCount: 0,
    portfolioFindings: [],
    checklist,
    checklistDone: checklist.filter((item) => item.done).length,
    principles: [],
    levelSignals: [],
    rules: [],
    stats: { files: documents.length, parsed: documents.length, fromCache: 0, workers: 0 },
    ...rest,
    thresholds: {
      maxWarnings: undefined,
      minStoriesPerPrinciple: 2,
      maxPrinciplesPerStory: 4,
      systems: { min: 3, max: 5 },
      technicalArtifacts: 3,
      leadershipEvidence: 3,
      ...thresholds,
      failUnder: failUnderValue,
    },
    documents: documents.map(documentFixture),
    files:
      files ??
      documents.map((document) => ({
        path: document.path,
        kind: document.kind,
        title: document.title,
        messages: [],
      })),
  }
}
