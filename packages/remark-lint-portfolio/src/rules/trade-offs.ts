/**
 * ## portfolio-trade-offs
 *
 * Not written yet.
 */
import { portfolioRule } from '../knowledge/rule.js'

const rule = portfolioRule('portfolio-trade-offs', () => {})

export default rule
