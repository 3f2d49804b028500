/**
 * `story-bank.md`: the 16 Leadership Principles against the stories, so a
 * candidate sees which question each story answers and where they have none.
 * Coverage (stories, required, met, targeted) is the engine's; a story's
 * `tooManyPrinciples` too.
 */
import type { PortfolioReport, ReportDocument } from '@techfolio/engine'
import type { ArtifactRenderer } from '../contract.js'
import { documentName, mdCell, mdCode, mdTable, mdText, plural } from '../markdown.js'

export const STORY_BANK_FILE = 'story-bank.md'

function status(principle: PortfolioReport['principles'][number]): string {
  if (!principle.targeted) return 'not targeted'
  if (principle.met) return '✓ covered'
  return `**gap**: ${principle.stories.length} of ${principle.required}`
}

export function renderStoryBank(report: PortfolioReport): string {
  const byPath = new Map(report.documents.map((document) => [document.path, document]))
  const story = (path: string): ReportDocument | undefined => byPath.get(path)
  const { minStoriesPerPrinciple, maxPrinciplesPerStory } = report.thresholds
  const lines = [
    '# Story bank',
    '',
    `Each Leadership Principle with the stories that claim it in their front matter. A targeted principle needs ${plural(minStoriesPerPrinciple, 'story', 'stories')} (level ${report.level}); one with fewer is a **gap**: an interviewer asking about it gets a thin answer or a story already told. The executive summary and the story bank map stories rather than tell one, so they do not count.`,
    '',
    mdTable(
      ['Leadership Principle', 'Stories', 'Status'],
      report.principles.map((principle) => [
        mdCell(principle.name),
        String(principle.stories.length),
        status(principle),
      ]),
      ['left', 'right', 'left'],
    ),
    '',
  ]
  for (const principle of report.principles) {
    if (principle.stories.length === 0 && !principle.targeted) continue
    lines.push(`## ${mdText(principle.name)}`, '')
    if (principle.stories.length === 0) lines.push('No story claims it.')
    for (const path of principle.stories) {
      const document = story(path)
      const name = document ? mdText(documentName(document)) : mdCode(path)
      const score = document ? ` — score ${document.score}` : ''
      lines.push(`- ${name} (${mdCode(path)})${score}`)
    }
    if (principle.targeted && !principle.met) {
      lines.push(
        '',
        `Gap: ${plural(principle.stories.length, 'story', 'stories')} of the ${principle.required} asked for.`,
      )
    }
    lines.push('')
  }
  const overloaded = report.documents.filter((document) => document.tooManyPrinciples)
  lines.push('## Stories carrying too many principles', '')
  lines.push(
    `A story is flagged when it claims more than ${maxPrinciplesPerStory} principles: in a loop each interviewer probes two or three principles with one story each, so a story claimed for five or more cannot go deep on any of them, and the loop hears it twice. Keep its strongest two or three and find other stories for the rest.`,
    '',
  )
  if (overloaded.length === 0) lines.push('None.')
  for (const document of overloaded) {
    lines.push(
      `- ${mdText(documentName(document))} (${mdCode(document.path)}): ${plural(document.principles.length, 'principle')} — ${document.principles.map(mdText).join(', ')}`,
    )
  }
  lines.push('')
  return lines.join('\n')
}

export const storyBankArtifact: ArtifactRenderer = (report) => [
  { path: STORY_BANK_FILE, content: renderStoryBank(report) },
]
