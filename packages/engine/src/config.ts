import { existsSync } from 'node:fs'
import { readFile } from 'node:fs/promises'
import path from 'node:path'
import {
  didYouMean,
  LEADERSHIP_PRINCIPLES,
  type LeadershipPrinciple,
  matchPrinciple,
  RULE_CATALOG,
  suggestPrinciple,
} from '@techfolio/remark-lint-portfolio/catalog'
import type { ErrorObject } from 'ajv'
import { CROSS_DOCUMENT_CHECKS } from './checks-meta.js'
import { ConfigError, InputError } from './errors.js'
import { findUp } from './find-up.js'
import { CONFIG_SCHEMA } from './schema.js'

/** Config file names, in the order they are looked for in each folder. */
export const CONFIG_FILE_NAMES = [
  'techfolio.config.json',
  'techfolio.config.yaml',
  'techfolio.config.yml',
] as const

export type Level = 'L6' | 'L7'
export type CheckSeverity = 'error' | 'warning' | 'off'

/** The configuration with every default filled in. */
export interface TechfolioConfig {
  level: Level
  /** Files, folders or globs checked when RunOptions.paths is not given. */
  paths: string[]
  /** Cache folder (absolute once loaded); undefined: node_modules/.cache/techfolio under the root. */
  cacheDir: string | undefined
  cache: boolean
  /** Canonical names of the principles targeted besides those claimed in front matter. */
  targetPrinciples: LeadershipPrinciple[]
  thresholds: {
    failUnder: number
    minStoriesPerPrinciple: number
    systems: { min: number; max: number }
    /** Kinds of technical artifact the checklist wants (the guide: choose 3-5). */
    technicalArtifacts: number
    /** Kinds of leadership evidence the checklist wants (the guide: choose 3-4). */
    leadershipEvidence: number
  }
  /** Weight of each lint rule's check in a document score. */
  weights: Record<string, number>
  /** Accepted for compatibility, no longer used: the portfolio score is completeness × quality (README, Scores). */
  scoring: { documents: number; checklist: number }
  /** Severity of each cross-document check. */
  checks: Record<string, CheckSeverity>
  /** `threshold` unset: chosen from what runs measured on this machine (see workerThreshold). */
  workers: { threshold: number | undefined; max: number | undefined }
  /** Largest document read, in bytes: a larger one gets a finding instead of being parsed. */
  maxFileSize: number
  /**
   * Seconds one document may take to analyse. In worker threads a document
   * over it is stopped and gets a finding; in-process it gets a finding when
   * it finishes (a synchronous plugin cannot be interrupted there).
   */
  fileTimeBudget: number
}

/** Default weight of each rule's check (per required section for portfolio-required-sections). */
export const DEFAULT_WEIGHTS: Readonly<Record<string, number>> = {
  'portfolio-front-matter': 3,
  'portfolio-leadership-principles': 1,
  'portfolio-required-sections': 2,
  'portfolio-options-considered': 3,
  'portfolio-trade-offs': 3,
  'portfolio-quantified-results': 3,
  'portfolio-metric-arithmetic': 2,
  'portfolio-placeholders': 2,
  'portfolio-diagram': 2,
  'portfolio-summary-length': 2,
  'portfolio-story-length': 1,
  'portfolio-ownership-voice': 1,
  'portfolio-confidentiality': 3,
  'portfolio-links': 2,
  'portfolio-backed-figures': 2,
  // An interviewer stops at blame, a growth story without growth, a code
  // review without code, or a story with no "I": weighted like missing results.
  'portfolio-blameless': 3,
  'portfolio-individual-growth': 3,
  'portfolio-code-shown': 3,
  'portfolio-first-person': 3,
}

/** Weight of a rule that is neither in DEFAULT_WEIGHTS nor in the config (e.g. a third-party rule). */
export const FALLBACK_WEIGHT = 1

/**
 * Where each level sets the bar inside the guide's ranges: an L7 (principal,
 * senior manager) loop expects broader evidence than an L6 one, so the top of
 * "choose 3-5" artifacts and "choose 3-4" leadership kinds, and a third story
 * per targeted principle. Explicit `thresholds` override these.
 */
export const LEVEL_THRESHOLDS: Readonly<
  Record<
    Level,
    Pick<
      TechfolioConfig['thresholds'],
      'minStoriesPerPrinciple' | 'technicalArtifacts' | 'leadershipEvidence'
    >
  >
> = {
  L6: { minStoriesPerPrinciple: 2, technicalArtifacts: 3, leadershipEvidence: 3 },
  L7: { minStoriesPerPrinciple: 3, technicalArtifacts: 4, leadershipEvidence: 4 },
}

export const DEFAULT_CONFIG: Readonly<TechfolioConfig> = Object.freeze({
  level: 'L6',
  paths: ['portfolio'],
  cacheDir: undefined,
  cache: true,
  targetPrinciples: [],
  thresholds: { failUnder: 0, systems: { min: 3, max: 5 }, ...LEVEL_THRESHOLDS.L6 },
  weights: { ...DEFAULT_WEIGHTS },
  scoring: { documents: 70, checklist: 30 },
  checks: Object.fromEntries(CROSS_DOCUMENT_CHECKS.map((check) => [check.id, check.severity])),
  workers: { threshold: undefined, max: undefined },
  maxFileSize: 5_000_000,
  fileTimeBudget: 10,
}) as TechfolioConfig

/** The config file `techfolio init` writes: every default, spelt out. */
export function defaultConfigText(): string {
  const text = {
    $schema: './node_modules/@techfolio/engine/schema/techfolio.config.schema.json',
    level: DEFAULT_CONFIG.level,
    paths: DEFAULT_CONFIG.paths,
    targetPrinciples: [],
    // The level's own thresholds are left out, so changing `level` changes them.
    thresholds: {
      failUnder: DEFAULT_CONFIG.thresholds.failUnder,
      systems: DEFAULT_CONFIG.thresholds.systems,
    },
    weights: {},
    scoring: DEFAULT_CONFIG.scoring,
  }
  return `${JSON.stringify(text, null, 2)}\n`
}

export interface LoadedConfig {
  config: TechfolioConfig
  /** Absolute path of the config file, undefined when none was found. */
  path: string | undefined
  /** Hash input: the file's text, '' when none. */
  text: string
}

export interface LoadConfigOptions {
  cwd: string
  /** An explicit config file; otherwise found from cwd upwards. */
  configPath?: string
}

/** Finds the nearest config file from `cwd` upwards. */
export function findConfigFile(cwd: string): string | undefined {
  return findUp(CONFIG_FILE_NAMES, cwd)
}

/**
 * Loads, validates and completes the configuration. Throws ConfigError (one
 * line naming the file and the key's path) for an invalid file, InputError
 * for an explicit path that does not exist.
 */
export async function loadConfig(options: LoadConfigOptions): Promise<LoadedConfig> {
  const cwd = path.resolve(options.cwd)
  let file: string | undefined
  if (options.configPath) {
    file = path.resolve(cwd, options.configPath)
    if (!existsSync(file)) throw new InputError(`Config file not found: ${options.configPath}`)
  } else {
    file = findConfigFile(cwd)
  }
  if (!file) return { config: structuredClone(DEFAULT_CONFIG), path: undefined, text: '' }
  const label = displayPath(cwd, file)
  let text: string
  try {
    text = await readFile(file, 'utf8')
  } catch (error) {
    throw new InputError(`${label}: cannot be read (${(error as NodeJS.ErrnoException).code})`)
  }
  const data = await parseConfigText(text, label, /\.ya?ml$/i.test(file))
  // The schema validator loads only when there is a config file to validate (start-up cost).
  validator ??= (await import('./config-validator.js')).default as Validator
  return { config: validateConfig(data, label, path.dirname(file)), path: file, text }
}

function displayPath(cwd: string, file: string): string {
  const relative = path.relative(cwd, file)
  return (relative.startsWith('..') ? file : relative).split(path.sep).join('/')
}

async function parseConfigText(text: string, label: string, yaml: boolean): Promise<unknown> {
  const source = text.replace(/^\uFEFF/, '')
  // YAML (dozens of modules) is loaded only for a YAML config or a JSON one that does not parse.
  if (yaml) {
    const { parseDocument } = await import('yaml')
    const document = parseDocument(source, { prettyErrors: true, uniqueKeys: true })
    const error = document.errors[0]
    if (error) {
      const line = error.linePos?.[0]
      const where = line ? `:${line.line}:${line.col}` : ''
      throw new ConfigError(
        `${label}${where}: invalid YAML: ${error.message.split('\n')[0]?.replace(/ at line \d+, column \d+:?$/, '')}`,
      )
    }
    try {
      return document.toJS() ?? {}
    } catch (error) {
      // An unresolved alias (`level: *L7`) or an alias bomb fails only here.
      throw new ConfigError(`${label}: invalid YAML: ${(error as Error).message.split('\n')[0]}`)
    }
  }
  if (source.trim() === '') return {}
  try {
    return JSON.parse(source)
  } catch (error) {
    const message = (error as Error).message
    const position = /position (\d+)/.exec(message)
    let where = ''
    if (position) {
      const before = source.slice(0, Number(position[1]))
      const line = before.split('\n').length
      const column = before.length - before.lastIndexOf('\n')
      where = `:${line}:${column}`
    } else {
      const lineColumn = /line (\d+) column (\d+)/.exec(message)
      if (lineColumn) where = `:${lineColumn[1]}:${lineColumn[2]}`
      else {
        // Older V8 messages carry no position: JSON is YAML, whose parser says where it stopped.
        const { parseDocument } = await import('yaml')
        const first = parseDocument(source, { prettyErrors: true }).errors[0]?.linePos?.[0]
        if (first) where = `:${first.line}:${first.col}`
      }
    }
    const reason = message
      .replace(/ in JSON at position \d+.*$/, '')
      .replace(/ \(line \d+ column \d+\)$/, '')
      // V8 quotes the file's first bytes: a file that is not a config (`-c /etc/passwd`) is not echoed.
      .replace(/, "[\s\S]* is not valid JSON$/, '')
      .replace(/\s+/g, ' ')
    throw new ConfigError(`${label}${where}: invalid JSON: ${reason}`)
  }
}

/** The schema compiled ahead of time by Ajv (src/config-validator.ts, generated). */
type Validator = ((data: unknown) => boolean) & { errors?: ErrorObject[] | null }
let validator: Validator | undefined

function validate(data: unknown): ErrorObject[] {
  if (!validator) throw new Error('the config validator was used before loadConfig loaded it')
  return validator(data) ? [] : [...(validator.errors ?? [])]
}

/** `/thresholds/failUnder` → `thresholds.failUnder`; `/paths/0` → `paths[0]`. */
function keyPath(pointer: string, extra?: string): string {
  const parts = pointer
    .split('/')
    .slice(1)
    .map((part) => part.replace(/~1/g, '/').replace(/~0/g, '~'))
  if (extra !== undefined) parts.push(extra)
  let out = ''
  for (const part of parts) {
    if (/^\d+$/.test(part)) out += `[${part}]`
    else if (/^[A-Za-z_$][\w$-]*$/.test(part)) out += out ? `.${part}` : part
    else out += `[${JSON.stringify(part)}]`
  }
  return out || '(root)'
}

function valueAt(data: unknown, pointer: string): unknown {
  let value = data
  for (const part of pointer.split('/').slice(1)) {
    if (value === null || typeof value !== 'object') return undefined
    value = (value as Record<string, unknown>)[part.replace(/~1/g, '/').replace(/~0/g, '~')]
  }
  return value
}

function describe(value: unknown): string {
  if (value === null) return 'null'
  if (Array.isArray(value)) return 'an array'
  if (typeof value === 'object') return 'an object'
  return JSON.stringify(value)
}

function schemaAt(pointer: string): Record<string, unknown> | undefined {
  // biome-ignore lint/suspicious/noExplicitAny: walking a JSON Schema
  let node: any = CONFIG_SCHEMA
  for (const part of pointer.split('/').slice(1)) {
    if (part === '') continue
    node = node?.[part]
  }
  return node
}

function formatError(error: ErrorObject, data: unknown, label: string): string {
  const where = error.instancePath
  const got = describe(valueAt(data, where))
  switch (error.keyword) {
    case 'additionalProperties': {
      const key = String(error.params.additionalProperty)
      const parent = schemaAt(error.schemaPath.replace(/\/additionalProperties$/, ''))
      const known = Object.keys((parent?.properties as object | undefined) ?? {})
      return `${label}: unknown key ${keyPath(where, key)}${didYouMean(key, known)}`
    }
    case 'type':
      return `${label}: ${keyPath(where)} must be ${article(String(error.params.type))} (got ${got})`
    case 'enum': {
      const allowed = (error.params.allowedValues as unknown[]).map((v) => JSON.stringify(v))
      return `${label}: ${keyPath(where)} must be one of ${allowed.join(', ')} (got ${got})`
    }
    case 'minimum':
    case 'maximum':
      return `${label}: ${keyPath(where)} must be ${error.keyword === 'minimum' ? '>=' : '<='} ${error.params.limit} (got ${got})`
    case 'minItems':
      return `${label}: ${keyPath(where)} must list at least ${error.params.limit} entry (got an empty list)`
    case 'minLength':
      return `${label}: ${keyPath(where)} must not be empty`
    default:
      return `${label}: ${keyPath(where)} ${error.message ?? 'is invalid'} (got ${got})`
  }
}

function article(type: string): string {
  if (type === 'integer') return 'an integer'
  if (type === 'array' || type === 'object') return `an ${type}`
  return `a ${type}`
}

const RULE_IDS = [
  ...RULE_CATALOG.map((rule) => rule.id),
  ...CROSS_DOCUMENT_CHECKS.map((check) => check.id),
]

/** Validates parsed config data; `dir` resolves relative paths (cacheDir). */
export function validateConfig(data: unknown, label: string, dir: string): TechfolioConfig {
  const errors = validate(data)
  if (errors.length > 0) {
    // Report the deepest, most specific error first: one line.
    errors.sort((a, b) => b.instancePath.length - a.instancePath.length)
    const preferred =
      errors.find((error) => error.keyword === 'additionalProperties') ??
      errors.find((error) => error.keyword === 'type') ??
      errors[0]
    throw new ConfigError(formatError(preferred as ErrorObject, data, label))
  }
  // biome-ignore lint/suspicious/noExplicitAny: validated against the schema above
  const input = data as any
  const config = structuredClone(DEFAULT_CONFIG) as TechfolioConfig
  if (input.level) {
    config.level = input.level
    Object.assign(config.thresholds, LEVEL_THRESHOLDS[config.level])
  }
  if (input.paths) config.paths = input.paths
  if (input.cacheDir) config.cacheDir = path.resolve(dir, input.cacheDir)
  if (input.cache !== undefined) config.cache = input.cache
  for (const [index, name] of ((input.targetPrinciples ?? []) as string[]).entries()) {
    const principle = matchPrinciple(name)
    if (!principle) {
      const suggestion = suggestPrinciple(name)
      throw new ConfigError(
        `${label}: targetPrinciples[${index}] "${name}" is not a Leadership Principle${
          suggestion
            ? `; did you mean "${suggestion}"?`
            : ` (expected one of ${LEADERSHIP_PRINCIPLES.join(', ')})`
        }`,
      )
    }
    if (!config.targetPrinciples.includes(principle)) config.targetPrinciples.push(principle)
  }
  const thresholds = input.thresholds ?? {}
  if (thresholds.failUnder !== undefined) config.thresholds.failUnder = thresholds.failUnder
  for (const key of [
    'minStoriesPerPrinciple',
    'technicalArtifacts',
    'leadershipEvidence',
  ] as const) {
    if (thresholds[key] !== undefined) config.thresholds[key] = thresholds[key]
  }
  Object.assign(config.thresholds.systems, thresholds.systems ?? {})
  if (config.thresholds.systems.min > config.thresholds.systems.max) {
    throw new ConfigError(
      `${label}: thresholds.systems.min (${config.thresholds.systems.min}) must not exceed thresholds.systems.max (${config.thresholds.systems.max})`,
    )
  }
  for (const [id, weight] of Object.entries((input.weights ?? {}) as Record<string, number>)) {
    if (!RULE_IDS.includes(id)) {
      throw new ConfigError(
        `${label}: weights["${id}"]: unknown rule${didYouMean(id, RULE_IDS)} (known rules: ${RULE_IDS.join(', ')})`,
      )
    }
    config.weights[id] = weight
  }
  Object.assign(config.scoring, input.scoring ?? {})
  if (config.scoring.documents + config.scoring.checklist <= 0) {
    throw new ConfigError(`${label}: scoring.documents + scoring.checklist must be more than 0`)
  }
  const checkIds = CROSS_DOCUMENT_CHECKS.map((check) => check.id)
  for (const [id, severity] of Object.entries((input.checks ?? {}) as Record<string, string>)) {
    if (!checkIds.includes(id)) {
      throw new ConfigError(
        `${label}: checks["${id}"]: unknown cross-document check${didYouMean(id, checkIds)} (known checks: ${checkIds.join(', ')})`,
      )
    }
    config.checks[id] = severity as CheckSeverity
  }
  Object.assign(config.workers, input.workers ?? {})
  if (input.maxFileSize !== undefined) config.maxFileSize = input.maxFileSize
  if (input.fileTimeBudget !== undefined) config.fileTimeBudget = input.fileTimeBudget
  return config
}
