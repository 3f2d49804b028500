/**
 * The analyses a run makes without parsing (a file too large, not UTF-8, over
 * its time budget): kept apart from analyse.ts so that a run which parses
 * nothing loads neither the parser nor the rules.
 */
import type { FileAnalysis } from './analyse.js'
import { checkDocsUrl } from './checks-meta.js'

/** Every fact of an analysis, empty. */
export function emptyFacts(): Omit<FileAnalysis, 'messages' | 'sectionOfMessage'> {
  return {
    kind: undefined,
    title: undefined,
    focus: undefined,
    principles: [],
    requiredSections: [],
    links: [],
    anchors: [],
    hasDiagram: false,
    figures: [],
    changes: [],
    baselineGaps: [],
    signals: [],
  }
}

/** The analysis of a file Techfolio cannot read: one error at `line`, nothing else. */
export function unreadableAnalysis(ruleId: string, message: string, line = 1): FileAnalysis {
  return {
    ...emptyFacts(),
    messages: [{ ruleId, severity: 'error', message, line, column: 1, url: checkDocsUrl(ruleId) }],
    sectionOfMessage: {},
  }
}

/** A text on one line: line breaks and other control characters become spaces. */
export function oneLine(text: string): string {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: replacing them is the point
  return text.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g, ' ')
}
