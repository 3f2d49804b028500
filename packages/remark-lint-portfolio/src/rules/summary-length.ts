/**
 * ## portfolio-summary-length
 *
 * Not written yet.
 */
import { portfolioRule } from '../knowledge/rule.js'

const rule = portfolioRule('portfolio-summary-length', () => {})

export default rule
