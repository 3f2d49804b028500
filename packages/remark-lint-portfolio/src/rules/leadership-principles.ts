/**
 * ## portfolio-leadership-principles
 *
 * Not written yet.
 */
import { portfolioRule } from '../knowledge/rule.js'

const rule = portfolioRule('portfolio-leadership-principles', () => {})

export default rule
