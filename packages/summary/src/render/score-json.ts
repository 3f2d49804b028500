import type { PortfolioReport } from '@techfolio/engine'
import type { ChunkedRenderer, StreamRenderer } from '../contract.js'
import { jsonDocument } from './json-chunks.js'

/**
 * `techfolio score --format json`: design.md's contract, plus the engine's
 * principle coverage (`stories`, `required`, `met`: added fields, none renamed).
 */
export interface ScoreJson {
  score: number
  documents: {
    path: string
    /** `null` when the document has no known `kind`. */
    kind: string | null
    /** `null` when the document has no `title`. */
    title: string | null
    score: number
    checks: { id: string; passed: boolean; weight: number; message: string }[]
  }[]
  checklist: { id: string; label: string; done: boolean }[]
  principles: {
    name: string
    /** Every document that claims it, the executive summary and story bank included. */
    documents: string[]
    /** The stories that count towards `required`: not the executive summary, not the story bank. */
    stories: string[]
    required: number
    met: boolean
  }[]
}

export type ScoreResult = Pick<PortfolioReport, 'score' | 'documents' | 'checklist' | 'principles'>

export function toScoreJson(result: ScoreResult): ScoreJson {
  return {
    score: result.score,
    documents: result.documents.map((document) => ({
      path: document.path,
      kind: document.kind ?? null,
      title: document.title ?? null,
      score: document.score,
      checks: document.checks.map((check) => ({
        id: check.id,
        passed: check.passed,
        weight: check.weight,
        message: check.message,
      })),
    })),
    checklist: result.checklist.map((item) => ({
      id: item.id,
      label: item.label,
      done: item.done,
    })),
    principles: result.principles.map((principle) => ({
      name: principle.name,
      documents: [...principle.documents],
      stories: [...principle.stories],
      required: principle.required,
      met: principle.met,
    })),
  }
}

export function formatScoreJson(result: ScoreResult): string {
  return [...jsonDocument(toScoreJson(result))].join('')
}

/** `score --format json`. */
export const scoreJson: StreamRenderer = (report) => formatScoreJson(report)

/** `score --format json`, in pieces. */
export const scoreJsonChunks: ChunkedRenderer = (report, options) =>
  jsonDocument(toScoreJson(report), options.tail)
