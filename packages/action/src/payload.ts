/**
 * The report an unprivileged job uploads and a privileged one posts (the
 * `workflow_run` pair for forks). The privileged job trusts nothing in it:
 * `validatePayload` rebuilds a report from only the fields the comment
 * renders, each checked for type, bounded (scores 0-100, counts, lines) and
 * length-limited; anything else is dropped, anything wrong is refused. The
 * renderer then escapes every string as it does for any pull request.
 */
import type {
  ChecklistItem,
  FileResult,
  Finding,
  PortfolioReport,
  PrincipleCoverage,
  ReportDocument,
  Requirement,
} from '@techfolio/engine'

export const PAYLOAD_SCHEMA = 'techfolio-pull-request-report/v1'

export interface PullRequestPayload {
  schema: typeof PAYLOAD_SCHEMA
  pullRequest: number
  headSha: string
  baseLabel: string
  changedPaths: string[] | undefined
  base: PortfolioReport | undefined
  head: PortfolioReport
}

/** The payload is not one the Action wrote, or was tampered with. */
export class PayloadError extends Error {
  override name = 'PayloadError'
}

const LIMITS = {
  documents: 2_000,
  findingsPerFile: 500,
  files: 2_000,
  text: 2_000,
  path: 500,
  changedPaths: 10_000,
  principles: 64,
  checklist: 200,
} as const

type Json = Record<string, unknown>

function fail(where: string, expected: string): never {
  throw new PayloadError(`Report ${where}: expected ${expected}`)
}

function object(value: unknown, where: string): Json {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) fail(where, 'an object')
  return value as Json
}

function array(value: unknown, where: string, max: number): unknown[] {
  if (!Array.isArray(value) || value.length > max) fail(where, `an array of at most ${max}`)
  return value
}

function text(value: unknown, where: string, max: number = LIMITS.text): string {
  if (typeof value !== 'string' || value.length > max)
    fail(where, `a string of at most ${max} characters`)
  return value
}

function optionalText(
  value: unknown,
  where: string,
  max: number = LIMITS.text,
): string | undefined {
  return value === undefined || value === null ? undefined : text(value, where, max)
}

function integer(value: unknown, where: string, min: number, max: number): number {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < min || value > max) {
    fail(where, `a whole number from ${min} to ${max}`)
  }
  return value
}

function boolean(value: unknown, where: string): boolean {
  if (typeof value !== 'boolean') fail(where, 'true or false')
  return value
}

function score(value: unknown, where: string): number {
  return integer(value, where, 0, 100)
}

function finding(value: unknown, where: string): Finding {
  const input = object(value, where)
  const severity = input.severity
  if (severity !== 'error' && severity !== 'warning') fail(`${where}.severity`, 'error or warning')
  const url = optionalText(input.url, `${where}.url`, 300)
  return {
    ruleId: text(input.ruleId, `${where}.ruleId`, 100),
    severity,
    message: text(input.message, `${where}.message`),
    line: integer(input.line, `${where}.line`, 0, 10_000_000),
    column: integer(input.column, `${where}.column`, 0, 10_000_000),
    // Only links to documentation over https survive.
    ...(url !== undefined && /^https:\/\/[\w.-]+\/[\w./#%-]*$/.test(url) ? { url } : {}),
  }
}

function documentOf(value: unknown, where: string): ReportDocument {
  const input = object(value, where)
  const requirements: Requirement[] = array(
    input.requirements ?? [],
    `${where}.requirements`,
    100,
  ).map((entry, index) => {
    const requirement = object(entry, `${where}.requirements[${index}]`)
    return {
      name: text(requirement.name, `${where}.requirements[${index}].name`, 200),
      met: boolean(requirement.met, `${where}.requirements[${index}].met`),
    }
  })
  return {
    path: text(input.path, `${where}.path`, LIMITS.path),
    kind: optionalText(input.kind, `${where}.kind`, 60) as ReportDocument['kind'],
    title: optionalText(input.title, `${where}.title`, 500),
    focus: undefined,
    principles: [],
    story: false,
    tooManyPrinciples: false,
    score: score(input.score, `${where}.score`),
    checks: [],
    failedChecks: 0,
    requirements,
    errorCount: integer(input.errorCount, `${where}.errorCount`, 0, 1_000_000),
    warningCount: integer(input.warningCount, `${where}.warningCount`, 0, 1_000_000),
    hasDiagram: false,
    figures: [],
    changes: [],
    baselineGaps: [],
    signals: [],
  }
}

/** A report rebuilt from the fields the comment shows; the rest empty. */
export function validateReport(value: unknown, where = 'report'): PortfolioReport {
  const input = object(value, where)
  if (input.schemaVersion !== 1) fail(`${where}.schemaVersion`, '1')
  const tool = object(input.tool, `${where}.tool`)
  const parts = object(input.scoreParts, `${where}.scoreParts`)
  const verdict = object(input.verdict, `${where}.verdict`)
  const files: FileResult[] = array(input.files, `${where}.files`, LIMITS.files).map(
    (entry, index) => {
      const file = object(entry, `${where}.files[${index}]`)
      return {
        path: text(file.path, `${where}.files[${index}].path`, LIMITS.path),
        kind: undefined,
        title: undefined,
        messages: array(
          file.messages,
          `${where}.files[${index}].messages`,
          LIMITS.findingsPerFile,
        ).map((message, at) => finding(message, `${where}.files[${index}].messages[${at}]`)),
      }
    },
  )
  const checklist: ChecklistItem[] = array(
    input.checklist,
    `${where}.checklist`,
    LIMITS.checklist,
  ).map((entry, index) => {
    const item = object(entry, `${where}.checklist[${index}]`)
    return {
      id: text(item.id, `${where}.checklist[${index}].id`, 100),
      label: text(item.label, `${where}.checklist[${index}].label`, 300),
      done: boolean(item.done, `${where}.checklist[${index}].done`),
    }
  })
  const principles: PrincipleCoverage[] = array(
    input.principles,
    `${where}.principles`,
    LIMITS.principles,
  ).map((entry, index) => {
    const principle = object(entry, `${where}.principles[${index}]`)
    const at = `${where}.principles[${index}]`
    return {
      name: text(principle.name, `${at}.name`, 100),
      documents: [],
      stories: array(principle.stories, `${at}.stories`, LIMITS.documents).map((story, i) =>
        text(story, `${at}.stories[${i}]`, LIMITS.path),
      ),
      required: integer(principle.required, `${at}.required`, 0, 100),
      met: boolean(principle.met, `${at}.met`),
      targeted: boolean(principle.targeted, `${at}.targeted`),
    }
  })
  const reasons = array(verdict.reasons, `${where}.verdict.reasons`, 10).map((entry, index) => {
    const reason = object(entry, `${where}.verdict.reasons[${index}]`)
    return {
      id: 'errors' as const,
      count: 0,
      message: text(reason.message, `${where}.verdict.reasons[${index}].message`, 500),
    }
  })
  return {
    schemaVersion: 1,
    tool: { name: 'techfolio', version: text(tool.version, `${where}.tool.version`, 40) },
    level: input.level === 'L7' ? 'L7' : 'L6',
    portfolioPath: text(input.portfolioPath, `${where}.portfolioPath`, LIMITS.path),
    wholePortfolio: boolean(input.wholePortfolio, `${where}.wholePortfolio`),
    score: score(input.score, `${where}.score`),
    scoreParts: {
      completeness: score(parts.completeness, `${where}.scoreParts.completeness`),
      quality: score(parts.quality, `${where}.scoreParts.quality`),
      score: score(parts.score, `${where}.scoreParts.score`),
    },
    thresholds: {
      failUnder: 0,
      maxWarnings: undefined,
      minStoriesPerPrinciple: 0,
      maxPrinciplesPerStory: 4,
      systems: { min: 0, max: 0 },
      technicalArtifacts: 0,
      leadershipEvidence: 0,
    },
    verdict: { passed: boolean(verdict.passed, `${where}.verdict.passed`), reasons },
    errorCount: integer(input.errorCount, `${where}.errorCount`, 0, 10_000_000),
    warningCount: integer(input.warningCount, `${where}.warningCount`, 0, 10_000_000),
    documents: array(input.documents, `${where}.documents`, LIMITS.documents).map((entry, index) =>
      documentOf(entry, `${where}.documents[${index}]`),
    ),
    files,
    portfolioFindings: array(
      input.portfolioFindings,
      `${where}.portfolioFindings`,
      LIMITS.findingsPerFile,
    ).map((entry, index) => finding(entry, `${where}.portfolioFindings[${index}]`)),
    checklist,
    checklistDone: checklist.filter((item) => item.done).length,
    principles,
    levelSignals: [],
    rules: [],
    stats: { files: 0, parsed: 0, fromCache: 0, workers: 0 },
  }
}

/** The uploaded payload, strictly checked; throws `PayloadError` naming the first bad field. */
export function validatePayload(value: unknown): PullRequestPayload {
  const input = object(value, 'payload')
  if (input.schema !== PAYLOAD_SCHEMA) fail('payload.schema', PAYLOAD_SCHEMA)
  const headSha = text(input.headSha, 'payload.headSha', 64)
  if (!/^[0-9a-f]{40}([0-9a-f]{24})?$/.test(headSha)) fail('payload.headSha', 'a commit SHA')
  const changed = input.changedPaths
  return {
    schema: PAYLOAD_SCHEMA,
    pullRequest: integer(input.pullRequest, 'payload.pullRequest', 1, 1_000_000_000),
    headSha,
    baseLabel: text(input.baseLabel, 'payload.baseLabel', 255),
    changedPaths:
      changed === undefined || changed === null
        ? undefined
        : array(changed, 'payload.changedPaths', LIMITS.changedPaths).map((entry, index) =>
            text(entry, `payload.changedPaths[${index}]`, LIMITS.path),
          ),
    base:
      input.base === undefined || input.base === null
        ? undefined
        : validateReport(input.base, 'payload.base'),
    head: validateReport(input.head, 'payload.head'),
  }
}
