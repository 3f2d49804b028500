/**
 * ## portfolio-metric-arithmetic
 *
 * A stated change must agree with its own figures. When a sentence gives both
 * ends of a change and a relative figure for it, the relative figure must be
 * what the ends compute to:
 *
 * - `2s → 150ms (93% improvement)` is right: 2s to 150ms is a 92.5% reduction.
 * - `2s → 150ms (50% improvement)` is not.
 *
 * Forms recognised: `A → B (N% …)` and `A -> B`, `from A to B (N%)`,
 * `reduced X by N% (from A to B)`, `improved X by N% from A to B`,
 * `from A to B, a N% reduction`, and `Nx faster` / `Nx` with both ends
 * given; comparisons (`3 days, down from 14 days`, `180 ms vs 420 ms`,
 * `4x last year's peak of 600K`); and table rows: a Before | After table (or
 * a row of a metric with two values) with a Change column or a third cell
 * of a signed percentage or a multiplier, reported on the row's line.
 * Units convert (ns, µs, ms, s, min, h, days…; K, M, B, million; $; KB…PB;
 * rates such as `/month`), a bare end takes the other end's unit
 * (`3.2 → 4.1/5`), numbers may be written as words (`from three people to
 * four, 33% more`), and ends that measure different things are not compared.
 * The relative figure and the change must be in one clause: `and`, `while`,
 * `;`, a sentence end or a comma (unless followed by “a …”, “from …”,
 * “which …”) separates them.
 *
 * Tolerance: a percentage is accepted within 1 point, or within 5% of the
 * computed figure, whichever is looser, so anything that rounds to the stated
 * figure passes (92.5% → “93%”). Between two percentages, the difference in
 * points is accepted too (`65% → 92% (27% improvement)`); for `faster` on a
 * falling time, the speed-up too (`2s → 1s (100% faster)`). A multiplier is
 * accepted within 5% or rounding of the larger end over the smaller. An
 * explicit direction (“reduced”, “increase”, `-93%`) must match the change's.
 * A time of day moved (`from 07:30 to 05:00`) has no zero, so no percentage
 * of it is checked.
 *
 * No options. Checks every kind; says nothing without front matter naming a
 * known kind. Code blocks are not read.
 *
 * @example
 *   {"name": "ok.md"}
 *
 *   ---
 *   kind: case-study
 *   title: Checkout latency
 *   ---
 *
 *   - 90th percentile latency: 2s → 150ms (93% improvement)
 *   - Reduced incidents by 78% (from 9/month to 2/month)
 *   - Test coverage 65% → 92% (27% improvement)
 *   - Cost fell from $1.2M to $800K, a 33% reduction
 *   - Search is 10x faster: from 2s to 200ms
 *   - Reduced latency by 60% while scaling from 10M to 50M users
 *   - The on-call rota went from three people to four, 33% more
 *
 * @example
 *   {"name": "wrong.md", "label": "input"}
 *
 *   ---
 *   kind: case-study
 *   title: Checkout latency
 *   ---
 *
 *   - 90th percentile latency: 2s → 150ms (50% improvement)
 *   - Reduced p99 latency by 50% (from 2s to 150ms)
 *   - MTTR 4hrs -> 45min, 3x faster
 *   - MTTR 4hrs -> 45min, 5x faster
 *   - Throughput from 100 rps to 150 rps (+20%)
 *   - The on-call rota went from three people to four, 50% more
 *
 * @example
 *   {"name": "wrong.md", "label": "output"}
 *
 *   6:40: "50% improvement" does not match 2s → 150ms, which is a 92.5% reduction
 *   7:23: "by 50%" does not match 2s → 150ms, which is a 92.5% reduction
 *   8:23: "3x faster" does not match 4hrs → 45min, which is a 5.3x reduction
 *   10:39: "+20%" does not match 100 rps → 150 rps, which is a 50% increase
 *   11:52: "50% more" does not match three people → four, which is a 33.3% increase
 *
 * @example
 *   {"name": "table.md", "label": "input"}
 *
 *   ---
 *   kind: case-study
 *   title: Store checkout
 *   ---
 *
 *   | Metric | Before | After  | Change |
 *   | ------ | ------ | ------ | ------ |
 *   | p50    | 300 ms | 150 ms | -50%   |
 *   | p99    | 800 ms | 200 ms | -90%   |
 *
 * @example
 *   {"name": "table.md", "label": "output"}
 *
 *   9:1: "-90%" does not match 800 ms → 200 ms in this table row, which is a 75% reduction
 *
 * @example
 *   {"name": "direction.md", "label": "input"}
 *
 *   ---
 *   kind: decision-record
 *   title: Split the monolith
 *   ---
 *
 *   Cost dropped from $1.2M to $800K, a 50% increase.
 *
 * @example
 *   {"name": "direction.md", "label": "output"}
 *
 *   6:37: "50% increase" does not match $1.2M → $800K, which is a 33.3% reduction
 */

import { documentContext } from '../knowledge/context.js'
import { blockClaims, checkRelativeClaim, describeChange } from '../knowledge/metrics.js'
import { tablesChanges } from '../knowledge/metrics-tables.js'
import { portfolioRule } from '../knowledge/rule.js'
import { placeAt, textBlocks } from '../knowledge/text.js'

const remarkLintPortfolioMetricArithmetic = portfolioRule(
  'portfolio-metric-arithmetic',
  (tree, file) => {
    if (!documentContext(tree).spec) return
    for (const block of textBlocks(tree, file)) {
      const claims = blockClaims(block)
      for (const claim of claims.relatives) {
        const check = checkRelativeClaim(claim)
        if (!check || check.ok || !claim.change) continue
        file.message(
          `"${claim.text}" does not match ${describeChange(claim.change)}, which is ${check.actual}`,
          { place: placeAt(file, block.offsetOf(claim.start)) },
        )
      }
    }
    for (const row of tablesChanges(tree, file)) {
      const check = row.relative && checkRelativeClaim(row.relative)
      if (!row.relative || !check || check.ok) continue
      file.message(
        `"${row.relative.text}" does not match ${describeChange(row.change)} in this table row, which is ${check.actual}`,
        { place: placeAt(file, row.offset) },
      )
    }
  },
)

export default remarkLintPortfolioMetricArithmetic
