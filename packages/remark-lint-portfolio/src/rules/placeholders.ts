/**
 * ## portfolio-placeholders
 *
 * Not written yet.
 */
import { portfolioRule } from '../knowledge/rule.js'

const rule = portfolioRule('portfolio-placeholders', () => {})

export default rule
