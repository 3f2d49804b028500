/**
 * ## portfolio-story-length
 *
 * Not written yet.
 */
import { portfolioRule } from '../knowledge/rule.js'

const rule = portfolioRule('portfolio-story-length', () => {})

export default rule
