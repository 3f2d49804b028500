import { remark } from 'remark'
import { describe, expect, it } from 'vitest'
import preset, { RULES } from '../src/index.js'

const rule = (id: string) => {
  const info = RULES.find((entry) => entry.id === id)
  if (!info) throw new Error(id)
  return info.plugin
}

const story = `---
kind: team-development
title: Growing a tech lead
---

## Situation

We had a gap. I planned. We shipped. We reviewed. We grew. We learned.
`

describe('the preset', () => {
  it('marks messages of error rules fatal and of warn rules not', async () => {
    const file = await remark().use(preset).process('# No front matter\n')
    const message = file.messages.find((entry) => entry.ruleId === 'portfolio-front-matter')
    expect(message?.fatal).toBe(true)
    const voice = await remark().use(preset).process(story)
    const warning = voice.messages.find((entry) => entry.ruleId === 'portfolio-ownership-voice')
    expect(warning?.fatal).toBe(false)
  })

  it('honours <!--lint disable--> comments', async () => {
    const text = 'Contact me at jane.doe@acme-payments.com.\n'
    const matter = '---\nkind: story-bank\ntitle: Stories\n---\n\n'
    const plain = await remark()
      .use(preset)
      .process(matter + text)
    expect(plain.messages.map((entry) => entry.ruleId)).toContain('portfolio-confidentiality')
    const disabled = await remark()
      .use(preset)
      .process(`${matter}<!--lint disable portfolio-confidentiality-->\n\n${text}`)
    expect(disabled.messages.map((entry) => entry.ruleId)).not.toContain(
      'portfolio-confidentiality',
    )
  })

  it('takes severity and options the remark way, after the preset', async () => {
    const off = await remark()
      .use(preset)
      .use(rule('portfolio-ownership-voice'), ['off'])
      .process(story)
    expect(off.messages.map((entry) => entry.ruleId)).not.toContain('portfolio-ownership-voice')
    const raised = await remark()
      .use(preset)
      .use(rule('portfolio-ownership-voice'), ['error'])
      .process(story)
    const message = raised.messages.find((entry) => entry.ruleId === 'portfolio-ownership-voice')
    expect(message?.fatal).toBe(true)
  })
})
