import { describe, expect, it } from 'vitest'
import { closestMatch, didYouMean, suggestPrinciple } from '../src/index.js'

describe('closestMatch', () => {
  it('suggests a close typo, or the one candidate containing the input, else nothing', () => {
    expect(closestMatch('sytem', ['system', 'story-bank'])).toBe('system')
    expect(closestMatch('decision', ['decision-record', 'system'])).toBe('decision-record')
    expect(closestMatch('zzzzzz', ['system', 'case-study'])).toBeUndefined()
    expect(closestMatch('', ['system'])).toBeUndefined()
  })

  it('formats the hint every Techfolio message uses', () => {
    expect(didYouMean('Sytem', ['system'])).toBe('; did you mean "system"?')
    expect(didYouMean('zzzzzz', ['system'])).toBe('')
  })

  it('serves principle suggestions', () => {
    expect(suggestPrinciple('Customer Obsesion')).toBe('Customer Obsession')
    expect(suggestPrinciple('Earths best employer')).toBe('Strive to be Earth’s Best Employer')
    expect(suggestPrinciple('Synergy')).toBeUndefined()
  })
})
