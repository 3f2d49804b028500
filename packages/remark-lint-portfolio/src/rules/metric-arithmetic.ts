/**
 * ## portfolio-metric-arithmetic
 *
 * Not written yet.
 */
import { portfolioRule } from '../knowledge/rule.js'

const rule = portfolioRule('portfolio-metric-arithmetic', () => {})

export default rule
