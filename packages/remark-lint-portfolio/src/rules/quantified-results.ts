/**
 * ## portfolio-quantified-results
 *
 * Not written yet.
 */
import { portfolioRule } from '../knowledge/rule.js'

const rule = portfolioRule('portfolio-quantified-results', () => {})

export default rule
