/**
 * ## portfolio-options-considered
 *
 * Not written yet.
 */
import { portfolioRule } from '../knowledge/rule.js'

const rule = portfolioRule('portfolio-options-considered', () => {})

export default rule
