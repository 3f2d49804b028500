/**
 * ## portfolio-diagram
 *
 * Not written yet.
 */
import { portfolioRule } from '../knowledge/rule.js'

const rule = portfolioRule('portfolio-diagram', () => {})

export default rule
