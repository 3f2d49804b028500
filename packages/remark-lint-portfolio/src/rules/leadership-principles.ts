/**
 * ## portfolio-leadership-principles
 *
 * The `leadership-principles` front-matter list says which of Amazon's 16
 * Leadership Principles a document is evidence for; the story bank and the
 * principle coverage in the PR comment are built from it. A misspelt or
 * invented name silently drops a story from that map, so every entry must be
 * one of the 16, compared case- and apostrophe-insensitively ("Earth's" and
 * "Earth’s" both match). A close misspelling gets a suggestion.
 *
 * Two names hold punctuation: "Are Right, A Lot" and "Have Backbone;
 * Disagree and Commit". In a YAML flow list (`[Are Right, A Lot, Dive
 * Deep]`) the comma splits the first into two items, "Are Right" and
 * "A Lot". Adjacent items that rejoin into a principle are reported once,
 * with the fix: quote the name. A plain string value
 * (`leadership-principles: Ownership, Dive Deep`) is read as a
 * comma-separated list and keeps "Are Right, A Lot" whole.
 *
 * Also reported: a principle listed twice, a value that is neither a list
 * nor a string, and list items that are mappings or nested lists.
 *
 * Documents without front matter, or with broken YAML, are skipped: the
 * `portfolio-front-matter` rule reports those. A document without
 * `leadership-principles` passes. Messages sit at the offending value.
 *
 * No options.
 *
 * @example
 *   {"name": "ok.md"}
 *
 *   ---
 *   kind: case-study
 *   title: Checkout latency
 *   leadership-principles: [Dive Deep, "Are Right, A Lot", customer obsession]
 *   ---
 *
 * @example
 *   {"name": "ok-block.md"}
 *
 *   ---
 *   kind: team-development
 *   leadership-principles:
 *     - Hire and Develop the Best
 *     - Strive to be Earth's Best Employer
 *     - Have Backbone; Disagree and Commit
 *   ---
 *
 * @example
 *   {"name": "ok-string.md"}
 *
 *   ---
 *   kind: case-study
 *   leadership-principles: Ownership, Are Right, A Lot, Strive to be Earth's Best Employer
 *   ---
 *
 * @example
 *   {"name": "typo.md", "label": "input"}
 *
 *   ---
 *   kind: system
 *   leadership-principles: [Customer Obsesion, Teamwork]
 *   ---
 *
 * @example
 *   {"name": "typo.md", "label": "output"}
 *
 *   3:25: Unknown Leadership Principle "Customer Obsesion": did you mean "Customer Obsession"?
 *   3:44: Unknown Leadership Principle "Teamwork": expected one of Amazon's 16 (Customer Obsession, Ownership, Invent and Simplify, Are Right, A Lot, Learn and Be Curious, Hire and Develop the Best, Insist on the Highest Standards, Think Big, Bias for Action, Frugality, Earn Trust, Dive Deep, Have Backbone; Disagree and Commit, Deliver Results, Strive to be Earth’s Best Employer, Success and Scale Bring Broad Responsibility)
 *
 * @example
 *   {"name": "split.md", "label": "input"}
 *
 *   ---
 *   kind: decision-record
 *   leadership-principles: [Are Right, A Lot, Dive Deep]
 *   ---
 *
 * @example
 *   {"name": "split.md", "label": "output"}
 *
 *   3:25: "Are Right" and "A Lot" were split by YAML at the comma: quote the principle as "Are Right, A Lot"
 *
 * @example
 *   {"name": "split-block.md", "label": "input"}
 *
 *   ---
 *   kind: decision-record
 *   leadership-principles:
 *     - Have Backbone
 *     - Disagree and Commit
 *   ---
 *
 * @example
 *   {"name": "split-block.md", "label": "output"}
 *
 *   4:5: "Have Backbone" and "Disagree and Commit" are one principle written as two items: write it as one item, "Have Backbone; Disagree and Commit"
 *
 * @example
 *   {"name": "duplicate.md", "label": "input"}
 *
 *   ---
 *   kind: case-study
 *   leadership-principles:
 *     - Dive Deep
 *     - Ownership
 *     - dive deep
 *   ---
 *
 * @example
 *   {"name": "duplicate.md", "label": "output"}
 *
 *   6:5: Duplicate Leadership Principle "dive deep": "Dive Deep" is already listed on line 4
 *
 * @example
 *   {"name": "wrong-type.md", "label": "input"}
 *
 *   ---
 *   kind: case-study
 *   leadership-principles: 42
 *   ---
 *
 * @example
 *   {"name": "wrong-type.md", "label": "output"}
 *
 *   3:24: `leadership-principles` is a number: expected a list of Leadership Principle names
 *
 * @example
 *   {"name": "bad-item.md", "label": "input"}
 *
 *   ---
 *   kind: case-study
 *   leadership-principles:
 *     - Ownership
 *     - Dive Deep: primary
 *   ---
 *
 * @example
 *   {"name": "bad-item.md", "label": "output"}
 *
 *   5:5: `leadership-principles` item is a mapping: expected a Leadership Principle name (quote names that contain `: `)
 *
 * @example
 *   {"name": "no-front-matter.md"}
 *
 *   # Checkout latency
 */

import { frontMatter, type PlacedValue } from '../knowledge/front-matter.js'
import {
  LEADERSHIP_PRINCIPLES,
  type LeadershipPrinciple,
  readPrinciples,
  suggestPrinciple,
} from '../knowledge/principles.js'
import { portfolioRule } from '../knowledge/rule.js'

const KEY = 'leadership-principles'

function describeType(value: unknown): string {
  if (Array.isArray(value)) return 'a list'
  if (typeof value === 'object') return 'a mapping'
  if (typeof value === 'number') return 'a number'
  if (typeof value === 'boolean') return 'a boolean'
  return `a ${typeof value}`
}

const remarkLintPortfolioLeadershipPrinciples = portfolioRule(
  'portfolio-leadership-principles',
  (tree, file) => {
    const matter = frontMatter(tree)
    if (!matter.node || matter.error) return
    const raw = matter.data[KEY]
    if (raw === undefined || raw === null) return
    if (!Array.isArray(raw) && typeof raw !== 'string') {
      file.message(
        `\`${KEY}\` is ${describeType(raw)}: expected a list of Leadership Principle names`,
        { place: matter.placeOf(KEY) },
      )
      return
    }

    for (const invalid of matter.invalidPrinciples ?? []) {
      file.message(
        `\`${KEY}\` item is ${invalid.value}: expected a Leadership Principle name (quote names that contain \`: \`)`,
        { place: invalid.place },
      )
    }

    const seen = new Map<LeadershipPrinciple, PlacedValue>()
    const record = (principle: LeadershipPrinciple, entry: PlacedValue) => {
      const first = seen.get(principle)
      if (first) {
        file.message(
          `Duplicate Leadership Principle "${entry.value}": "${principle}" is already listed on line ${first.place.line}`,
          { place: entry.place },
        )
      } else {
        seen.set(principle, entry)
      }
    }

    const entries = matter.principles
    for (const reading of readPrinciples(entries.map((entry) => entry.value))) {
      const entry = entries[reading.start] as PlacedValue
      const next = entries[reading.start + 1]
      if (reading.principle && reading.count === 1) {
        record(reading.principle, entry)
        continue
      }
      if (reading.principle && next) {
        const joined = reading.principle
        const sameLine = entry.place.line === next.place.line
        const reason = sameLine
          ? `"${entry.value}" and "${next.value}" were split by YAML at the comma: quote the principle as "${joined}"`
          : `"${entry.value}" and "${next.value}" are one principle written as two items: write it as one item, "${joined}"`
        file.message(reason, { place: entry.place })
        record(joined, { value: `${entry.value}, ${next.value}`, place: entry.place })
        continue
      }
      const suggestion = suggestPrinciple(entry.value)
      file.message(
        suggestion
          ? `Unknown Leadership Principle "${entry.value}": did you mean "${suggestion}"?`
          : `Unknown Leadership Principle "${entry.value}": expected one of Amazon's 16 (${LEADERSHIP_PRINCIPLES.join(', ')})`,
        { place: entry.place },
      )
    }
  },
)

export default remarkLintPortfolioLeadershipPrinciples
