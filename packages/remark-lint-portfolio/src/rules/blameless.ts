/**
 * ## portfolio-blameless
 *
 * A post-mortem that blames a person tells an interviewer you would run a
 * team on fear. Blameless post-mortems find the gap in the system that let a
 * mistake through, and fix that. In `post-mortem` documents this rule
 * reports, where each is written:
 *
 * - **a named person as the cause**: “caused by Dave's change” (“Caused
 *   by…” at a sentence's start too), “due to Priya's mistake”, “Dave's
 *   fault”, “Priya forgot to…”, “Sam carelessly…”, “Dave pushed the change
 *   without testing it”, “Marek raised the retry count without asking
 *   anyone”, “Dave ignored the code freeze” (any freeze), “Tom
 *   ignored the runbook”, “Tom ignored the alert”, “Dave, deleted the table
 *   by mistake”, “Ana accidentally dropped…”, “if Dave had followed the
 *   process”, “his careless mistake” (verbs only a person does, and a step,
 *   process or alert as what was skipped, so “Alerting ignored the spike”
 *   and “Dave noticed a flag set by mistake” are not blame); “he” or “she”
 *   in a name's place (“she forgot to…”, “caused by his change”, “if he
 *   had followed the checklist”) is blame too;
 * - **people as the cause**: “Human error: …”, “the root cause was human
 *   error”, “due to human error” (“Human error is a symptom, not a cause” is
 *   not blame);
 * - **an action aimed at one person**: “retrain him”, “discipline Dave”,
 *   “remind Priya to…”, “Dave to be more careful”, “she must double-check”.
 *
 * “I”, “we”, roles (“the on-call engineer”) and products (“Redis's
 * eviction”, “GitHub's outage”) are not people to blame; “Dave to own the
 * runbook” assigns an action, and “Tom found the bug” or “thanks to Dave's
 * quick rollback” credit someone: neither blames. Headings, code and front
 * matter are not read.
 *
 * No options.
 *
 * @example
 *   {"name": "blameless.md"}
 *
 *   ---
 *   kind: post-mortem
 *   title: Crew-scheduling outage, 14 March
 *   ---
 *
 *   ## Root cause
 *
 *   A config push disabled the roster cache; nothing validated the file
 *   before it reached production, and Redis's eviction then emptied the
 *   fallback. The on-call engineer followed the runbook, which was out of date.
 *   Human error is a symptom, not a cause: once the change freeze was lifted,
 *   a retry storm caused by a race in the retry loop followed. Tom found the
 *   bug, and thanks to Dave's quick rollback crews were rostered by 09:00.
 *
 *   ## Corrective actions
 *
 *   - Schema-check every config push in CI (Dave to own, done 2 April).
 *   - I rewrote the runbook with Priya and we drilled it with the crew-ops team.
 *
 * @example
 *   {"name": "blame.md", "label": "input"}
 *
 *   ---
 *   kind: post-mortem
 *   title: Ledger double-posting
 *   ---
 *
 *   ## Root cause
 *
 *   The outage was caused by Dave's change to the ledger batch job. Priya forgot to
 *   run the reconciliation check.
 *
 *   Caused by Sam's deploy. Sam ignored the code freeze for the sale.
 *   Human error: the new engineer, Ana, deleted the ledger table by mistake.
 *
 *   ## Action items
 *
 *   - Retrain him on the release checklist.
 *   - Dave to be more careful with batch jobs.
 *
 * @example
 *   {"name": "blame.md", "label": "output"}
 *
 *   8:16: “caused by Dave's change” names a person as the cause: say what in the system let the mistake through (a missing check, an unsafe default, an unclear runbook)
 *   8:65: “Priya forgot to” names a person as the cause: say what in the system let the mistake through (a missing check, an unsafe default, an unclear runbook)
 *   11:1: “Caused by Sam's deploy” names a person as the cause: say what in the system let the mistake through (a missing check, an unsafe default, an unclear runbook)
 *   11:25: “Sam ignored the code freeze” names a person as the cause: say what in the system let the mistake through (a missing check, an unsafe default, an unclear runbook)
 *   12:1: “Human error:” gives people as the cause: say what in the system let the mistake through (a missing check, an unsafe default, an unclear runbook)
 *   12:32: “Ana, deleted the ledger table by mistake” names a person as the cause: say what in the system let the mistake through (a missing check, an unsafe default, an unclear runbook)
 *   16:3: “Retrain him” aims the action at one person: make it fix the system (an automated check, a guard-rail, a safer default)
 *   17:3: “Dave to be more careful” aims the action at one person: make it fix the system (an automated check, a guard-rail, a safer default)
 */

import type { Root } from 'mdast'
import type { VFile } from 'vfile'
import { documentContext } from '../knowledge/context.js'
import { portfolioRule } from '../knowledge/rule.js'
import { firstPerSpot, placeAt, textBlocks } from '../knowledge/text.js'

/**
 * A capitalised word that may be a first name. Words with inner capitals or
 * digits (GitHub, AWS, S3) never match; the stop list holds capitalised
 * words that are not people.
 */
const NAME = '[A-Z][a-z]{1,20}'
const NOT_PEOPLE = new Set(
  `I We They He She It This That These Those The A An Our Their His Her Its My Your Someone Somebody
  Nobody Everyone Everybody Anyone One Each Every No Who Which What When Then Also Engineering
  Ops Operations Support Security Finance Product Management Leadership Team Staff Oncall
  Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May June
  July August September October November December Today Yesterday Google Amazon Microsoft Apple
  Cloudflare Stripe Akamai Fastly Oracle Twilio Okta Datadog Slack Meta Azure Redis Kafka Linux
  Java Python Docker Terraform Kubernetes Nginx Envoy Chrome Safari Firefox Android Windows Ubuntu
  Debian Vault Consul Jenkins Spark Hadoop Cassandra Postgres Mongo Elastic Airflow Helm Istio
  Node Rust Ruby Rails Django Spring Unity Unreal Steam Xbox Nintendo Sony Visa Mastercard Plaid
  Argo Spinnaker Ansible Puppet Chef Flux Renovate Dependabot Bazel Gradle Maven Nobody Atlantis
  Pulumi Crossplane Flagger Karpenter`
    .split(/\s+/)
    .filter(Boolean),
)

/** Who a failing may be pinned on: a name, or "he" or "she" standing for one. */
const PERSON = `${NAME}|[Hh]e|[Ss]he`

const BLAME_NOUNS =
  'change|commit|deploy|deployment|push|mistake|error|typo|oversight|fault|negligence|carelessness|merge|PR|pull request|edit|patch'

/** “caused by Dave's change”, “due to Priya's mistake”. */
const CAUSED_BY = new RegExp(
  `\\b(?:[Cc]aused by|[Bb]ecause of|[Dd]ue to|[Tt]riggered by|[Ii]ntroduced by|[Bb]roken by|[Rr]esult of|[Bb]lame(?:d)? on|[Tt]raced (?:it )?to)\\s+(?:(${NAME})(?:'s|’s)|([Hh]is|[Hh]er))\\s+(?:\\w+\\s+)?(?:${BLAME_NOUNS})\\b`,
  'g',
)
/** “Dave's fault”, “Priya's mistake”: blame nouns that need no verb. */
const FAULT_OF = new RegExp(
  `\\b(${NAME})(?:'s|’s)\\s+(?:fault|mistake|negligence|carelessness)\\b`,
  'g',
)
/** “Priya forgot to”, “Sam carelessly…”: a person's failing as the cause. */
const PERSON_FAILED = new RegExp(
  `\\b(${PERSON})\\s+(?:forgot(?:\\s+to)?|neglected(?:\\s+to)?|carelessly|was careless|was negligent|should have known|didn't bother|did not bother|messed up|screwed up|fat-fingered)\\b`,
  'g',
)
/**
 * “Dave pushed a config change without testing it”, “Dave ignored the code
 * freeze”, “Tom ignored the alert”: a person skipping a step. The object
 * must be a step, a process, any freeze, or (for “ignored”) an alert, so
 * “Alerting ignored the spike” or “Amelia pushed the fix” are not blame.
 */
const PERSON_SKIPPED = new RegExp(
  `\\b(${PERSON})\\s+(?:(?:pushed|deployed|merged|shipped|released|applied|ran|changed|edited|updated|modified|raised|lowered|bumped|upgraded|set|flipped|enabled|disabled|removed|deleted|dropped)\\b[^.;:!?]{0,80}?\\bwithout\\s+(?:a\\s+|any\\s+)?(?:(?:load[-\\s])?testing|tests?|review(?:ing)?|approval|sign-?off|checking|a check|telling|asking|consulting)|(?:ignored|skipped|bypassed|broke|disregarded|didn't follow|did not follow)\\s+(?:the\\s+|our\\s+|a\\s+)?(?:(?:[a-z]+[-\\s]){0,2}freeze|process|runbook|checklist|procedure|policy|review|rules?|guidelines?)|(?:ignored|disregarded|dismissed|silenced)\\s+(?:the\\s+|our\\s+|an?\\s+|two\\s+|three\\s+|several\\s+|repeated\\s+|every\\s+)?(?:[a-z]+\\s+)?(?:alerts?|alarms?|warnings?|pages?))\\b`,
  'g',
)
/** Verbs of finding or fixing: “Dave noticed a flag set by mistake” blames nobody. */
const NOTICED =
  '(?:noticed|spotted|discovered|reported|flagged|realised|realized|detected|raised|escalated|confirmed|investigated|traced|fixed|reverted|restored|rolled|recovered|identified|alerted|paged|asked|explained|showed|learned|suspected|assumed|believed|said|stated|noted|answered|warned)'
/**
 * “Dave, deleted the production table by mistake”, “Priya accidentally
 * dropped…”: a named person's slip told as the cause.
 */
const PERSON_SLIPPED = new RegExp(
  `\\b(${PERSON}),?\\s+(?:(?:accidentally|mistakenly|inadvertently|wrongly|unknowingly)\\s+[a-z]+|(?!${NOTICED}\\b)(?:[a-z]{2,}ed|ran|took|wrote|broke|put|set|cut|sent|made|left|hit)\\b[^.;:!?]{0,80}?\\b(?:by mistake|by accident|in error|accidentally|mistakenly))\\b`,
  'g',
)
/**
 * “Human error: …”, “the root cause was human error”, “due to human
 * error”: people as the cause, without a name. “Human error is a symptom”
 * is not blame.
 */
const HUMAN_ERROR =
  /(?:(?:^|(?<=[.!?]\s+))[Hh]uman error\s*[:—–]|\b(?:[Cc]aused by|[Dd]ue to|[Bb]ecause of|[Rr]esult of|[Bb]lamed? on|[Aa]ttributed to|[Pp]ut down to|[Rr]oot cause(?: was| is|:)|[Cc]ause(?: was| is|:)|[Ii]t was|[Tt]his was|[Tt]hat was)\s+(?:(?:an?|simple|plain|pure|obvious|clear)\s+)?[Hh]uman error)(?![\w-])/g
/** “If Dave had followed the process…”: the counterfactual that puts the cause on a person. */
const IF_PERSON_HAD = new RegExp(
  `\\b[Ii]f\\s+(${PERSON})\\s+had\\s+(?:followed|tested|checked|listened|read|asked|waited|been more careful|been careful|paid attention)\\b`,
  'g',
)
/** “his careless mistake”, “her sloppy change”: a person's failing, by pronoun. */
const CARELESS_PRONOUN =
  /\b(his|her)\s+(?:careless|sloppy|negligent|reckless|lazy)\s+(?:mistake|error|change|push|deploy|work|fault)\b/gi

/** “retrain him”, “discipline Dave”, “remind Priya to”. */
const ACT_ON_PERSON = new RegExp(
  `\\b(?:re-?train|discipline|reprimand|write up|performance[- ]manage|fire|coach|counsel|remind|warn|talk to|speak (?:to|with))\\s+(him|her|them|${NAME})\\b`,
  'gi',
)
/** “Dave to be more careful”, “she must double-check”. */
const PERSON_MUST = new RegExp(
  `\\b(${NAME}|he|she|He|She)\\s+(?:to|must|should|will|needs? to|has to|is to)\\s+(?:be more careful|be careful|take more care|pay more attention|be more diligent|double[- ]check|triple[- ]check|be retrained|be re-trained|be reminded|be disciplined|be coached|attend (?:a )?training|receive (?:additional |more )?training|get (?:additional |more )?training)`,
  'g',
)

interface Finding {
  index: number
  text: string
  kind: 'cause' | 'action' | 'people'
}

/** Capitalised nouns that end as names rarely do: “Monitoring”, “Deduplication”. */
const NOT_A_NAME_ENDING = /(?:ing|tion|sion|ment|ness|ity)$/

function findBlame(text: string): Finding[] {
  const found: Finding[] = []
  const add = (pattern: RegExp, kind: Finding['kind'], named = true) => {
    pattern.lastIndex = 0
    for (const match of text.matchAll(pattern)) {
      const who = match[1] ?? match[2] ?? ''
      // In ACT_ON_PERSON the name group is case-insensitive: require a capital for names.
      const isPronoun = /^(?:him|her|his|them|he|she)$/i.test(who)
      if (
        named &&
        !isPronoun &&
        (NOT_PEOPLE.has(who) || !/^[A-Z]/.test(who) || NOT_A_NAME_ENDING.test(who))
      )
        continue
      if (who.toLowerCase() === 'them' && kind === 'action') continue
      found.push({ index: match.index, text: match[0], kind })
    }
  }
  add(CAUSED_BY, 'cause')
  add(FAULT_OF, 'cause')
  add(PERSON_FAILED, 'cause')
  add(PERSON_SKIPPED, 'cause')
  add(PERSON_SLIPPED, 'cause')
  add(HUMAN_ERROR, 'people', false)
  add(IF_PERSON_HAD, 'cause')
  add(CARELESS_PRONOUN, 'cause')
  add(ACT_ON_PERSON, 'action')
  add(PERSON_MUST, 'action')
  // One finding per spot: "Dave's mistake" inside "due to Dave's mistake".
  return firstPerSpot(found)
}

function check(tree: Root, file: VFile): void {
  if (documentContext(tree).frontMatter.kind !== 'post-mortem') return
  for (const block of textBlocks(tree, file, { skip: ['heading'] })) {
    for (const finding of findBlame(block.text)) {
      const quoted = finding.text.replace(/\s+/g, ' ')
      file.message(
        finding.kind === 'cause'
          ? `“${quoted}” names a person as the cause: say what in the system let the mistake through (a missing check, an unsafe default, an unclear runbook)`
          : finding.kind === 'people'
            ? `“${quoted}” gives people as the cause: say what in the system let the mistake through (a missing check, an unsafe default, an unclear runbook)`
            : `“${quoted}” aims the action at one person: make it fix the system (an automated check, a guard-rail, a safer default)`,
        { place: placeAt(file, block.offsetOf(finding.index)) },
      )
    }
  }
}

const remarkLintPortfolioBlameless = portfolioRule('portfolio-blameless', check)

export default remarkLintPortfolioBlameless
