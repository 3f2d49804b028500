/**
 * ## portfolio-confidentiality
 *
 * Not written yet.
 */
import { portfolioRule } from '../knowledge/rule.js'

const rule = portfolioRule('portfolio-confidentiality', () => {})

export default rule
