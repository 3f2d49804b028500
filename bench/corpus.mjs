// Builds a deterministic benchmark corpus: `count` documents of every kind,
// cycled from the sample portfolio, each copy with its own wording (domain
// nouns swapped, numbers scaled, a unique sentence) so no two files are equal
// and the parser and rules see varied text rather than one cached shape.
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join, relative } from 'node:path'

/** A small seeded generator (mulberry32): the same seed gives the same corpus. */
function random(seed) {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

// Whole words swapped per copy: other industries, same shapes of sentence.
const DOMAINS = [
  { freight: 'payments', shipment: 'order', carrier: 'merchant', load: 'batch', quote: 'invoice' },
  {
    freight: 'streaming',
    shipment: 'session',
    carrier: 'publisher',
    load: 'segment',
    quote: 'offer',
  },
  { freight: 'claims', shipment: 'policy', carrier: 'insurer', load: 'claim', quote: 'estimate' },
  { freight: 'grocery', shipment: 'basket', carrier: 'courier', load: 'route', quote: 'price' },
  { freight: 'freight', shipment: 'shipment', carrier: 'carrier', load: 'load', quote: 'quote' },
]

const SENTENCES = [
  'We reviewed the rollout weekly with the on-call engineers.',
  'The dashboards were shared with the finance partners every Monday.',
  'I wrote the runbook before the first canary went out.',
  'Two teams in another region adopted the same approach a quarter later.',
  'The migration ran behind a flag that we removed after six weeks.',
]

function samples(portfolio) {
  return readdirSync(portfolio, { recursive: true, withFileTypes: true })
    .filter(
      (entry) =>
        entry.isFile() &&
        entry.name.endsWith('.md') &&
        !relative(portfolio, join(entry.parentPath, entry.name)).startsWith('templates'),
    )
    .map((entry) => {
      const absolute = join(entry.parentPath, entry.name)
      return { path: relative(portfolio, absolute), text: readFileSync(absolute, 'utf8') }
    })
    .sort((a, b) => (a.path < b.path ? -1 : 1))
}

function vary(text, index) {
  const next = random(index + 1)
  const domain = DOMAINS[index % DOMAINS.length]
  const [head, body] = text.startsWith('---')
    ? [text.slice(0, text.indexOf('\n---', 3) + 4), text.slice(text.indexOf('\n---', 3) + 4)]
    : ['', text]
  // Link targets stay as they are, so cross-document links still resolve.
  const parts = body.split(/(\]\([^)]*\))/)
  const scale = 0.5 + next()
  for (let part = 0; part < parts.length; part += 2) {
    parts[part] = parts[part]
      .replace(/\b(freight|shipment|carrier|load|quote)(s?)\b/gi, (word, stem, plural) => {
        const swapped = domain[stem.toLowerCase()] + plural
        return word[0] === word[0].toUpperCase()
          ? swapped[0].toUpperCase() + swapped.slice(1)
          : swapped
      })
      // Scale whole numbers of three or more digits; years stay years.
      .replace(/\b\d{3,}\b/g, (digits) =>
        /^(19|20)\d\d$/.test(digits)
          ? digits
          : String(Math.max(100, Math.round(Number(digits) * scale))),
      )
  }
  let varied = parts.join('')
  const title = head.replace(
    /^title:\s*(.*)$/m,
    (_, value) => `title: ${value.replace(/^"|"$/g, '')} (${index})`,
  )
  const sentence = SENTENCES[Math.floor(next() * SENTENCES.length)]
  // A unique sentence at the end of the first paragraph after the title.
  varied = varied.replace(
    /\n\n([^#\n|>-][^\n]*)\n/,
    (_, line) => `\n\n${line} ${sentence} (Copy ${index}.)\n`,
  )
  return title + varied
}

/**
 * Writes `count` documents under `dir/portfolio/<group>/<sample path>`, 13
 * samples a group; returns the files written (relative to `dir`).
 */
export function writeCorpus(root, dir, count) {
  const sources = samples(join(root, 'portfolio'))
  const written = []
  for (let index = 0; index < count; index++) {
    const source = sources[index % sources.length]
    const group = `group-${String(Math.floor(index / sources.length)).padStart(4, '0')}`
    const target = join(dir, 'portfolio', group, source.path)
    mkdirSync(join(target, '..'), { recursive: true })
    writeFileSync(target, vary(source.text, index))
    written.push(relative(dir, target))
  }
  return written
}
