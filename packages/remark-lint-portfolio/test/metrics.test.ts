import remarkFrontmatter from 'remark-frontmatter'
import remarkGfm from 'remark-gfm'
import remarkParse from 'remark-parse'
import { unified } from 'unified'
import { VFile } from 'vfile'
import { describe, expect, it } from 'vitest'
import {
  checkRelativeClaim,
  extractClaims,
  parseQuantities,
  percentChange,
  withinTolerance,
} from '../src/knowledge/metrics.js'
import { RULES } from '../src/rules.js'

const texts = (text: string) => parseQuantities(text).map((quantity) => quantity.text)

describe('parseQuantities', () => {
  it('reads SI-style spaced seconds and hours, so the arithmetic uses the written units', () => {
    const found = parseQuantities('1.9 s → 240 ms and 3.5 h → 40 min')
    expect(found.map((quantity) => [quantity.text, quantity.base])).toEqual([
      ['1.9 s', 1900],
      ['240 ms', 240],
      ['3.5 h', 12_600_000],
      ['40 min', 2_400_000],
    ])
    const [latency, build] = extractClaims(
      'p99 fell 1.9 s → 240 ms (87% faster); builds 3.5 h → 40 min (81% faster)',
    ).relatives
    expect(latency?.change?.comparable).toBe(true)
    expect(build?.change?.comparable).toBe(true)
    expect(latency && checkRelativeClaim(latency)?.ok).toBe(true)
    expect(build && checkRelativeClaim(build)?.ok).toBe(true)
  })

  it('reads figures with units, magnitudes, rates and ratings', () => {
    const found = parseQuantities(
      '2s, 150ms, 45min, 4hrs, 93%, $40K/month, 10x, 100M requests/day, 1B+ events/day, 4.1/5, 8 engineers, 5 TB, 500 rps',
    )
    expect(found.map((quantity) => [quantity.text, quantity.dimension])).toEqual([
      ['2s', 'time'],
      ['150ms', 'time'],
      ['45min', 'time'],
      ['4hrs', 'time'],
      ['93%', 'percent'],
      ['$40K/month', 'money'],
      ['10x', 'multiplier'],
      ['100M requests/day', 'count'],
      ['1B+ events/day', 'count'],
      ['4.1/5', 'rating'],
      ['8 engineers', 'count'],
      ['5 TB', 'data'],
      ['500 rps', 'count'],
    ])
    expect(found[0]?.base).toBe(2000)
    expect(found[5]?.value).toBe(40_000)
    expect(found[5]?.per).toBe('month')
    expect(found[7]?.value).toBe(100_000_000)
    expect(found[8]?.qualifier).toBe('+')
  })

  it('gives exact offsets', () => {
    const text = 'Latency: 2s → 150ms'
    for (const quantity of parseQuantities(text)) {
      expect(text.slice(quantity.start, quantity.end)).toBe(quantity.text)
    }
  })

  it('leaves out years, versions, addresses, clock times and glued names', () => {
    expect(
      texts('Q2 2023, P99, EC2, N+1 queries, SHA-256, v1.2.3, 10.0.0.1, 10:30, 2023-05-01'),
    ).toEqual([])
  })

  it('reads ranges, signs and qualifiers', () => {
    const [range, signed, under] = parseQuantities('15-25 engineers, (-93%), <100ms')
    expect(range?.value).toBe(15)
    expect(range?.upTo).toBe(25)
    expect(signed?.sign).toBe(-1)
    expect(under?.qualifier).toBe('<')
  })
})

describe('extractClaims', () => {
  it('finds before → after pairs in every spelling', () => {
    const { changes } = extractClaims(
      '2s → 150ms; 2s -> 150ms; from 9/month to 2/month; 85% -> 92%; 65% → 92%; 80% CPU → 45% CPU',
    )
    expect(changes.map((change) => [change.before.text, change.after.text, change.form])).toEqual([
      ['2s', '150ms', 'arrow'],
      ['2s', '150ms', 'arrow'],
      ['9/month', '2/month', 'from-to'],
      ['85%', '92%', 'arrow'],
      ['65%', '92%', 'arrow'],
      ['80%', '45%', 'arrow'],
    ])
    expect(changes.every((change) => change.comparable)).toBe(true)
  })

  it('reads a from-to change whose ends are hedged or averaged', () => {
    // A public-sector record and a payments story, as their writers put it.
    const ends = (text: string) =>
      extractClaims(text).changes.map((change) => [change.before.text, change.after.text])
    expect(ends('Password-reset calls went from about 40,000 a month to 6,500.')).toEqual([
      ['40,000 a month', '6,500'],
    ])
    expect(ends('checks went from up to eleven days by post to a median of 9 minutes')).toEqual([
      ['eleven days', '9 minutes'],
    ])
    expect(ends('p99 fell from over 2 s to under 300 ms')).toEqual([['2 s', '300 ms']])
    // An article before a time made an adjective: "a 15-minute batch" is 15 minutes.
    expect(ends('from a 15-minute batch to under 30 seconds')).toEqual([
      ['15-minute', '30 seconds'],
    ])
    expect(ends('took the rebuild from a 40-minute job to a 6-minute one')).toEqual([
      ['40-minute', '6-minute'],
    ])
    // An article before anything else is no hedge.
    expect(ends('from the team to the 4 leads')).toEqual([])
    expect(ends('from a team of 4 to 12 engineers')).toEqual([])
  })

  it('gives a bare end the other end’s unit', () => {
    const [change] = extractClaims('autonomy scores: 3.2 → 4.1/5').changes
    expect(change?.before.dimension).toBe('rating')
    expect(change?.comparable).toBe(true)
  })

  it('links a stated percentage to the change in its clause', () => {
    const { relatives } = extractClaims('90th percentile latency: 2s → 150ms (93% improvement)')
    expect(relatives).toHaveLength(1)
    expect(relatives[0]?.text).toBe('93% improvement')
    expect(relatives[0]?.change?.text).toBe('2s → 150ms')
    expect(checkRelativeClaim(relatives[0] as never)?.ok).toBe(true)
  })

  it('reports what a wrong percentage should be', () => {
    const [claim] = extractClaims('2s → 150ms (50% improvement)').relatives
    const check = claim ? checkRelativeClaim(claim) : undefined
    expect(check?.ok).toBe(false)
    expect(check?.actual).toBe('a 92.5% reduction')
  })

  it('reads executive-summary claims with their subject and direction', () => {
    const text =
      'Led teams of 15-25 engineers through platform modernization reducing latency by 60% while scaling from 10M to 50M users.'
    const { relatives, changes } = extractClaims(text)
    expect(changes).toHaveLength(1)
    expect(relatives).toHaveLength(1)
    const [claim] = relatives
    expect(claim?.text).toBe('by 60%')
    expect(claim?.verb).toBe('reducing')
    expect(claim?.subject).toBe('latency')
    expect(claim?.direction).toBe('decrease')
    // "while" starts another clause: the 60% is not about 10M → 50M users.
    expect(claim?.change).toBeUndefined()
    expect(text.slice(claim?.start, claim?.end)).toBe('by 60%')
  })

  it('checks "reduced X by N% (from A to B)" and "Nx faster"', () => {
    const good = extractClaims('Reduced incidents by 78% (from 9/month to 2/month)').relatives[0]
    expect(good && checkRelativeClaim(good)?.ok).toBe(true)
    const bad = extractClaims('Search is 3x faster: from 2s to 200ms').relatives[0]
    expect(bad && checkRelativeClaim(bad)).toMatchObject({ ok: false, actual: 'a 10x reduction' })
  })

  it('never throws on odd input', () => {
    for (const text of [
      '',
      '→',
      '-> ->',
      '$',
      '$.',
      '1e999%',
      'from',
      'from 1 to',
      '((((',
      '\u0000',
      '9'.repeat(400),
    ]) {
      expect(() => extractClaims(text)).not.toThrow()
    }
  })
})

describe('arithmetic helpers', () => {
  it('computes changes and tolerances', () => {
    expect(percentChange(2000, 150)).toBeCloseTo(-92.5)
    expect(percentChange(0, 1)).toBeUndefined()
    expect(withinTolerance(93, 92.5)).toBe(true)
    expect(withinTolerance(50, 92.5)).toBe(false)
  })
})

describe('pathological input finishes in linear time', () => {
  // Quadratic work on these sizes would take minutes; linear work takes well under a second.
  it('a line of 100,000 arrows and numbers', () => {
    const line = Array.from({ length: 100_000 }, (_, index) => String(index + 1)).join(' → ')
    const claims = extractClaims(line)
    expect(claims.quantities.length).toBeGreaterThan(90_000)
    expect(claims.changes.length).toBeGreaterThan(90_000)
  })

  it('a line of 50,000 percentages in one clause', () => {
    const line = `${'2s → 150ms (50% improvement) '.repeat(50_000)}`
    const claims = extractClaims(line)
    expect(claims.changes).toHaveLength(50_000)
    expect(claims.relatives).toHaveLength(50_000)
  })

  it('a 5 MB document of figures', () => {
    const text =
      'Latency 2s → 150ms (93% improvement), reduced cost by 40% from $1.2M to $720K; 8 engineers.\n'.repeat(
        55_000,
      )
    expect(text.length).toBeGreaterThan(5_000_000)
    const claims = extractClaims(text)
    expect(claims.changes).toHaveLength(110_000)
    expect(claims.relatives.filter((claim) => checkRelativeClaim(claim)?.ok)).toHaveLength(110_000)
    // 2-5 s alone; a quadratic reader would take hours, so a loaded machine's 7 s is no signal.
  }, 60_000)

  it('long runs of one character', () => {
    for (const char of ['1', '.', '-', '$', ',', 'x', 'X', '[', '@', '/', '>', '1,']) {
      const text = char.repeat(200_000)
      expect(Array.isArray(extractClaims(text).quantities)).toBe(true)
    }
  })

  it('the seven metric and wording rules on a 1 MB document (parsing dominates) and on one enormous line', async () => {
    const paragraph =
      'We cut p99 from 2s → 150ms (50% improvement) for 8 engineers; TODO [Include diagram] ' +
      'mail a@corp.example.io, see PAY-1234 at https://jira.acme.com/browse/PAY-1 and XX% of $XM. ' +
      'I was asked to fix it.\n\n'
    const big = `---\nkind: case-study\ntitle: Big\n---\n\n## Result\n\n${paragraph.repeat(Math.ceil(1_000_000 / paragraph.length))}`
    const arrows = `---\nkind: case-study\ntitle: Arrows\n---\n\n## Result\n\n${Array.from({ length: 20_000 }, (_, index) => `${index}ms`).join(' → ')}\n`
    for (const markdown of [big, arrows]) {
      const processor = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).use(remarkGfm)
      for (const rule of RULES) {
        if (
          ![
            'portfolio-quantified-results',
            'portfolio-metric-arithmetic',
            'portfolio-placeholders',
            'portfolio-summary-length',
            'portfolio-story-length',
            'portfolio-ownership-voice',
            'portfolio-confidentiality',
          ].includes(rule.id)
        )
          continue
        processor.use(rule.plugin, 'warn')
      }
      const file = new VFile({ path: 'big.md', value: markdown })
      await processor.run(processor.parse(file), file)
      expect(file.messages.length).toBeGreaterThan(0)
    }
  }, 120_000)
})
