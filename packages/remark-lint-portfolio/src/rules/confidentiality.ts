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
 *   with an environment label counts), and machines named without a domain:
 *   lower-case, hyphenated, with a part that says what the machine runs or
 *   where (`db`, `prod`, `kafka`, `web`, `hl7`…) and a number at the end
 *   (`db-prod-03`, `pharm-hl7-02`, `kafka-broker-7`, `web-01`; two parts
 *   only with a zero-padded number, so `node-20` is a version), and EC2's
 *   `ip-10-0-12-34`;
 * - **ticket ids**: 2-10 capital letters, a dash and digits (`PAY-1234`),
 *   except well-known standards and names (`ISO-9001`, `SHA-256`, `UTF-8`,
 *   `SOC-2`, `SEV-1`, `CVE-…`, `SDE-2`, time zones such as `UTC-8`…), a
 *   decision record's own number (`ADR-007`, `TDR-12`) and public proposals
 *   (`PEP-8`, `KIP-500`, `JEP-444`); names such as `PCI-DSS` or `P99` are not
 *   ids at all;
 * - **a patient's or customer's identifier**: a label and at least five
 *   digits, such as `MRN 00482913`, `NHS number 943 476 5919`, `SSN
 *   123-45-6789`, `patient ID 88123`, `player ID …`, `account number …`
 *   (MRN, NHS, CHI, SSN, SIN, NINO, NI number, social security, national
 *   insurance, medical record, hospital, passport, tax, patient, customer,
 *   member, client, policy, claim, subscriber, player or cardholder, then
 *   `ID`, `number`, `no.` or `#`), and a **person's name** right before it
 *   (“patient Margaret Ellis (MRN …”, “Dana Whitfield, account number …”);
 * - **AWS account ids**: twelve digits after “account” (“AWS account
 *   123456789012”, `1234-5678-9012`) or inside an ARN;
 * - **storage buckets**: `s3://`, `s3a://`, `gs://` and `gcs://` URLs, except
 *   the providers' documentation names (`example-bucket`, `my-bucket`,
 *   `amzn-s3-demo-bucket`, any with an `example` part) and buckets
 *   `allowDomains` lists;
 * - **Slack channels**: `#inc-drugchart-0503`, a `#` and a lower-case name,
 *   within a few words of “Slack” or “channel”.
 *
 * Issue numbers (`#4`), `C#`, headings, link fragments (`#results`),
 * percentages, counts (`9,432,476 requests`), “account for 12% of” and an id
 * label without an id (“the customer ID column”) are not leaks.
 *
 * Loopback addresses inside code blocks are left alone (sample code runs on
 * `localhost`).
 *
 * Options:
 *
 * - `allowDomains` (`string[]`, default `[]`): domains that may appear, with
 *   their subdomains (`example.com`, `example.org` and `example.net` are
 *   always allowed), and bucket names that may (a public data set's);
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
 *   Fixes #4 and #12 landed in C#; reads account for 12% of 9,432,476 requests, and
 *   the customer ID column was 40% empty. Sample data: s3://example-bucket/raw/.
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
 *   {"name": "records.md", "label": "input"}
 *
 *   ---
 *   kind: post-mortem
 *   title: Drug-chart interface outage
 *   ---
 *
 *   The first report was about patient Margaret Ellis (MRN 00482913, NHS number
 *   943 476 5919). I opened #inc-drugchart-0503 in Slack from AWS account 123456789012;
 *   exports sat in s3://stmarys-prod-phi-exports/hl7/.
 *
 * @example
 *   {"name": "records.md", "label": "output"}
 *
 *   6:36: Personal name `Margaret Ellis` beside a personal identifier: remove both and write "a patient" or "a customer"
 *   6:52: Personal identifier `MRN 00482913`: a patient's or customer's id must never leave the company; remove it
 *   6:66: Personal identifier `NHS number 943 476 5919`: a patient's or customer's id must never leave the company; remove it
 *   7:25: Slack channel `#inc-drugchart-0503`: internal channel names mean nothing to an interviewer; describe it instead ("the incident channel")
 *   7:71: AWS account id `123456789012`: it identifies internal infrastructure; leave it out
 *   8:16: Storage bucket `s3://stmarys-prod-phi-exports/hl7/`: it names internal infrastructure; describe what it holds instead
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
import { firstPerSpot, placeAt, sourceOf, textBlocks, textRuns } from '../knowledge/text.js'

export interface ConfidentialityOptions {
  allowDomains?: string[]
  denyDomains?: string[]
  allowIds?: string[]
}

/**
 * Prefixes of standards, products and levels that look like ticket ids, and of
 * records a portfolio numbers itself or cites in public (ADR-007, PEP-8, KIP-500).
 */
const STANDARD_ID_PREFIXES = new Set(
  `ADR TDR PEP JEP JSR KEP KIP ISO IEC IEEE ANSI NIST FIPS RFC SHA MD UTF UCS AES DES RSA ECDSA PCI SOC HIPAA GDPR CCPA
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
/**
 * Parts of a machine's name that say what it runs or where it sits: a
 * hyphenated lower-case name with one of them and a number at its end names
 * a machine (`db-prod-03`, `pharm-hl7-02`, `kafka-broker-7`).
 */
const MACHINE_PARTS = new Set(
  `prod prd stg stage staging dev qa uat preprod db sql pg mysql mongo redis kafka broker zk web
  app api srv svr server host worker vm k8s node es cache lb proxy gw gateway hl7 etl batch jump
  bastion mq rabbit ftp sftp smtp dc ldap nfs backup jenkins ci build runner`
    .split(/\s+/)
    .filter(Boolean),
)
const BARE_HOST = /^[a-z][a-z0-9]*(?:-[a-z0-9]+)*-(\d{1,3})$/
/** EC2's own names for its instances: `ip-10-0-12-34`. */
const EC2_HOST = /^ip-\d{1,3}-\d{1,3}-\d{1,3}-\d{1,3}$/
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

type FindingKind =
  | 'email'
  | 'url'
  | 'host'
  | 'ticket'
  | 'bucket'
  | 'account'
  | 'personal-id'
  | 'person'
  | 'channel'

/** Schemes of cloud storage URLs: the bucket after them names internal storage. */
const BUCKET_SCHEME = /^(?:s3|s3a|s3n|gs|gcs):\/\/$/i
/** Bucket names the providers' own documentation uses. */
const EXAMPLE_BUCKETS = new Set([
  'my-bucket',
  'mybucket',
  'your-bucket',
  'bucket-name',
  'bucket',
  'amzn-s3-demo-bucket',
])

/**
 * A label naming a person's identifier, then the id: “MRN 00482913”, “NHS
 * number 943 476 5919”, “SSN 123-45-6789”, “patient ID 88123”. Upper-case
 * abbreviations only as written; the id is digits, optionally after one or
 * two capitals, in up to four groups (`-45`, ` 476`); at least five digits
 * are checked where it is found.
 */
const PERSONAL_ID =
  /(?<![\w-])(?:MRN|NHS(?:\s+(?:[Nn]umber|[Nn]o\.?))?|CHI\s+(?:[Nn]umber|[Nn]o\.?)|SSN|SIN|NINO|NI\s+(?:[Nn]umber|[Nn]o\.?)|(?:[Ss]ocial [Ss]ecurity|[Ss]ocial [Ii]nsurance|[Nn]ational [Ii]nsurance|[Mm]edical [Rr]ecord|[Hh]ealth [Cc]ard|[Hh]ospital|[Pp]assport|[Tt]ax|[Pp]atient|[Cc]ustomer|[Mm]ember|[Cc]lient|[Aa]ccount|[Pp]olicy|[Pp]olicyholder|[Cc]laim|[Ss]ubscriber|[Pp]layer|[Cc]ardholder)\s+(?:ID|[Ii]d|[Nn]umber|[Nn]o\.?|#))\s*[:#=]?\s*(?:is\s+)?((?:[A-Z]{1,2}-?)?\d{2,12}(?:-\d{2,6}|\s\d{3,6}){0,3})(?![\w-])/g
/** “AWS account 123456789012”, “account ID: 1234-5678-9012”. */
const ACCOUNT_ID =
  /(?<![\w-])[Aa]ccounts?(?:\s+(?:ID|[Ii]d|[Nn]umber|[Nn]o\.?))?\s*[:#=]?\s*(?:is\s+)?(\d{12}|\d{4}-\d{4}-\d{4})(?![\w-])/g
/** An AWS ARN holds the account: `arn:aws:iam::123456789012:role/deploy`. */
const ARN_ACCOUNT = /^arn:aws[a-z-]*:[a-z0-9-]*:[a-z0-9-]*:(\d{12}):/
/** `#inc-drugchart-0503`: a Slack channel, when “Slack” or “channel” is near. */
const CHANNEL = /(?<![\w&#/])#[a-z][a-z0-9._-]{1,79}(?![\w-])/g
const CHANNEL_WORD = /\b(?:[Ss]lack|[Cc]hannels?)\b/
/**
 * A name right before a personal id: “patient Margaret Ellis (MRN …”,
 * “Margaret Ellis, NHS number …”, “Mrs Ellis: …”.
 */
const NAME_BEFORE_ID =
  /(?:\b([Pp]atient|[Cc]ustomer|[Mm]ember|[Cc]lient|[Rr]esident|[Pp]layer|[Cc]ardholder|[Pp]olicyholder|Mr|Mrs|Ms|Mx|Dr|Miss)\.?\s+)?((?:[A-Z][a-z'’-]+\s+){0,2}[A-Z][a-z'’-]+)\s*([(,:–—-]?)\s*$/
/** Capitalised words before an id that are not a person's name. */
const NOT_NAMES = new Set(
  `The A An Our Their This That These Those His Her My Your Its When Then After Before About For
  From With Without And But Or Of On In At By To Yesterday Today Patient Customer Member Client
  Resident Player Ward Bed Room Unit Clinic Hospital Trust Record Account Policy Claim Number Id
  ID Project Team Service System Case Order Ticket Mr Mrs Ms Mx Dr Miss`
    .split(/\s+/)
    .filter(Boolean),
)

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
  if (scheme && BUCKET_SCHEME.test(scheme[0])) {
    const bucket = hostOf(token.slice(scheme[0].length))
    if (!/^[a-z0-9][a-z0-9._-]{1,62}$/.test(bucket) || publicBucket(bucket, policy))
      return undefined
    return { index: 0, text: token, kind: 'bucket' }
  }
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
  const arn = ARN_ACCOUNT.exec(token)
  if (arn) {
    const account = arn[1] as string
    return { index: token.indexOf(account), text: account, kind: 'account' }
  }
  if (token.includes('.')) {
    const host = hostOf(token)
    if (host && isPrivateHost(host, false, policy)) return { index: 0, text: token, kind: 'host' }
  }
  if (isMachineName(token)) return { index: 0, text: token, kind: 'host' }
  // Ticket ids, possibly several joined by slashes: PAY-12/PAY-13.
  let offset = 0
  for (const part of token.split('/')) {
    if (isTicketId(part, policy)) return { index: offset, text: part, kind: 'ticket' }
    offset += part.length + 1
  }
  return undefined
}

/** `s3://example-bucket`, `gs://my-bucket`, or a bucket `allowDomains` lists: not a leak. */
function publicBucket(bucket: string, policy: Policy): boolean {
  return (
    EXAMPLE_BUCKETS.has(bucket) ||
    bucket.split(/[-._]/).some((part) => part === 'example' || part === 'examplebucket') ||
    domainListed(bucket, ALWAYS_ALLOWED_DOMAINS) ||
    domainListed(bucket, policy.allowDomains)
  )
}

/**
 * Findings that need the words around them, not one token: a person's id
 * after its label (and a name right before it), an AWS account id after
 * “account”, and a Slack channel near “Slack” or “channel”. In order, none
 * overlapping another.
 */
function scanContext(text: string): Finding[] {
  const findings: Finding[] = []
  if (text.includes('ccount')) {
    ACCOUNT_ID.lastIndex = 0
    for (const match of text.matchAll(ACCOUNT_ID)) {
      const id = match[1] as string
      findings.push({ index: match.index + match[0].lastIndexOf(id), text: id, kind: 'account' })
    }
  }
  PERSONAL_ID.lastIndex = 0
  for (const match of text.matchAll(PERSONAL_ID)) {
    const id = match[1] as string
    const digits = id.replace(/\D/g, '').length
    if (digits < 5) continue
    // “account 123456789012” is an AWS account, found above.
    if (digits === 12 && /^[Aa]ccount/.test(match[0])) continue
    findings.push({ index: match.index, text: match[0], kind: 'personal-id' })
    const person = nameBefore(text, match.index)
    if (person) findings.push(person)
  }
  if (text.includes('#')) {
    CHANNEL.lastIndex = 0
    for (const match of text.matchAll(CHANNEL)) {
      const end = match.index + match[0].length
      const near = text.slice(Math.max(0, match.index - 60), Math.min(text.length, end + 60))
      if (CHANNEL_WORD.test(near))
        findings.push({ index: match.index, text: match[0], kind: 'channel' })
    }
  }
  return firstPerSpot(findings)
}

/** The person named right before a personal id at `index`, if one is. */
function nameBefore(text: string, index: number): Finding | undefined {
  const from = Math.max(0, index - 80)
  const match = NAME_BEFORE_ID.exec(text.slice(from, index))
  if (!match) return undefined
  const role = match[1]
  const separator = match[3]
  let words = (match[2] as string).split(/\s+/)
  while (words.length > 0 && NOT_NAMES.has(words[0] as string)) words = words.slice(1)
  if (words.length === 0 || words.some((word) => NOT_NAMES.has(word))) return undefined
  if (!(role || separator) || !(role || words.length >= 2)) return undefined
  const name = words.join(' ')
  const start = from + match.index + (match[0] as string).indexOf(name)
  if (text.slice(start, start + name.length) !== name) return undefined
  return { index: start, text: name, kind: 'person' }
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

/**
 * A machine named without its domain: `db-prod-03`, `web-01`, `ip-10-0-12-34`.
 * Two parts only with a zero-padded number, so `node-20` and `redis-6` (a
 * version) are not machines, nor `covid-19` or `x86-64` (no machine part).
 */
function isMachineName(token: string): boolean {
  if (EC2_HOST.test(token)) return true
  const match = BARE_HOST.exec(token)
  if (!match) return false
  const parts = token.split('-')
  if (parts.length < 3 && !(match[1] as string).startsWith('0')) return false
  return parts.slice(0, -1).some((part) => MACHINE_PARTS.has(part))
}

function isTicketId(part: string, policy: Policy): boolean {
  const match = /^([A-Z]{2,10})-(\d{1,7})$/.exec(part)
  if (!match) return false
  const prefix = match[1] as string
  if (STANDARD_ID_PREFIXES.has(prefix) || policy.allowIdPrefixes.has(prefix)) return false
  return !policy.allowIds.has(part)
}

function message(found: Finding): string {
  // One line: an id may wrap across lines in the source.
  const finding = { ...found, text: found.text.replace(/\s+/g, ' ') }
  switch (finding.kind) {
    case 'email':
      return `E-mail address \`${finding.text}\`: leave contact details out of the portfolio`
    case 'url':
      return `Private URL \`${finding.text}\`: an interviewer cannot open it, and it may expose internal details`
    case 'host':
      return `Internal host name \`${finding.text}\`: describe the component instead of naming hosts`
    case 'bucket':
      return `Storage bucket \`${finding.text}\`: it names internal infrastructure; describe what it holds instead`
    case 'account':
      return `AWS account id \`${finding.text}\`: it identifies internal infrastructure; leave it out`
    case 'personal-id':
      return `Personal identifier \`${finding.text}\`: a patient's or customer's id must never leave the company; remove it`
    case 'person':
      return `Personal name \`${finding.text}\` beside a personal identifier: remove both and write "a patient" or "a customer"`
    case 'channel':
      return `Slack channel \`${finding.text}\`: internal channel names mean nothing to an interviewer; describe it instead ("the incident channel")`
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
    for (const finding of [...scan(value.value, base), ...scanContext(value.value)]) {
      file.message(message(finding), { place: value.place })
    }
  }
  for (const source of sources) {
    const policy = source.code ? { ...base, inCode: true } : base
    for (const finding of [...scan(source.text, policy), ...scanContext(source.text)]) {
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
