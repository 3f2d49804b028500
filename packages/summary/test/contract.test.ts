/**
 * The renderer contract: pure functions of a report. No renderer imports the
 * CLI framework, the file system, a network or GitHub client, or anything of
 * the engine but its types, so the same renderer serves the CLI, the Action
 * and a local preview alike.
 */
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { ARTIFACT_RENDERERS, COMMAND_FORMATS, renderArtifacts } from '../src/registry.js'
import { reportFixture } from './fixtures.js'

const SRC = fileURLToPath(new URL('../src/', import.meta.url))

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory()
      ? sources(join(dir, entry.name))
      : entry.name.endsWith('.ts')
        ? [join(dir, entry.name)]
        : [],
  )
}

const FORBIDDEN =
  /^(?:commander|node:fs|fs|node:fs\/promises|node:child_process|node:http|node:https|node:net|@octokit\/.*|@actions\/.*|undici)$/

describe('renderers', () => {
  const files = sources(SRC)

  it('import neither commander, the file system, a network nor a GitHub client', () => {
    expect(files.length).toBeGreaterThan(5)
    // src/pdf.ts (entry `@techfolio/summary/pdf`) is the one module that starts a
    // browser and writes its temporary profile; no renderer imports it.
    for (const file of files.filter((name) => !name.endsWith(`${'/'}pdf.ts`))) {
      const text = readFileSync(file, 'utf8')
      for (const match of text.matchAll(/(?:from|import)\s*\(?\s*'([^']+)'/g)) {
        expect(match[1], `${file} imports ${match[1]}`).not.toMatch(FORBIDDEN)
      }
    }
  })

  it('take only types from the engine', () => {
    for (const file of files) {
      const text = readFileSync(file, 'utf8')
      for (const match of text.matchAll(/^import (type )?[^;]*? from '@techfolio\/engine'/gm)) {
        expect(match[1], `${file}: ${match[0]}`).toBe('type ')
      }
    }
  })

  it('are pure: the same report renders the same output twice', () => {
    const report = reportFixture({
      documents: [{ path: 'a.md', kind: 'system', title: 'A', score: 50 }],
    })
    const before = JSON.stringify(report)
    for (const formats of Object.values(COMMAND_FORMATS)) {
      for (const render of Object.values(formats)) {
        expect(render(report, {})).toBe(render(report, {}))
      }
    }
    expect(renderArtifacts(report)).toEqual(renderArtifacts(report))
    expect(JSON.stringify(report)).toBe(before)
  })

  it('refuses artifacts that would overwrite each other or leave the output folder', () => {
    const report = reportFixture({ documents: [] })
    const twice = {
      a: () => [{ path: 'x.md', content: '' }],
      b: () => [{ path: 'x.md', content: '' }],
    }
    expect(() => renderArtifacts(report, {}, twice)).toThrow(/both write x\.md/)
    for (const bad of ['../x.md', '/etc/x', 'a//b', 'a/./b', 'a\\b', '']) {
      expect(() =>
        renderArtifacts(report, {}, { bad: () => [{ path: bad, content: '' }] }),
      ).toThrow(/expected a relative path inside the output folder/)
    }
    expect(Object.keys(ARTIFACT_RENDERERS)).toEqual([
      'metrics',
      'story-bank',
      'deep-dive',
      'level',
      'report-json',
      'badge',
      'executive-summary-html',
      'report-html',
    ])
  })
})

describe('badge.svg', () => {
  it('shows the score in the colour of its band', async () => {
    const { renderBadge } = await import('../src/artifacts/badge.js')
    const badge = (score: number) => renderBadge(reportFixture({ documents: [], score }))
    expect(badge(95)).toContain('fill="#4c1"')
    expect(badge(95)).toContain('>95/100</text>')
    expect(badge(85)).toContain('fill="#97ca00"')
    expect(badge(30)).toContain('fill="#e05d44"')
    expect(badge(30)).not.toContain('#4c1')
    expect(badge(30)).not.toMatch(/https?:\/\/(?!www\.w3\.org)/)
  })

  it('escapes a label as XML text and attribute value', async () => {
    const { renderBadge } = await import('../src/artifacts/badge.js')
    const svg = renderBadge(reportFixture({ documents: [], score: 80 }), `R&D "core" <team>`)
    expect(svg).toContain('>R&#38;D &#34;core&#34; &#60;team&#62;</text>')
    expect(svg).toContain('aria-label="R&#38;D &#34;core&#34; &#60;team&#62;: 80/100')
    expect(svg).not.toContain('<team>')
  })
})
