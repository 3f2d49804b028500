/**
 * ## portfolio-ownership-voice
 *
 * Not written yet.
 */
import { portfolioRule } from '../knowledge/rule.js'

const rule = portfolioRule('portfolio-ownership-voice', () => {})

export default rule
