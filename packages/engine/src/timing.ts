/**
 * `--timing`: where a run spends its time, per phase and per rule, in the
 * manner of ESLint's TIMING=1. Only created when asked for: without it no
 * transformer is wrapped and no clock is read.
 */
import type { Plugin, Processor, Transformer } from 'unified'

/** The phases of a run, in the order they happen. */
export const PHASES = [
  'read',
  'cache',
  'parse',
  'rules',
  'facts',
  'cross-document',
  'score',
  'render',
] as const
export type Phase = (typeof PHASES)[number]

/** Plain totals, as a worker thread sends them back (milliseconds). */
export interface TimingTotals {
  phases: Partial<Record<Phase, number>>
  rules: Record<string, number>
}

/** A run's timing as reported: phases in run order, rules slowest first. */
export interface TimingReport {
  /** Milliseconds per phase. With worker threads, parse, rules and facts are summed over threads. */
  phases: { phase: Phase; ms: number }[]
  /** Milliseconds per rule (or other remark plugin), slowest first, with its share of all rules. */
  rules: { ruleId: string; ms: number; percent: number }[]
  /** Worker threads whose timings are summed in (0: all in-process). */
  workers: number
}

export class Timings {
  private phases: Partial<Record<Phase, number>> = {}
  private rules: Record<string, number> = {}

  add(phase: Phase, ms: number): void {
    this.phases[phase] = (this.phases[phase] ?? 0) + ms
  }

  /** Runs `work` and adds its time to `phase`. */
  time<T>(phase: Phase, work: () => T): T {
    const started = performance.now()
    try {
      return work()
    } finally {
      this.add(phase, performance.now() - started)
    }
  }

  addRule(ruleId: string, ms: number): void {
    this.rules[ruleId] = (this.rules[ruleId] ?? 0) + ms
  }

  /** Adds another thread's totals. */
  merge(totals: TimingTotals): void {
    for (const [phase, ms] of Object.entries(totals.phases)) this.add(phase as Phase, ms)
    for (const [ruleId, ms] of Object.entries(totals.rules)) this.addRule(ruleId, ms)
  }

  /** The totals since the last take, and starts again from zero (a worker's reply). */
  take(): TimingTotals {
    const totals = { phases: this.phases, rules: this.rules }
    this.phases = {}
    this.rules = {}
    return totals
  }

  report(workers: number, ruleIds: readonly string[] = []): TimingReport {
    // Every configured rule is listed, a rule that took no measurable time too.
    for (const ruleId of ruleIds) this.rules[ruleId] ??= 0
    const ruleTotal = Object.values(this.rules).reduce((sum, ms) => sum + ms, 0)
    return {
      phases: PHASES.filter((phase) => this.phases[phase] !== undefined).map((phase) => ({
        phase,
        ms: round(this.phases[phase] ?? 0),
      })),
      rules: Object.entries(this.rules)
        .sort(([a, msA], [b, msB]) => msB - msA || (a < b ? -1 : 1))
        .map(([ruleId, ms]) => ({
          ruleId,
          ms: round(ms),
          percent: ruleTotal > 0 ? round((ms / ruleTotal) * 100) : 0,
        })),
      workers,
    }
  }
}

function round(ms: number): number {
  return Math.round(ms * 1000) / 1000
}

/** A lint rule's id from its plugin name (`remark-lint:portfolio-x` → `portfolio-x`). */
function pluginId(plugin: Plugin<unknown[]>, index: number): string {
  const name = plugin.name
  if (!name) return `plugin ${index + 1}`
  return name.includes(':') ? name.slice(name.lastIndexOf(':') + 1) : name
}

type AnyTransformer = Transformer & ((...args: unknown[]) => unknown)

function timedTransformer(
  transformer: AnyTransformer,
  ruleId: string,
  timings: Timings,
): Transformer {
  // unified calls a transformer of three parameters with a callback (unified-lint-rule's
  // are); keep that shape so it still gets one, and stop the clock when it calls back.
  if (transformer.length >= 3) {
    return function (this: unknown, tree, file, next) {
      const started = performance.now()
      return transformer.call(this, tree, file, (...args: unknown[]) => {
        timings.addRule(ruleId, performance.now() - started)
        ;(next as (...args: unknown[]) => void)(...args)
      })
    } as Transformer
  }
  return function (this: unknown, tree, file) {
    const started = performance.now()
    const result = transformer.call(this, tree, file)
    if (result && typeof (result as Promise<unknown>).then === 'function') {
      return (result as Promise<unknown>).finally(() =>
        timings.addRule(ruleId, performance.now() - started),
      )
    }
    timings.addRule(ruleId, performance.now() - started)
    return result
  } as Transformer
}

/**
 * Wraps each attached plugin (a preset's too: unified flattens presets into
 * its attachers) so the transformer it returns adds its time to `timings`.
 * Call before `freeze()`. Returns the ids of the plugins that are rules.
 */
export function timeTransformers(processor: Processor, timings: Timings): string[] {
  const ids: string[] = []
  const attachers = processor.attachers as unknown as [Plugin<unknown[]>, ...unknown[]][]
  for (const [index, entry] of attachers.entries()) {
    const [plugin, ...parameters] = entry
    const ruleId = pluginId(plugin, index)
    const timed = function (this: Processor, ...args: unknown[]) {
      const transformer = plugin.apply(this, args) as AnyTransformer | undefined
      if (typeof transformer !== 'function') return transformer
      ids.push(ruleId)
      return timedTransformer(transformer, ruleId, timings)
    }
    Object.defineProperty(timed, 'name', { value: plugin.name })
    attachers[index] = [timed as Plugin<unknown[]>, ...parameters]
  }
  return ids
}

/**
 * The report as two tables, as ESLint prints TIMING=1: the phases in run
 * order, then every rule, slowest first, with its share of all rule time.
 */
export function formatTiming(timing: TimingReport): string {
  const table = (head: [string, string, string], rows: [string, string, string][]) => {
    const widths = head.map((cell, column) =>
      Math.max(cell.length, ...rows.map((row) => row[column]?.length ?? 0)),
    )
    const line = (row: readonly string[]) =>
      row
        .map((cell, column) =>
          column === 0 ? cell.padEnd(widths[0] ?? 0) : cell.padStart(widths[column] ?? 0),
        )
        .join(' | ')
    // Aligned under ' | ': the first column left, the others right (as ESLint's table).
    const rule = `:${'-'.repeat(widths[0] ?? 1)}|${widths
      .slice(1)
      .map((width, index) => `${'-'.repeat(index === widths.length - 2 ? width : width + 1)}:`)
      .join('|')}`
    return [line(head), rule, ...rows.map(line)].join('\n')
  }
  const phaseTotal = timing.phases.reduce((sum, { ms }) => sum + ms, 0)
  const phases = table(
    ['Phase', 'Time (ms)', 'Relative'],
    timing.phases.map(({ phase, ms }) => [
      phase,
      ms.toFixed(3),
      `${phaseTotal > 0 ? ((ms / phaseTotal) * 100).toFixed(1) : '0.0'}%`,
    ]),
  )
  const rules = table(
    ['Rule', 'Time (ms)', 'Relative'],
    timing.rules.map(({ ruleId, ms, percent }) => [
      ruleId,
      ms.toFixed(3),
      `${percent.toFixed(1)}%`,
    ]),
  )
  const threads =
    timing.workers > 0
      ? `\n(parse, rules and facts are summed over ${timing.workers} worker threads)`
      : ''
  return `${phases}${threads}\n\n${rules}\n`
}
