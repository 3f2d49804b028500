/**
 * ## portfolio-confidentiality
 *
 * A portfolio is shown to people outside the company. This rule reports, at
 * each occurrence (in prose, inline code, code blocks, HTML, front matter,
 * and the URLs of links, images and definitions):
 *
 * - **e-mail addresses** (`name@company.com`);
 * - **private URLs**: loopback and private network addresses (`localhost`,
 *   `127.*`, `10.*`, `172.16-31.*`, `192.168.*`, `169.254.*`), internal hosts
 *   (below), and links into internal tools: hosts with a `jira`,
 *   `confluence`, `wiki`, `sharepoint`, `slack` or `quip` label, and
 *   `*.atlassian.net`, `*.sharepoint.com`, `*.slack.com`, `quip.com`,
 *   `docs.google.com`, `drive.google.com`;
 * - **internal host names** written without a scheme: hosts under the
 *   `.internal`, `.corp`, `.local`, `.lan`, `.intranet`, `.intra` or
 *   `.localdomain` top-level names, hosts with an `internal`, `corp`,
 *   `intranet` or `intra` label (`api.internal.acme.com`), and hosts of three
 *   labels or more with an environment label (`prod`, `prod-*`, `staging`,
 *   `stage`, `preprod`, `uat`), plus private IP addresses (in a URL, any host
 *   with an environment label counts);
 * - **ticket ids**: 2-10 capital letters, a dash and digits (`PAY-1234`),
 *   except well-known standards and names (`ISO-9001`, `SHA-256`, `UTF-8`,
 *   `SOC-2`, `SEV-1`, `CVE-…`, `SDE-2`, time zones such as `UTC-8`…); names
 *   such as `PCI-DSS` or `P99` are not ids at all.
 *
 * Loopback addresses inside code blocks are left alone (sample code runs on
 * `localhost`).
 *
 * Options:
 *
 * - `allowDomains` (`string[]`, default `[]`): domains that may appear, with
 *   their subdomains (`example.com`, `example.org` and `example.net` are
 *   always allowed);
 * - `denyDomains` (`string[]`, default `[]`): more domains to treat as internal
 *   (your employer's intranet, say `corp.acme.com`);
 * - `allowIds` (`string[]`, default `[]`): ticket-like ids to allow, on top of
 *   the built-in list: an exact id (`ABC-123`) or a prefix (`ABC`).
 *
 * @example
 *   {"name": "ok.md"}
 *
 *   ---
 *   kind: system
 *   title: Payments
 *   ---
 *
 *   Certified to ISO-9001 and PCI-DSS, hashes with SHA-256, stores UTF-8, alerts
 *   on P99 and SEV-2 incidents, and bills accounts in UTC-8 at UTC-8's
 *   midnight. Docs at <https://docs.example.com/payments> and
 *   [the RFC](https://www.rfc-editor.org/rfc/rfc9110). Config lives in `app.local.json`.
 *
 *   ```sh
 *   curl http://localhost:8080/health
 *   ```
 *
 * @example
 *   {"name": "leaks.md", "label": "input"}
 *
 *   ---
 *   kind: case-study
 *   title: Checkout latency
 *   ---
 *
 *   Traces came from maya.lindqvist@acme-freight.com and db01.prod.internal
 *   (see PAY-1234 and [the runbook](https://wiki.acme.com/x/Payments)).
 *
 *   The dashboard at http://10.2.0.14:3000/d/latency and
 *   <https://acme.atlassian.net/browse/PAY-99> tracked it.
 *
 *   [doc]: https://docs.google.com/document/d/1abc
 *
 * @example
 *   {"name": "leaks.md", "label": "output"}
 *
 *   6:18: E-mail address `maya.lindqvist@acme-freight.com`: leave contact details out of the portfolio
 *   6:54: Internal host name `db01.prod.internal`: describe the component instead of naming hosts
 *   7:6: Ticket id `PAY-1234`: internal ticket references mean nothing to an interviewer; describe the work instead
 *   7:33: Private URL `https://wiki.acme.com/x/Payments`: an interviewer cannot open it, and it may expose internal details
 *   9:18: Private URL `http://10.2.0.14:3000/d/latency`: an interviewer cannot open it, and it may expose internal details
 *   10:2: Private URL `https://acme.atlassian.net/browse/PAY-99`: an interviewer cannot open it, and it may expose internal details
 *   12:8: Private URL `https://docs.google.com/document/d/1abc`: an interviewer cannot open it, and it may expose internal details
 *
 * @example
 *   {"name": "options.md", "label": "input", "config": {"allowDomains": ["acme-freight.com"], "denyDomains": ["acme.com"], "allowIds": ["PAY"]}}
 *
 *   ---
 *   kind: case-study
 *   title: Checkout latency
 *   ---
 *
 *   Mail maya@acme-freight.com about PAY-1234, OPS-7 and https://status.acme.com.
 *
 * @example
 *   {"name": "options.md", "label": "output"}
 *
 *   6:44: Ticket id `OPS-7`: internal ticket references mean nothing to an interviewer; describe the work instead
 *   6:54: Private URL `https://status.acme.com`: an interviewer cannot open it, and it may expose internal details
 */

import type { Nodes, Root } from 'mdast'
import type { VFile } from 'vfile'
import { documentContext } from '../knowledge/context.js'
import { frontMatter } from '../knowledge/front-matter.js'
import { portfolioRule } from '../knowledge/rule.js'
import { placeAt, sourceOf, textBlocks, textRuns } from '../knowledge/text.js'

export interface ConfidentialityOptions {
  allowDomains?: string[]
  denyDomains?: string[]
  allowIds?: string[]
}

/** Prefixes of standards, products and levels that look like ticket ids. */
const STANDARD_ID_PREFIXES = new Set(
  `ISO IEC IEEE ANSI NIST FIPS RFC SHA MD UTF UCS AES DES RSA ECDSA PCI SOC HIPAA GDPR CCPA
  FEDRAMP CVE CWE CVSS OWASP WCAG ECMA ES TLS SSL HTTP IPV IP TCP SEV EAL CIS COVID GPT ARM
  AMD DDR PCIE USB LTE MPEG MP AVC HEVC VP SDE SDM TPM SRE SE SWE IC MTS FY IBM ICD MIL EN
  UTC GMT CRC FP INT BF WIFI OAUTH SQL JDK`
    .split(/\s+/)
    .filter(Boolean),
)
const ALWAYS_ALLOWED_DOMAINS = ['example.com', 'example.org', 'example.net']
const INTERNAL_TLDS = new Set([
  'internal',
  'corp',
  'local',
  'lan',
  'intranet',
  'intra',
  'localdomain',
])
const INTERNAL_LABELS = new Set(['internal', 'corp', 'intranet', 'intra'])
const ENVIRONMENT_LABELS = new Set(['prod', 'staging', 'stage', 'preprod', 'uat'])
const TOOL_LABELS = new Set(['jira', 'confluence', 'wiki', 'sharepoint', 'slack', 'quip'])
const TOOL_DOMAINS = [
  'atlassian.net',
  'sharepoint.com',
  'slack.com',
  'quip.com',
  'quip-amazon.com',
  'docs.google.com',
  'drive.google.com',
  'sheets.google.com',
]
/** Last labels that make a dotted word a file name, not a host: `app.local.json`. */
const FILE_EXTENSIONS = new Set(
  `json yaml yml md mdx ts tsx js jsx mjs cjs py java go rb rs txt csv log sh xml html css
  conf cfg ini toml lock tf sql png jpg jpeg gif svg pdf env properties kt swift c h cpp`
    .split(/\s+/)
    .filter(Boolean),
)

type FindingKind = 'email' | 'url' | 'host' | 'ticket'

interface Finding {
  index: number
  text: string
  kind: FindingKind
}

interface Policy {
  allowDomains: string[]
  denyDomains: string[]
  allowIds: Set<string>
  allowIdPrefixes: Set<string>
  /** In code blocks: loopback URLs are sample code, not leaks. */
  inCode: boolean
}

const isDelimiter = (code: number) =>
  code <= 32 ||
  code === 160 ||
  code === 40 ||
  code === 41 ||
  code === 91 ||
  code === 93 ||
  code === 60 ||
  code === 62 ||
  code === 34 ||
  code === 39 ||
  code === 96 ||
  code === 44 ||
  code === 59 ||
  code === 124 ||
  code === 123 ||
  code === 125 ||
  code === 42 ||
  code === 0x2018 ||
  code === 0x2019 ||
  code === 0x201c ||
  code === 0x201d

/** Sensitive tokens in a piece of text, in order; one pass over the text. */
function scan(text: string, policy: Policy): Finding[] {
  const findings: Finding[] = []
  const length = text.length
  let index = 0
  while (index < length) {
    while (index < length && isDelimiter(text.charCodeAt(index))) index++
    let end = index
    while (end < length && !isDelimiter(text.charCodeAt(end))) end++
    if (end > index) {
      let tokenEnd = end
      while (tokenEnd > index && '.:!?'.includes(text[tokenEnd - 1] as string)) tokenEnd--
      // Most tokens are plain words: only cut out and classify those that could be one.
      if (mayBeSensitive(text, index, tokenEnd)) {
        const finding = classify(text.slice(index, tokenEnd), policy)
        if (finding) findings.push({ ...finding, index: index + finding.index })
      }
    }
    index = end
  }
  return findings
}

/**
 * Whether `text[start..end)` has what every finding needs: three characters
 * and a `:` (a URL's scheme), `.` (`www.`, a host), `@` (an e-mail address)
 * or `-` (a ticket id).
 */
function mayBeSensitive(text: string, start: number, end: number): boolean {
  if (end - start < 3) return false
  for (let index = start; index < end; index++) {
    const code = text.charCodeAt(index)
    if (code === 58 || code === 46 || code === 64 || code === 45) return true
  }
  return false
}

function classify(token: string, policy: Policy): Finding | undefined {
  if (token.length < 3) return undefined
  const scheme = /^[a-z][a-z0-9+.-]{1,15}:\/\//i.exec(token)
  if (scheme || /^www\./i.test(token)) {
    const rest = scheme ? token.slice(scheme[0].length) : token
    const host = hostOf(rest)
    if (isPrivateHost(host, true, policy)) return { index: 0, text: token, kind: 'url' }
    return undefined
  }
  const mail = token.replace(/^mailto:/i, '')
  const at = mail.lastIndexOf('@')
  if (at > 0) {
    const local = mail.slice(0, at)
    const domain = mail.slice(at + 1).toLowerCase()
    if (/^[A-Za-z0-9._%+-]+$/.test(local) && isHostName(domain) && /[a-z]{2,}$/.test(domain)) {
      if (domainListed(domain, ALWAYS_ALLOWED_DOMAINS) || domainListed(domain, policy.allowDomains))
        return undefined
      return { index: token.length - mail.length, text: mail, kind: 'email' }
    }
    return undefined
  }
  if (token.includes('.')) {
    const host = hostOf(token)
    if (host && isPrivateHost(host, false, policy)) return { index: 0, text: token, kind: 'host' }
  }
  // Ticket ids, possibly several joined by slashes: PAY-12/PAY-13.
  let offset = 0
  for (const part of token.split('/')) {
    if (isTicketId(part, policy)) return { index: offset, text: part, kind: 'ticket' }
    offset += part.length + 1
  }
  return undefined
}

function hostOf(rest: string): string {
  let end = 0
  while (end < rest.length && !'/?#'.includes(rest[end] as string)) end++
  let authority = rest.slice(0, end)
  const at = authority.lastIndexOf('@')
  if (at !== -1) authority = authority.slice(at + 1)
  if (authority.startsWith('[')) return authority.slice(0, authority.indexOf(']') + 1).toLowerCase()
  const colon = authority.indexOf(':')
  if (colon !== -1) authority = authority.slice(0, colon)
  return authority.toLowerCase().replace(/\.$/, '')
}

function isHostName(host: string): boolean {
  const labels = host.split('.')
  if (labels.length < 2) return false
  return labels.every(
    (label) => label.length > 0 && label.length <= 63 && /^[a-z0-9-]+$/i.test(label),
  )
}

function domainListed(host: string, domains: readonly string[]): boolean {
  return domains.some((domain) => {
    const normal = domain.toLowerCase().replace(/^\*?\./, '')
    return host === normal || host.endsWith(`.${normal}`)
  })
}

function privateIp(host: string): boolean {
  const parts = host.split('.')
  if (parts.length !== 4 || !parts.every((part) => /^\d{1,3}$/.test(part))) return false
  const [a, b] = parts.map(Number) as [number, number]
  return (
    a === 10 ||
    a === 127 ||
    (a === 172 && b >= 16 && b <= 31) ||
    (a === 192 && b === 168) ||
    (a === 169 && b === 254) ||
    host === '0.0.0.0'
  )
}

function isLoopback(host: string): boolean {
  return (
    host === 'localhost' ||
    host.endsWith('.localhost') ||
    host.startsWith('127.') ||
    host === '[::1]' ||
    host === '0.0.0.0'
  )
}

function isPrivateHost(host: string, inUrl: boolean, policy: Policy): boolean {
  if (!host) return false
  if (domainListed(host, ALWAYS_ALLOWED_DOMAINS) || domainListed(host, policy.allowDomains))
    return false
  if (isLoopback(host)) return inUrl && !policy.inCode
  if (privateIp(host)) return true
  if (!isHostName(host)) return false
  if (domainListed(host, policy.denyDomains)) return true
  const labels = host.split('.')
  const last = labels[labels.length - 1] as string
  if (INTERNAL_TLDS.has(last)) return true
  if (!/^[a-z]{2,}$/.test(last)) return false
  if (!inUrl && FILE_EXTENSIONS.has(last)) return false
  const inner = labels.slice(0, -1)
  if (inner.some((label) => INTERNAL_LABELS.has(label))) return true
  const environment = inner.some(
    (label) =>
      ENVIRONMENT_LABELS.has(label) ||
      label.startsWith('prod-') ||
      label.startsWith('staging-') ||
      label.startsWith('stage-'),
  )
  if (environment && (inUrl || labels.length >= 3)) return true
  if (inUrl || labels.length >= 3) {
    if (inner.some((label) => TOOL_LABELS.has(label))) return true
    if (domainListed(host, TOOL_DOMAINS)) return true
  }
  return false
}

function isTicketId(part: string, policy: Policy): boolean {
  const match = /^([A-Z]{2,10})-(\d{1,7})$/.exec(part)
  if (!match) return false
  const prefix = match[1] as string
  if (STANDARD_ID_PREFIXES.has(prefix) || policy.allowIdPrefixes.has(prefix)) return false
  return !policy.allowIds.has(part)
}

function message(finding: Finding): string {
  switch (finding.kind) {
    case 'email':
      return `E-mail address \`${finding.text}\`: leave contact details out of the portfolio`
    case 'url':
      return `Private URL \`${finding.text}\`: an interviewer cannot open it, and it may expose internal details`
    case 'host':
      return `Internal host name \`${finding.text}\`: describe the component instead of naming hosts`
    default:
      return `Ticket id \`${finding.text}\`: internal ticket references mean nothing to an interviewer; describe the work instead`
  }
}

function strings(value: unknown): string[] {
  return Array.isArray(value)
    ? value.filter((item): item is string => typeof item === 'string')
    : []
}

function check(tree: Root, file: VFile, options: ConfidentialityOptions | undefined): void {
  if (!documentContext(tree).spec) return
  const allowIds = strings(options?.allowIds)
  const base: Policy = {
    allowDomains: strings(options?.allowDomains),
    denyDomains: strings(options?.denyDomains),
    allowIds: new Set(allowIds.filter((id) => id.includes('-'))),
    allowIdPrefixes: new Set(allowIds.filter((id) => !id.includes('-'))),
    inCode: false,
  }
  const seen = new Set<number>()
  const report = (finding: Finding, offset: number) => {
    if (seen.has(offset)) return
    seen.add(offset)
    file.message(message(finding), { place: placeAt(file, offset) })
  }
  const sources: { text: string; offsetOf: (index: number) => number; code: boolean }[] = []
  for (const block of textBlocks(tree, file)) sources.push({ ...block, code: false })
  for (const run of textRuns(tree, file, { types: ['code', 'html'] })) {
    sources.push({ text: run.value, offsetOf: run.offsetOf, code: run.node.type === 'code' })
  }
  // Front matter is data: read each string it holds, reported where the value starts.
  for (const value of frontMatter(tree).strings) {
    for (const finding of scan(value.value, base)) {
      file.message(message(finding), { place: value.place })
    }
  }
  for (const source of sources) {
    const policy = source.code ? { ...base, inCode: true } : base
    for (const finding of scan(source.text, policy)) {
      report(finding, source.offsetOf(finding.index))
    }
  }
  // URLs of links, images and definitions, where the source spells them out.
  const source = sourceOf(file)
  const stack: Nodes[] = [tree]
  while (stack.length > 0) {
    const node = stack.pop() as Nodes
    if ('children' in node) for (const child of node.children as Nodes[]) stack.push(child)
    if (node.type !== 'link' && node.type !== 'image' && node.type !== 'definition') continue
    const url = node.url
    const finding = classify(url, base)
    if (!finding || finding.kind === 'ticket') continue
    const start = node.position?.start.offset ?? 0
    const end = node.position?.end.offset ?? start
    const written = source.slice(start, end).lastIndexOf(finding.text)
    report(finding, written === -1 ? start : start + written)
  }
}

const remarkLintPortfolioConfidentiality = portfolioRule<ConfidentialityOptions | undefined>(
  'portfolio-confidentiality',
  check,
)

export default remarkLintPortfolioConfidentiality
