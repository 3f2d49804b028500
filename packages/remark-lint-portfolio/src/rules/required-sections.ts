/**
 * ## portfolio-required-sections
 *
 * Not written yet.
 */
import { portfolioRule } from '../knowledge/rule.js'

const rule = portfolioRule('portfolio-required-sections', () => {})

export default rule
