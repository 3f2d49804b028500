/**
 * The document kinds of a portfolio and what each must contain, taken from the
 * technical portfolio guide. Every rule, the engine's scores and the templates
 * read this one table.
 */

import type { Nodes } from 'mdast'
import { toString } from 'mdast-util-to-string'
import { holdsDiagram } from './diagrams.js'
import { extractClaims } from './metrics.js'
import { LEADERSHIP_PRINCIPLES } from './principles.js'

export const DOCUMENT_KINDS = [
  'executive-summary',
  'system',
  'decision-record',
  'case-study',
  'excellence-initiative',
  'team-development',
  'cross-functional',
  'post-mortem',
  'code-review',
  'story-bank',
] as const

export type DocumentKind = (typeof DOCUMENT_KINDS)[number]

/**
 * What a section is for, so rules can find "the results section" whatever the
 * author called it.
 */
export type SectionRole =
  | 'results'
  | 'architecture'
  | 'decisions'
  | 'options'
  | 'narrative'
  | 'scale'
  | 'role'

export interface SectionSpec {
  /** The guide's name for the section, used in messages. */
  readonly name: string
  /** Other headings or bold labels accepted for it. */
  readonly synonyms: readonly string[]
  readonly role?: SectionRole
  /**
   * Word stems or phrasings a heading or label may use instead ("What we
   * decided, and what it cost" is Technical Decisions & Trade-offs), tried
   * on the normalised title (`sectionKey`) after exact names and synonyms.
   */
  readonly words?: readonly RegExp[]
  /** Front-matter keys that state the fact (MADR's `date`, `deciders`). */
  readonly frontMatter?: readonly string[]
  /** A table whose header row or first column matches states the fact, wherever it is. */
  readonly table?: RegExp
  /** A sentence that states the fact ("As incident lead I..." is a role). */
  readonly sentence?: RegExp
  /**
   * Content that states the fact whatever its heading says: a section of
   * large counts and rates is the scale, a section holding a diff is the
   * change under review. Tried last, on sections no other requirement took.
   */
  readonly content?: (nodes: readonly Nodes[]) => boolean
  /** How to add the fact, for the message when it is missing. */
  readonly how?: string
}

/** One accepted way to structure a document: all of its sections are required. */
export interface Structure {
  readonly name: string
  readonly sections: readonly SectionSpec[]
}

export interface KindSpec {
  readonly kind: DocumentKind
  /** Human label, e.g. "decision record". */
  readonly label: string
  /** Accepted structures; a document must satisfy one of them fully. */
  readonly structures: readonly Structure[]
  /** Told in an interview as a story: spoken length and ownership voice apply. */
  readonly story: boolean
}

type SectionExtras = Pick<
  SectionSpec,
  'words' | 'frontMatter' | 'table' | 'sentence' | 'content' | 'how'
>

function section(
  name: string,
  synonyms: readonly string[] = [],
  role?: SectionRole,
  extras: SectionExtras = {},
): SectionSpec {
  return role ? { name, synonyms, role, ...extras } : { name, synonyms, ...extras }
}

/** Words of a title, matched whole or as a stem (`decid` matches "decided"). */
const words = (...stems: string[]) => stems.map((stem) => new RegExp(`\\b(?:${stem})`))

/**
 * Work a person is given to do, not a task they were handed: "the chief
 * pharmacist asked me to replace paper charts", "I was hired to build the
 * data team" state a role; "asked me to review a design" does not.
 */
const ASSIGNED_WORK =
  'lead|run|own|drive|head|replace|rebuild|build|fix|deliver|introduce|roll out|set up|stand up|design|migrate|take over|turn around|launch'

/**
 * "As incident lead I...", "I led...", "I ran the migration", "My role was...",
 * "I took incident command", "Authors: me (incident commander)", "the
 * pharmacist asked me to replace…", "I was hired to build…": a role stated
 * in a sentence. "I ran weekly design reviews" is an activity,
 * not a role: `ran` counts only with what was run (a team, project, incident).
 */
const ROLE_SENTENCE = new RegExp(
  String.raw`\b(?:[Aa]s (?:the |an? )?[\w/ -]{0,40}?(?:lead|leader|owner|manager|commander|architect|engineer|on-?call|captain|coordinator|responder)\b[^.\n]{0,30}?\bI\b|I (?:led|owned|drove|headed|coordinated|managed|piloted|acted as|served as|was (?:(?:the|an?) )?[\w -]{0,30}?(?:lead|leader|owner|manager|commander|architect|on-?call)|ran (?:the |our |an? )?(?:[\w-]+ ){0,2}(?:team|project|program(?:me)?|incident|bridge|response|migration|rollout|launch|effort|initiative|pilot|trial|work)|(?:took|take|assumed|had) (?:over )?(?:the )?incident command|was (?:asked|tasked|hired|brought in|appointed|chosen|picked) to (?:${ASSIGNED_WORK}))\b|\b(?:asked|tasked|hired|appointed|chose|picked) me to (?:${ASSIGNED_WORK})\b|\b[Mm]y role\b|\b[Mm]e \((?:the |as )?[\w -]{0,30}?(?:lead|leader|owner|manager|commander|on-?call)\))`,
)

const ROLE_WORDS = words(
  'role\\b',
  // How the author brought others along: "How I got teams on board", "Getting buy-in".
  'on ?board\\b',
  'buy-?in\\b',
  'my part',
  'what i did',
  'my contribution',
  'my (?:job|position|remit|hat)\\b',
  'responsibilit',
  'leading\\b',
)

/** How to state a role, with an example sentence fitting the kind ("As incident lead I…"). */
const roleHow = (example: string) =>
  `add a \`## Your Role\` section or a sentence such as "${example}" or "I led…"`

const role = (name: string, synonyms: readonly string[], example = 'As tech lead I…') =>
  section(name, synonyms, 'role', {
    words: ROLE_WORDS,
    // A summary table's "My role" row: `| My role | Lead engineer; team of 7 |`.
    table: /(?:^|\| )(?:my|your) role(?: \||$)/i,
    sentence: ROLE_SENTENCE,
    how: roleHow(example),
  })

/**
 * "I led 6 engineers", "I mentored two juniors", "I designed the system, led
 * a team of eight engineers…", "I was the technical lead and manager of the
 * 8-person team": leading people, stated in a sentence ("…, led by another
 * team" is not).
 */
const PEOPLE_LEADERSHIP_SENTENCE =
  /\bI (?:[^.]{0,60}?(?: and| then|,) )?(?:led|lead|managed|manage|mentored|mentor|coached|coach|hired|grew|developed|trained|built up)\b(?! by\b)[^.]{0,60}?\b(?:engineers?|teams?|people|developers|leads|reports|juniors?|hires)\b|\bI was (?:the |an? )?[\w -]{0,40}?\b(?:lead|manager|head)\b[^.]{0,40}?\b(?:team|engineers|people)\b/

/**
 * One sentence: no full stop, except a decimal point ("1.1M"), and at most
 * 600 characters. A run of text with no full stop in it is not a sentence.
 * Scanning such a run to its end from every word made the patterns below
 * quadratic: a 184 KB paragraph took 144 s.
 */
const SENTENCE_BODY = '(?:[^.]|\\.\\d){0,600}'

/** Where a sentence starts, in a paragraph whose white space is one space each. */
const SENTENCE_START = '(?:^|(?<=\\. ))'

/** A failure and when it happened: "On 9 May our internal DNS failed for 41 minutes". */
const INCIDENT_SENTENCE = new RegExp(
  // A security incident's: a secret exposed, "pushed to a public fork", a breach.
  `${SENTENCE_START}(?=${SENTENCE_BODY}\\b(?:fail|broke|went down|outage|errored|stopped|timed? ?out|crash|unavailable|degraded|re-?sent|duplicat|twice|wrong|incorrect|corrupt|leak|overload|stuck|missed|lost|dropped|delayed|empty|no results|returned nothing|exposed|breach|compromis|unauthori[sz]ed|stolen|pushed to a public))` +
    `${SENTENCE_BODY}\\b(?:on \\d{1,2}(?:st|nd|rd|th)? (?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)|` +
    `on (?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\\w* \\d{1,2}\\b|at \\d{1,2}:\\d{2}\\b|\\d{4}-\\d{2}-\\d{2}\\b|` +
    `on (?:mon|tues|wednes|thurs|fri|satur|sun)day)`,
  'i',
)

/**
 * Who was hurt and how long, in a sentence with a failure: "30% of API calls
 * errored", "14,000 orders failed", "checkout was down for 22 minutes".
 */
const IMPACT_SENTENCE = new RegExp(
  `${SENTENCE_START}(?=${SENTENCE_BODY}\\b(?:fail|error|declin|delay|lost|timed? ?out|unavailable|down\\b|outage|could not|dropped|affect|charged|duplicat|twice|wrong|incorrect|corrupt|stuck|missed|empty|no results))` +
    `${SENTENCE_BODY}\\b\\d[\\d,.]*\\s*(?:%|percent|[kmb]\\b|thousand|million)?\\s*(?:of\\s+(?:our\\s+|all\\s+|the\\s+)?)?(?:[\\w-]+\\s+)?` +
    '(?:customers?|users?|shoppers?|buyers?|visitors?|guests?|riders?|drivers?|members?|accounts?|orders?|requests?|queries|calls?|transactions?|payments?|authori[sz]ations?|merchants?|players?|patients?|sessions?|messages?|bookings?|checkouts?|searches|logins?|minutes|hours)\\b',
  'i',
)

/**
 * Why it happened, told in a sentence: "The cause was an index alias swap",
 * "The root cause was…", "It failed because…", "…was caused by a retry storm".
 * A bare "because" is any reason, not the cause.
 */
const ROOT_CAUSE_SENTENCE =
  /\b(?:[Tt]he (?:root |underlying |immediate )?cause (?:was|is)|[Rr]oot cause(?: was|:)|(?:[Ii]t|[Tt]his|[Tt]hat) (?:happened|failed|broke) because|[Tt]he trigger was|(?:was|were) caused by)\b/

/**
 * What was changed so it cannot recur, told in a sentence: "Since then the
 * rebuild runs 200 canary queries…", "To prevent a repeat, we…", "…now fail
 * the rebuild instead of logging a warning".
 */
const CORRECTIVE_SENTENCE =
  /\b(?:[Ss]ince then|[Tt]o (?:prevent|stop|avoid) (?:a repeat|a recurrence|it (?:happening )?again|this (?:happening )?again)|so (?:that )?it (?:cannot|can't|can’t|won't|won’t) (?:happen|recur)|now (?:fails?|refuses?|blocks?|rejects?|alerts?|pages?)\b[^.]{0,80}\binstead of)\b/

/*
 * An executive summary is often written as a page of prose with no headings,
 * like the "About" of a profile. Its facts are then stated in sentences.
 */

/**
 * The current role and what it covers, in the present tense: "I am a staff
 * engineer with eleven years in payments", "I lead the ledger platform: a
 * team of nine". "I led" is a past project, not the current role.
 */
const CURRENT_ROLE_SENTENCE =
  /\bI(?:'m| am) (?:a |an |the )?[\w ,/-]{0,50}?\b(?:engineer|manager|architect|lead|director|developer|scientist|head|SDE|SRE|CTO|VP)\b|\bI (?:currently |now |today )?(?:lead|run|manage|own|oversee|head)\b[^.]{0,80}?\b(?:teams?|org|organi[sz]ation|group|platform|engineers|services|department|function|area)\b/

/**
 * Something the author built or changed, with its measured result in the same
 * sentence: "I replaced the nightly batch with a streaming ledger, which cut
 * reconciliation breaks from 1,200 a month to 35", "in 30 seconds instead of 20
 * minutes". A bare year is not a result.
 */
/** Verbs of something built or changed, as an achievement opens. */
const ACHIEVEMENT_VERBS =
  'built|designed|replaced|rebuilt|migrated|moved|shipped|launched|delivered|created|architected|re-?architected|redesigned|wrote|cut|reduced|scaled|automated|introduced|took|set the architecture|led|established|improved|drove|moderni[sz]ed|transformed|saved|halved|doubled|increased'

/** A figure an achievement measures itself by: "$4m", "from 1,200", "30%", "4x", "9 days". */
const ACHIEVEMENT_FIGURE = `(?=${SENTENCE_BODY}(?:\\$\\d|[£€]\\d|\\bfrom [$£€]?\\d|\\d[\\d,.]*\\s*(?:%|×|x\\b|percent|times\\b|[kmb]\\b|m?s\\b|sec|min|hours?\\b|days?\\b|weeks?\\b|months?\\b|a (?:day|week|month|year)\\b|per\\b)))`

/** Alternatives that may also open a sentence: `built|cut` becomes `[Bb]uilt|[Cc]ut`. */
const openingCase = (alternatives: string) =>
  alternatives.replace(/(^|\|)([a-z])/g, (_, bar: string, first: string) => {
    return `${bar}[${first.toUpperCase()}${first}]`
  })

/** Alternatives in Title Case too: `site reliability` also matches "Site Reliability". */
const titleCase = (alternatives: string) =>
  alternatives.replace(/(^|\||\s)([a-z])/g, (_, before: string, first: string) => {
    return `${before}[${first.toUpperCase()}${first}]`
  })

/** Words before a role in a profile's headline: "Principal", "Staff software", "Engineering". */
const HEADLINE_QUALIFIERS =
  'senior|staff|principal|lead|distinguished|chief|founding|software|back-?end|front-?end|full-?stack|platform|data|ml|machine learning|ai|site reliability|reliability|security|engineering|technical|tech|solutions|cloud|mobile|infrastructure|systems|product|embedded|firmware|distributed|devops|web|game|network|database|applications?'

/** What a headline calls the role: "engineer", "Manager". */
const HEADLINE_ROLES = 'engineer|manager|architect|lead|director|developer|scientist'

/**
 * The current role as a profile's headline opens a paragraph, with no "I
 * am", in sentence or Title Case: "Principal engineer at a European neobank
 * (2.1M customers)", "Staff software engineer, payments", the guide's own
 * "Engineering Manager with 8+ years…". The role is singular and says where
 * or what next: "Senior engineers at the bank…" is not a headline.
 */
const HEADLINE_ROLE = `(?:^|(?<=\\. ))(?:${titleCase(HEADLINE_QUALIFIERS)})(?: (?:${titleCase(HEADLINE_QUALIFIERS)})){0,2} (?:${titleCase(HEADLINE_ROLES)}|SRE)(?:,| (?:at|for|with|in|on|of)\\b)`

/** A name opening a sentence, as a bio in the third person says it: "Sam Okafor". */
const BIO_NAME = "[A-Z][\\w'-]+(?: [A-Z][\\w'-]+){0,2}"

/** A bio's role, in the third person: "Sam Okafor is a senior engineering manager at…". */
const BIO_ROLE = `${SENTENCE_START}${BIO_NAME} is (?:a|an|the) (?:(?:${titleCase(HEADLINE_QUALIFIERS)}) ){0,3}(?:${titleCase(HEADLINE_ROLES)}|SRE)\\b`

const CURRENT_ROLE_OR_HEADLINE = new RegExp(
  `${CURRENT_ROLE_SENTENCE.source}|${HEADLINE_ROLE}|${BIO_ROLE}`,
)

const ACHIEVEMENT_SENTENCE = new RegExp(
  // "I rebuilt…", or a résumé's bullet with no subject: "Rebuilt our telemetry pipeline…".
  `(?:\\bI (?:[^.]{0,40}? )?(?:${ACHIEVEMENT_VERBS})\\b|${SENTENCE_START}(?:${openingCase(ACHIEVEMENT_VERBS)})\\b)${ACHIEVEMENT_FIGURE}`,
)

/** Who was led, within four words of the verb: "…four engineers", "…a team of 12". */
const LED_PEOPLE = `(?: [\\w,'-]+){0,4}? (?:engineers?|teams? of|people|developers|leads|managers|reports|juniors?|hires)\\b`

/**
 * Verbs of a practice set up for others, as leadership impact opens: the
 * guide's "Established engineering excellence practices across 3 product
 * teams".
 */
const PROCESS_VERBS = 'Established|Introduced|Set up|Started|Created|Built|Ran|Led'

/** Verbs a résumé's bullet opens with when it leads people: "Grew four engineers into leads". */
const PEOPLE_VERBS = 'led|managed|mentored|coached|grew|hired|trained|built up'

/**
 * Leading people, as a system design states it ("I mentored two juniors"),
 * as a résumé's bullet does with no subject, the people its object ("Grew
 * four engineers into technical leads", "Led a team of 12"; not "Grew the
 * platform to serve 30 teams"), as a bio in the third person does ("As a
 * leader, Sam has grown two engineers into managers"), or as a summary does, in the present tense or by its
 * outcome: "I grow engineers", "four of the people I mentored were promoted".
 */
const SUMMARY_LEADERSHIP_SENTENCE = new RegExp(
  `${PEOPLE_LEADERSHIP_SENTENCE.source}|${SENTENCE_START}(?:${openingCase(PEOPLE_VERBS)})${LED_PEOPLE}|${SENTENCE_START}(?:(?:${PROCESS_VERBS})|I (?:${PROCESS_VERBS.toLowerCase()}))\\b[^.]{0,60}?\\b(?:practices?|process(?:es)?|culture|rituals?|guilds?|standards?|programmes?|programs?|rotas?|career (?:paths?|ladders?)|hiring)\\b|${SENTENCE_START}(?:[^,.]{0,30}, )?${BIO_NAME} (?:has |have )?(?:led|grown|grew|mentored|coached|hired|managed|trained|built up)\\b${LED_PEOPLE}|\\bI (?:grow|hire|coach|mentor) (?:engineers|people|leaders|managers|teams?)\\b|\\bI\\b[^.]{0,40}?\\b(?:mentored|coached|sponsored|hired|managed)\\b[^.]{0,60}?\\bpromot`,
)

/*
 * A story (case study, team development, cross-functional) is often told as
 * prose with no STAR headings. Its situation, task and action are then
 * sentences, read the way an interviewer listens for them.
 */

/**
 * When or where a story happens: a year, quarter or month, "last winter",
 * "two years ago", "when I joined", "my org", "our hospital", or what a team
 * or system of mine was like ("our checkout had…", "my team of six was…").
 */
const STORY_SETTING = `\\b(?:${[
  '(?:19|20)\\d{2}',
  'Q[1-4]',
  '(?:in|by|during|until|last|early|late) (?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*',
  '(?:in|by|during|that|last|this) (?:the )?(?:spring|summer|autumn|fall|winter)',
  '(?:last|that|the previous) (?:year|quarter|month)',
  '(?:\\w+ )?(?:years?|months?) ago',
  'at the time',
  'back then',
  'when I (?:joined|arrived|started|took over|inherited|moved)',
  // Where a programme ran: "across three hospitals", "in all 14 warehouses".
  '(?:across|in) (?:all |our |the )?(?:\\d+|two|three|four|five|six|seven|eight|nine|ten|twelve|several|many|multiple) (?:[\\w-]+ )?(?:hospitals|clinics|sites|stores|warehouses|offices|countries|regions|markets|schools|branches|plants|factories|depots|campuses)',
  '(?:my|our) (?:[\\w-]+ ){0,2}?(?:org|organi[sz]ation|teams?|company|studio|group|department|division|squad|unit|wards?|hospital|clinic|lab|startup|app|game|site|services?|platform|product|codebase|system|pipeline|engine|client|store|firm|bank)',
  "(?:my|our) (?:[\\w'’-]+ ){1,4}?(?:had|was|were|took|ran|kept|could|would|did)(?:n['’]t)?",
].join('|')})\\b`

/**
 * What was wrong or at stake: something slow, queued, failing, missing or
 * short, a limit not met, a deadline. Not "so" or "but" alone: a result
 * reads "…, so the queue fell to four days".
 */
const STORY_PROBLEM = `\\b(?:${[
  'slow|late\\b|behind\\b|overdue|delay|queu|wait|backlog|bottleneck|block|stuck|stall',
  'fail|broke|crash|outage|downtime|errors?\\b|bugs?\\b|leak|lag\\b|lagg|spik|jank|stutter|drop|below\\b',
  'churn|complain|escalat|risk|overload|overwhelm|struggl|pain|expensive|costly|costing|cost (?:us|the)\\b',
  'burn(?:ed|t|ing) out|attrition|quit\\b|resign|turnover|incident|pag(?:ed|es|ing)\\b|manual',
  'shortage|short of|gaps?\\b|problem|issues?\\b|lack|missing|no one|nobody|unable|never\\b',
  'rarely|seldom|turned down|rejected|passed over|held back|limited\\b',
  "(?:was|were|would|could|did|does|do|had)(?: not|n['’]t)|can(?:not|['’]t)",
  'took (?:[\\w.,]+ ){1,2}(?:seconds|minutes|hours|days|weeks|months)|too (?:slow|long|many|few|much|little)|longer than',
  'abandon|gave up|giving up|left without|dropped off',
  '(?:had|have|with|there (?:was|were)) (?:no|only|just|one|few|little)\\b|only (?:\\d|one|two|three|a few|a handful)',
  'grew|growing|doubled|tripled|rising|worse|degrad|regress|violat|fined|at stake',
  'expect|requir|demand|deadline|(?:days?|weeks?|months?) (?:away|to go|before|until)',
].join('|')})`

/** How a result reads: "by Q4 our queue was down to four days", "now", "no longer", "9 minutes instead of 4 hours". */
const STORY_BETTER = '\\b(?:down to|improv|halved|no longer|now\\b|instead of\\b)'

/**
 * The situation: a time or setting and a problem, not told as a result, in
 * one sentence ("In 2023 my org of 40 engineers had one tech lead for five
 * teams, so design reviews queued for three weeks") or in two, the setting
 * then the problem ("In 2022 I joined the checkout team as its tech lead.
 * Deploys took four hours and failed about once a week.").
 */
const SITUATION_SENTENCE = new RegExp(
  `${SENTENCE_START}(?!${SENTENCE_BODY}${STORY_BETTER})(?=${SENTENCE_BODY}${STORY_SETTING})` +
    `(?:(?=${SENTENCE_BODY}${STORY_PROBLEM})|${SENTENCE_BODY}\\. (?!${SENTENCE_BODY}${STORY_BETTER})(?=${SENTENCE_BODY}${STORY_PROBLEM}))`,
  'i',
)

/** Verbs of taking something on, before "to": "I had to…", "I set out to…", "I volunteered to…". */
const TASK_VERBS_TO =
  'had|needed|set out|decided|chose|volunteered|offered|agreed|committed|promised|resolved|aimed|wanted'

/** Verbs of taking something on: "I picked two engineers…", "I took ownership of…". */
const TASK_VERBS =
  'picked|selected|took (?:on|over|ownership|charge|responsibility)|signed up|stepped up|set (?:myself |us )?(?:a |the )?(?:goal|target)'

/**
 * The task: what I had to achieve or took on. "I picked two senior
 * engineers…", "I was asked to…", "My goal was…", "I had to…", "I had six
 * weeks to…", "the CTO asked me to…". "We had to" is the team's, not mine.
 */
const TASK_SENTENCE = new RegExp(
  [
    '\\bI (?:was|got) (?:asked|tasked|told|given|hired|brought in|charged|assigned|expected|made responsible|responsible)\\b',
    `\\bI (?:${TASK_VERBS_TO}) to\\b`,
    '\\bI had (?:only |just )?(?:a|an|one|two|three|four|five|six|eight|ten|twelve|\\d+) (?:days?|weeks?|months?|quarters?|sprints?) to\\b',
    `\\bI (?:${TASK_VERBS})\\b`,
    '\\b(?:asked|tasked|charged|hired|needed|wanted|expected|told) me (?:to|with)\\b',
    '\\b(?:[Mm]y|[Tt]he) (?:[\\w-]+ )?(?:goal|job|task|aim|brief|mandate|mission|remit|target|objective|ask|assignment|responsibility|charter)(?: (?:was|is|became)\\b|:)',
    '\\b[Ii]t (?:was|became|fell) (?:my (?:job|task|call|responsibility)|(?:up )?to me|on me)\\b',
  ].join('|'),
)

/** The functions a cross-functional project brings together, as a sentence names them. */
const FUNCTIONS =
  'legal|operations|finance|product|marketing|security|compliance|(?:customer )?support|sales|data science|analytics|HR|procurement|regulators?|vendors?|partners?|suppliers?|engineering'

/**
 * The stakeholders named in a sentence: three functions or more ("It needed
 * pharmacy partners, a legal review… and changes in five engineering teams",
 * "a weekly forum with legal, operations and finance").
 */
const STAKEHOLDERS_SENTENCE = new RegExp(
  `\\b(?:${FUNCTIONS})\\b(?:[^.]{0,80}?\\b(?:${FUNCTIONS})\\b){2}`,
  'i',
)

/**
 * A cross-functional project's scope told in a sentence: what the author or
 * the organisation was asked or set out to do ("The CFO asked engineering to
 * move all card traffic to one provider", "The programme was to replace…",
 * "We set out to…", "Our platform wanted to add…"), or the author's task as
 * a story tells it.
 */
const PROJECT_SCOPE_SENTENCE = new RegExp(
  [
    TASK_SENTENCE.source,
    '\\b(?:asked|tasked|charged|commissioned|told) (?:engineering|us|the (?:[\\w-]+ )?(?:teams?|org|organi[sz]ation|department|group|division)) (?:to|with)\\b',
    '\\b(?:[Tt]he|[Oo]ur) (?:[\\w-]+ )?(?:project|programme|program|initiative|migration|goal|aim|mandate|remit|brief|mission|objective|ask|charter) (?:was|is) (?:to|about)\\b',
    '\\b[Ww]e (?:set out|were asked|were tasked|were charged) (?:to|with)\\b',
    // "Our grocery-delivery platform wanted to add prescription delivery in two cities."
    '\\b(?:[Tt]he|[Oo]ur) (?:[\\w-]+ ){0,2}(?:platform|company|business|product|bank|retailer|hospital|trust|org|organi[sz]ation|group|division|marketplace|app|startup) (?:wanted|needed|planned|decided|had) to\\b',
  ].join('|'),
)

/**
 * What follows "I" but is not something I did: what I thought, felt or
 * joined, a negation, and the task's verbs ("I picked", "I had to").
 */
const NOT_ACTIONS = [
  'wanted|needed|need|hoped|wished|liked|loved|hated|feared|worried|wondered|believed|assumed|expected|supposed|guessed',
  'noticed|realised|realized|learned|learnt|felt|thought|knew|understood|seemed|appeared|remained|stayed|found',
  'joined|inherited|owned|used to|reported to|worked (?:at|for|as|in|on)|started (?:as|at|in|on)',
  "did(?: not|n['’]t)|got (?:asked|told|promoted|hired)",
  `(?:${TASK_VERBS_TO}) to`,
  TASK_VERBS,
].join('|')

/** Irregular past tenses of doing (regular ones end in -ed). */
const IRREGULAR_ACTIONS =
  'met|gave|made|took|ran|wrote|rewrote|built|rebuilt|led|set|sent|put|got|brought|sat|spent|kept|drew|broke|cut|split|held|paid|sought|taught|told|went|won|did|began|shut|spoke|bought|fought|threw|stood|read|fed|froze|hung|laid|lent|let|oversaw|undertook|upheld|withdrew|rang|shook|sold|stuck|struck|tore|dug'

/**
 * An action: I, then a verb of doing in the past tense ("I met each of them
 * weekly", "I gave Ana the design", "I had him re-run it", "I load-tested
 * it"). "We did X" is not my action; nor "I wanted", "I noticed", "I
 * joined" or the task's "I picked".
 */
const ACTION_SENTENCE = new RegExp(
  `\\bI (?:(?:[a-z]+ly|then|also|first|next|later|again|soon|instead|myself) )?(?!(?:${NOT_ACTIONS})\\b)(?:(?:[a-z]+-)?(?:[a-z]+ed|${IRREGULAR_ACTIONS})|had (?:him|her|them|each|every|both|everyone))\\b`,
)

/** A figure, in digits or words ("4 days", "four days", "half"). */
const FIGURE =
  '(?:\\$?\\d|(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|a hundred|half|a (?:third|quarter|few|dozen))\\b)'

/**
 * The result: a measured change told in a sentence. "The review queue fell
 * from three weeks to four days", "Raj's redesign cut pages by half", "p99
 * dropped to 120 ms", "40% fewer tickets", "reviews doubled". A change
 * without a measure ("things improved") is not one.
 */
const RESULT_SENTENCE = new RegExp(
  [
    `\\b(?:cut|cuts|reduced|lowered|brought|dropped|fell|shrank|shortened|raised|increased|improved|grew|rose|went|moved|sped up)\\b[^.]{0,60}?\\b(?:by ${FIGURE}|(?:from\\b[^.]{0,40}?\\b)?(?:down |up )?to (?:under |below |over |above |just |only |about |around |roughly )?${FIGURE})`,
    `${FIGURE}[^.]{0,25}?\\b(?:instead of|rather than|down from|up from)\\b[^.]{0,10}?${FIGURE}`,
    '\\b(?:halved|doubled|tripled|quadrupled)\\b',
    '\\d[\\d,.]*\\s*(?:%|x|×|times)\\s*(?:faster|slower|fewer|more|less|lower|higher|cheaper|smaller|better)\\b',
  ].join('|'),
  'i',
)

/**
 * A performance case study's analysis told in a sentence: something measured
 * or traced, and what it showed. "I profiled a Moto E and found 1.1 s of the
 * delay was the dictionary lookup", "Tracing showed 70% of the time went to
 * DNS". Measuring alone ("we measured p99") is not an analysis.
 */
const ANALYSIS_SENTENCE =
  /\b(?:profil|trac|benchmark|instrument|measur|analy[sz]|investigat|bisect|flame ?graph|heap dump|dug into)\w*\b[^.]{0,120}?\b(?:found|showed|shows|revealed|pointed|turned out|came from|went (?:to|into)|was spent|spent)\b/i

/** A principle's name up to its first `,` or `;` ("Are Right", "Have Backbone"), as a pattern. */
const principlePattern = (name: string) =>
  (name.split(/[;,]/)[0] ?? name).trim().replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

/**
 * Why the work fits the role at Amazon: Amazon named, the level (not an
 * L7 load balancer), a bar raiser, or a Leadership Principle by its name
 * (capitalised, as a reference to the principle rather than the everyday
 * word).
 */
const AMAZON_RELEVANCE_SENTENCE = new RegExp(
  `\\b(?:Amazon|Leadership Principles?|L[67](?! (?:load|proxy|proxies|routing|traffic|firewall|balanc|switch))|[Bb]ar [Rr]aiser|${LEADERSHIP_PRINCIPLES.map(principlePattern).join('|')})\\b`,
)

/** Counts of things large enough to be scale: 1,000 and up, or any rate or data size. */
function statesScale(nodes: readonly Nodes[]): boolean {
  const text = nodes.map(blockText).join('\n')
  const claims = extractClaims(text)
  // Figures that change (before → after) are results, not the system's size; a
  // comparison is not ("38,000 applications a day at peak, against 2,100 on a
  // normal day").
  if (claims.changes.some((change) => change.form === 'arrow' || change.form === 'from-to'))
    return false
  const sizes = claims.quantities.filter(
    (quantity) =>
      // A spend ("$610k/year") is what it costs, not how big it is.
      (quantity.per !== undefined && quantity.dimension !== 'money') ||
      quantity.dimension === 'data' ||
      ((quantity.dimension === 'count' || quantity.dimension === 'number') &&
        quantity.value >= 1000),
  )
  return sizes.length >= 2
}

/**
 * A block's text, a table's cells kept apart (`toString` runs "Peak rate" and
 * "420 claims/s" together into "Peak rate420 claims/s", hiding the figure).
 */
function blockText(node: Nodes): string {
  if (node.type !== 'table') return toString(node)
  return node.children
    .map((row) => row.children.map((cell) => toString(cell)).join(' | '))
    .join('\n')
}

/** A code block, or a link to a diff, pull request or commit. */
function showsChange(nodes: readonly Nodes[]): boolean {
  const found = (node: Nodes): boolean => {
    if (node.type === 'code') return true
    if (
      node.type === 'link' &&
      /\/(?:pull|merge_requests|commit|compare)s?\/|\.diff\b/.test(node.url)
    )
      return true
    return 'children' in node && (node.children as Nodes[]).some(found)
  }
  return nodes.some(found)
}

const RESULT_WORDS = words(
  'results?\\b',
  'outcomes?\\b',
  'impact',
  'consequences?\\b',
  'confirmation',
  'what changed',
  'after\\b',
  'measured',
  'mattered',
  // A person's growth is a team-development story's result.
  'growth(?! plan)',
  'where (?:he|she|they) (?:is|are) now',
  'payoff',
  'how it (?:ended|turned out)',
  'what happened (?:next|after|then|on the day)',
  'on the day',
  'where (?:we|i|it|things|the \\w+) (?:got to|ended up|landed|are now|is now)',
  'what came (?:out )?of it',
  // "Twelve months on", "Six months later", "A year later".
  '(?:days?|weeks?|months?|quarters?|years?) (?:on|later)\\b',
)

const RESULT_SYNONYMS = [
  'Result',
  'Results',
  'Outcome',
  'Outcomes',
  'Measurable Outcomes',
  'Measured Outcomes',
  'Results & Impact',
  'Results and Impact',
  'Impact',
  'Business Impact',
  'Project Outcomes',
  'Outcome & Impact',
]

const results = (name = 'Results', extraWords: readonly RegExp[] = []) =>
  section(name, RESULT_SYNONYMS, 'results', {
    words: [...RESULT_WORDS, ...extraWords],
    // A table of figures before and after (`| Metric | Before | After |`, `| | Start | After
    // 6 months |`, or rows named Before and After) is the result.
    table: /\b(?:before|start|baseline|then)\b.*\b(?:after|now|today)\b/i,
    how: `add a \`## ${name}\` section with measured figures (before → after)`,
  })

const CONTEXT_WORDS = words(
  'context',
  'background',
  'problem',
  'situation',
  'challenge',
  // "Where we started", "Where things stood", "Where Maya started".
  'where (?:[a-z]+ ){1,2}(?:started|stood|were|was)\\b',
  'starting point',
)
const CHALLENGE_WORDS = words(
  'challeng',
  'problem',
  'hard\\b',
  'difficult',
  'obstacle',
  'gaps?\\b',
  'wrong\\b',
  'symptom',
)
/** What was done: "What we did", "How I helped him grow", "Approach". */
const ACTION_WORDS = words(
  'actions?\\b',
  'what (?:i|we) (?:did|changed|built|shipped)',
  'how (?:i|we)\\b',
  'approach',
  'steps\\b',
  'solution',
  'execution',
  'implement',
)
const LEADERSHIP_WORDS = words('leadership', 'how i led', 'led\\b', 'team\\b', 'people')
const OPTION_WORDS = words(
  'options?\\b',
  'alternatives?',
  'pros and cons',
  'choices',
  'what (?:we|i) weighed',
)
const DECISION_WORDS = words(
  'decid',
  'decision',
  'chose',
  'choice',
  'trade ?offs?\\b',
  // "The calls I made, and what they cost", "Our bets".
  'calls (?:i|we) made',
  'judge?ment calls',
  'bets\\b',
)

/** STAR: accepted for every story kind in place of the guide's headings. */
const STAR: Structure = {
  name: 'STAR',
  sections: [
    section('Situation', ['Context', 'Background'], 'narrative', {
      // "Who" opens a team-development story: the person is its situation.
      words: [...CONTEXT_WORDS, ...words('who\\b', 'starting point')],
      sentence: SITUATION_SENTENCE,
      how: 'add a `## Situation` section, or a sentence such as "In 2023 my org had one tech lead for five teams, so design reviews queued for three weeks"',
    }),
    section('Task', ['Goal', 'Objective', 'Responsibility'], 'narrative', {
      words: words(
        'task',
        'goals?\\b',
        'objective',
        'aim\\b',
        'mission',
        'why\\b',
        'the ask\\b',
        'what (?:i|we) (?:had|needed) to',
        // "What I set out to do".
        'what (?:i|we) set out',
      ),
      sentence: TASK_SENTENCE,
      how: 'add a `## Task` section, or a sentence such as "I had to grow two tech leads within six months"',
    }),
    section('Action', ['Actions', 'Actions Taken', 'What I Did'], 'narrative', {
      words: ACTION_WORDS,
      sentence: ACTION_SENTENCE,
      how: 'add a `## Action` section, or sentences saying what you did, with "I" ("I met each of them weekly"): "we" hides your part',
    }),
    {
      ...results('Result'),
      sentence: RESULT_SENTENCE,
      how: 'add a `## Result` section, or a sentence with the measured change ("the review queue fell from three weeks to four days")',
    },
  ],
}

/** STAR with more words for one of its requirements, as one kind of story titles it. */
function starWith(requirement: string, extraWords: readonly RegExp[]): Structure {
  return {
    name: STAR.name,
    sections: STAR.sections.map((required) =>
      required.name === requirement
        ? { ...required, words: [...(required.words ?? []), ...extraWords] }
        : required,
    ),
  }
}

/**
 * STAR as a development story tells it: "The plan" for the person is the
 * task, what I set out to do for them, before "What I did". In a case study
 * a plan is the approach, so STAR there keeps it out.
 */
const DEVELOPMENT_STAR = starWith('Task', words('plan\\b'))

/** A case study has no incident to tell: a closing "What happened?" is its result. */
const CASE_STUDY_RESULT_WORDS = words('what happened\\b')

/** STAR as a case study tells it, its result possibly a closing "What happened?". */
const CASE_STUDY_STAR = starWith('Result', CASE_STUDY_RESULT_WORDS)

const CONTEXT = ['Context', 'Background', 'Problem', 'Situation']

/**
 * A decision record has no incident to tell, so its plain "What happened",
 * "In practice" or "How it went" is what followed the decision: its result.
 */
const RECORD_RESULT_WORDS = words('what happened\\b', 'in practice', 'how it went')

const DECISION_DATE = section('Decision Date', ['Date', 'Decided'], undefined, {
  frontMatter: ['date', 'decision-date', 'decided'],
  how: 'add a `**Decision Date**:` line or `date:` in the front matter',
})
const DECISION_CONTEXT = section(
  'Context',
  ['Background', 'Problem', 'Problem Statement', 'Context and Problem Statement'],
  undefined,
  {
    // An RFC's or a PEP's "Motivation" is its context; a one-pager's "Why now".
    words: [...CONTEXT_WORDS, ...words('motivation', 'why now')],
    // A Y-statement: "In the context of …, facing …, we decided for … and neglected …,
    // to achieve …, accepting …".
    sentence: /\b[Ii]n the context of\b/,
    how: 'add a `## Context` section with the problem and its constraints',
  },
)
const OPTIONS = section(
  'Options Considered',
  ['Options', 'Alternatives', 'Alternatives Considered', 'Considered Options'],
  'options',
  {
    words: OPTION_WORDS,
    table: /\b(?:options?|alternatives?|pros|cons)\b/i,
    // Nygard's records often weigh the options in the context's prose: "We looked at three
    // options: …", or "We considered:" before a list. The paragraph is then read as the
    // options (portfolio-options-considered still asks each to be weighed).
    sentence:
      /\b(?:[Ww]e|I) (?:looked at|considered|weighed|evaluated|compared|assessed|explored)(?: (?:(?:two|three|four|five|several|\d) )?(?:options|alternatives|approaches)\b|:\s*$)|\b[Tt]he (?:options|alternatives) (?:were|we (?:considered|weighed|looked at))\b/,
    how: 'add a `## Options Considered` section with at least two options, each with pros and cons',
  },
)
/** MADR's "Chosen option: X, because ..." and Nygard's "We will ..., because ..." are the rationale. */
const RATIONALE = section('Rationale', ['Reasoning', 'Why'], undefined, {
  words: words('rationale', 'reason', 'why\\b', 'justification'),
  // The reason given in a sentence: "because", "so that", "since it",
  // "showed him that the beta had over-forecast by 15%".
  sentence:
    /\b(?:because|so that|since (?:it|we|they|the|our)|given that|due to|the reason|showed (?:\w+ )?that|to achieve)\b/i,
  how: 'add a `## Rationale` section, or write the decision as "Chosen option: X, because …"',
})
const DECISION = section('Decision', ['Decision Outcome', 'Chosen Option'], undefined, {
  // Not MADR's "Decision Drivers": those are criteria, not the decision.
  words: words(
    'decision(?! drivers)',
    'decided',
    'chosen',
    'we chose',
    'outcome',
    // An RFC's decision is its proposal: "Proposal", "Proposed design", "Detailed design";
    // a one-pager's its "Recommendation".
    'proposal',
    'recommend',
    'proposed (?:solution|change|design)',
    'detailed design',
  ),
  // A Y-statement's "we decided for X"; "We chose the third because…", "We went with Kafka".
  sentence: /\b(?:[Ww]e|I) (?:decided (?:for|on)|chose|went with|settled on)\b/,
  how: 'add a `## Decision` section naming the option chosen',
})

/** A Leadership Principle named in a story bank's answer, as written ("Bias for Action"). */
const PRINCIPLE_NAMED = new RegExp(
  `\\b(?:${LEADERSHIP_PRINCIPLES.map(principlePattern).join('|')})\\b`,
)

/** Each Leadership Principle's name, as `sectionKey` writes it, matched whole. */
const PRINCIPLE_NAMES = LEADERSHIP_PRINCIPLES.map(
  (name) =>
    new RegExp(
      `^${name
        .toLowerCase()
        .replace(/&/g, ' and ')
        .replace(/[^a-z0-9/]+/g, ' ')
        .trim()}$`,
    ),
)

export const KINDS: Readonly<Record<DocumentKind, KindSpec>> = {
  'executive-summary': {
    kind: 'executive-summary',
    label: 'executive summary',
    story: false,
    structures: [
      {
        name: 'guide',
        sections: [
          section(
            'Current Role Scope',
            ['Role Scope', 'Scope', 'Current Role', 'Current Scope'],
            // Its figures (team size, budget) describe the role; the engine asks no backing for them.
            'role',
            {
              words: words(
                // Not "Why this role": that is why the author wants the job.
                '(?<!why (?:this |the )?)role\\b',
                'scope',
                'current',
                'where i work',
                'what i do\\b',
                'today',
                '(?<!why (?:this |the )?)position',
                'about me',
                'profile\\b',
              ),
              sentence: CURRENT_ROLE_OR_HEADLINE,
              how: 'add a `## Current Role Scope` section, or a sentence such as "I lead the payments platform: 9 engineers, 3 services"',
            },
          ),
          section(
            'Key Technical Achievements',
            ['Technical Achievements', 'Key Achievements', 'Achievements'],
            undefined,
            {
              words: words(
                'achiev',
                'accomplish',
                'what i (?:have )?done',
                'built\\b',
                'shipped',
                'delivered',
                'wins?\\b',
                'track record',
                'highlights',
                '(?:selected|notable|key|recent) (?:work|projects?)\\b',
              ),
              sentence: ACHIEVEMENT_SENTENCE,
              how: 'add a `## Key Technical Achievements` section, or a sentence such as "I replaced the nightly batch with a streaming ledger, cutting reconciliation breaks from 1,200 a month to 35"',
            },
          ),
          section('Leadership Impact', ['Leadership', 'People and Process Impact'], undefined, {
            words: words('leader', 'lead\\b', 'people', 'culture', 'mentor', 'hiring', 'teams?\\b'),
            sentence: SUMMARY_LEADERSHIP_SENTENCE,
            how: 'add a `## Leadership Impact` section, or a sentence such as "I mentored four engineers to promotion"',
          }),
          section(
            'Amazon Relevance',
            ['Relevance to Amazon', 'Why Amazon', 'L6/L7 Relevance', 'Amazon Fit'],
            undefined,
            {
              words: words(
                'amazon',
                'fits?\\b',
                'relevan',
                'why me',
                'l[67]\\b',
                'why (?:this |the )?(?:role|job|position|level)',
              ),
              sentence: AMAZON_RELEVANCE_SENTENCE,
              how: 'add a `## Amazon Relevance` section, or a sentence tying your work to the role at Amazon or to the Leadership Principles it shows',
            },
          ),
        ],
      },
    ],
  },
  system: {
    kind: 'system',
    label: 'system design',
    story: false,
    structures: [
      {
        name: 'guide',
        sections: [
          section('Scale', ['Scale Metrics', 'System Scale'], 'scale', {
            words: words(
              'scale',
              'size',
              'how big',
              'big\\b',
              'volume',
              'load\\b',
              'traffic',
              'throughput',
              'numbers',
              'how many',
            ),
            content: statesScale,
            how: "add a `**Scale**:` line with the system's size, such as users, requests a second or data a day",
          }),
          role('Your Role', ['My Role', 'Role']),
          section('Business Context', ['Business Impact', 'Context'], undefined, {
            // An RFC's or design doc's "Goals", "Requirements" and "Background" say why the system exists.
            words: words(
              'business',
              'context',
              'why\\b',
              'problem',
              'needed\\b',
              'motivation',
              'goals?\\b',
              'requirements?\\b',
              'objectives?\\b',
              'purpose',
              'background',
              // A service design's "What we're building".
              'what we(?: ?re| are) building',
            ),
          }),
          section(
            'Architecture Overview',
            ['Architecture', 'System Architecture'],
            'architecture',
            {
              // A design doc's "Proposal" or "Detailed design" is its architecture.
              words: words(
                'architect',
                'design\\b',
                'how it works',
                'components?\\b',
                'diagram',
                'propos',
                'high[- ]level',
                'overview\\b',
                // The C4 model's views: "Container view", "System context diagram".
                'containers?\\b',
                'view\\b',
                'topology',
                '(?:data|request) flow',
              ),
              // A section that draws the system is its architecture, whatever its heading.
              content: holdsDiagram,
            },
          ),
          section(
            'Technical Decisions & Trade-offs',
            [
              'Technical Decisions and Trade-offs',
              'Technical Decisions & Tradeoffs',
              'Technical Decisions',
              'Key Decisions',
              'Decisions & Trade-offs',
              'Decisions and Trade-offs',
              'Trade-offs',
              'Alternatives Considered',
            ],
            'decisions',
            // A design doc weighs its decisions as "Alternatives considered".
            { words: [...DECISION_WORDS, ...words('alternatives?\\b')] },
          ),
          section(
            'Engineering Leadership Aspects',
            ['Engineering Leadership', 'Leadership Aspects', 'Leadership', 'Technical Leadership'],
            undefined,
            {
              words: words(
                'leadership',
                'mentor',
                'people',
                'team\\b',
                'growing',
                'coach',
                'hiring',
              ),
              sentence: PEOPLE_LEADERSHIP_SENTENCE,
              how: 'add a `## Engineering Leadership Aspects` section, or a sentence such as "I mentored two engineers into leads"',
            },
          ),
        ],
      },
    ],
  },
  'decision-record': {
    kind: 'decision-record',
    label: 'technical decision record',
    story: false,
    structures: [
      {
        name: 'guide',
        sections: [
          DECISION_DATE,
          section('Decision Makers', ['Deciders', 'Decided By'], undefined, {
            frontMatter: ['deciders', 'decision-makers', 'decision makers', 'owners'],
            how: 'add a `**Decision Makers**:` line or `deciders:` in the front matter',
          }),
          section('Stakeholders', ['Affected Teams'], undefined, {
            words: words('stakeholder', 'affected', 'consulted', 'informed'),
            frontMatter: ['stakeholders', 'consulted', 'informed'],
            // A plain "Stakeholders: …" line, not in bold.
            sentence: /^(?:stakeholders|affected teams|consulted|informed)\s*:\s*\S/i,
            how: 'add a `**Stakeholders**:` line or `consulted:` / `informed:` in the front matter',
          }),
          DECISION_CONTEXT,
          OPTIONS,
          DECISION,
          RATIONALE,
          results('Results', RECORD_RESULT_WORDS),
        ],
      },
      {
        // MADR 2-4 (date and deciders are optional front matter there; the
        // rationale is the "because" of "Chosen option: X, because ...") and
        // Nygard / adr-tools (Status, Context, Decision, Consequences). The
        // guide still asks of both for the options weighed and measured results.
        name: 'MADR or Nygard ADR',
        sections: [
          DECISION_CONTEXT,
          OPTIONS,
          DECISION,
          RATIONALE,
          results('Consequences', RECORD_RESULT_WORDS),
        ],
      },
    ],
  },
  'case-study': {
    kind: 'case-study',
    label: 'case study',
    story: true,
    structures: [
      {
        name: 'performance case study',
        sections: [
          section('Challenge', ['Problem', 'Context'], 'narrative', {
            words: [...CHALLENGE_WORDS, ...CONTEXT_WORDS],
          }),
          section('Analysis', ['Investigation', 'Diagnosis'], 'narrative', {
            words: words(
              'analys',
              'investigat',
              'diagnos',
              'what (?:i|we) found',
              // A story told as questions: "What did I find?"
              'what did (?:i|we) find',
              'findings?\\b',
              'root cause',
              'profil',
              'digging',
              // An experiment's write-up: "Hypothesis", then "Experiment".
              'hypothes',
            ),
            sentence: ANALYSIS_SENTENCE,
            how: 'add a `## Analysis` section, or a sentence such as "I profiled the cheapest phone and found 1.1 s went to a lookup on the UI thread"',
          }),
          section('Solution', ['Approach', 'Fix'], 'narrative', {
            words: words(
              'solution',
              'fix',
              'approach',
              'what (?:i|we) (?:changed|did|built|shipped)',
              'what did (?:i|we) (?:change|do|build|ship)',
              'the change',
              // "Changes", "Optimisations", "Implementation": what was done to the system.
              'changes\\b',
              'optimi[sz]ations?\\b',
              'implementation',
              'remed',
              'experiment',
            ),
          }),
          section('Team Leadership', ['Leadership'], 'narrative', {
            // "My role: I led the three engineers on the fix" is how the team was led.
            words: [...LEADERSHIP_WORDS, ...ROLE_WORDS],
            sentence: PEOPLE_LEADERSHIP_SENTENCE,
          }),
          // A story told as questions ends "What happened?".
          results('Result', CASE_STUDY_RESULT_WORDS),
        ],
      },
      {
        name: 'scaling case study',
        sections: [
          section('Context', ['Challenge', 'Problem'], 'narrative', {
            words: [...CONTEXT_WORDS, ...CHALLENGE_WORDS],
          }),
          section('Technical Strategy', ['Strategy', 'Approach'], 'narrative', {
            words: words('strateg', 'approach', 'plan\\b', 'design\\b', 'architecture'),
          }),
          section('Leadership', ['Team Leadership'], 'narrative', {
            words: [...LEADERSHIP_WORDS, ...ROLE_WORDS],
            sentence: PEOPLE_LEADERSHIP_SENTENCE,
          }),
          section('Execution', ['Implementation'], 'narrative', {
            words: words(
              'execut',
              'implement',
              'rollout',
              // "Rolling it out", "How we rolled it out", "Shipping it".
              'roll(?:ing|ed)?(?: (?:it|them|this|that))? out',
              'shipp(?:ing|ed)\\b',
              'migration',
              'delivery',
              'what we did',
            ),
          }),
          results('Outcome', CASE_STUDY_RESULT_WORDS),
        ],
      },
      CASE_STUDY_STAR,
    ],
  },
  'excellence-initiative': {
    kind: 'excellence-initiative',
    label: 'engineering excellence initiative',
    story: false,
    structures: [
      {
        name: 'guide',
        sections: [
          section(
            'Context & Challenge',
            ['Context and Challenge', ...CONTEXT, 'Challenge'],
            'narrative',
            // "Why we had to change": an initiative's why is its context; "Before" its start;
            // an OKR's "Objective" its aim and why.
            {
              words: [
                ...CONTEXT_WORDS,
                ...CHALLENGE_WORDS,
                ...words('why\\b', 'before\\b', 'objectives?\\b'),
              ],
            },
          ),
          role('Your Leadership Role', ['Your Role', 'Leadership Role', 'My Role']),
          section(
            'Implementation Strategy',
            [
              'Implementation',
              'Strategy',
              'Approach',
              // A brag doc's "How:", a rollout plan.
              'How',
              'How We Did It',
              'How I Did It',
              'Rollout',
              'Roll-out',
            ],
            'narrative',
            {
              words: [
                ...ACTION_WORDS,
                ...words(
                  'strateg',
                  'plan\\b',
                  'rollout',
                  'roll(?:ed)? out',
                  'programme',
                  'program\\b',
                ),
              ],
            },
          ),
          results('Measurable Outcomes'),
        ],
      },
    ],
  },
  'team-development': {
    kind: 'team-development',
    label: 'team development story',
    story: true,
    structures: [
      {
        name: 'guide',
        sections: [
          section('Individual', ['Person', 'Engineer', 'Team Member'], undefined, {
            words: words('who\\b', 'individual', 'person', 'mentee', 'meet\\b'),
          }),
          section('Context', ['Background', 'Situation'], 'narrative', { words: CONTEXT_WORDS }),
          section('Challenge', ['Problem', 'Gap'], 'narrative', { words: CHALLENGE_WORDS }),
          section(
            'Development Plan & Execution',
            ['Development Plan and Execution', 'Development Plan', 'Plan & Execution', 'Execution'],
            'narrative',
            {
              words: [
                ...words(
                  'plan\\b',
                  'execution',
                  'how i (?:helped|developed|coached|grew|supported|mentored)',
                  'coaching',
                  'mentoring',
                ),
                ...ACTION_WORDS,
              ],
            },
          ),
          results('Results & Impact'),
          section(
            'Your Leadership Lessons',
            ['Leadership Lessons', 'Lessons', 'Lessons Learned', 'Reflection'],
            undefined,
            {
              words: words(
                'lessons?\\b',
                'learn',
                'reflect',
                'takeaway',
                'looking back',
                'differently',
              ),
            },
          ),
        ],
      },
      DEVELOPMENT_STAR,
    ],
  },
  'cross-functional': {
    kind: 'cross-functional',
    label: 'cross-functional leadership story',
    story: true,
    structures: [
      {
        name: 'guide',
        sections: [
          section('Project Scope', ['Scope', 'Project'], undefined, {
            words: words('scope', 'goals?\\b', 'objective', 'mission', 'the ask\\b', 'brief\\b'),
            sentence: PROJECT_SCOPE_SENTENCE,
          }),
          section('Stakeholders', ['Teams Involved'], undefined, {
            words: words(
              'stakeholder',
              'who\\b',
              'involved',
              'partners?\\b',
              'parties',
              'teams\\b',
              'players',
            ),
            sentence: STAKEHOLDERS_SENTENCE,
          }),
          role('Your Leadership Role', ['Your Role', 'Leadership Role', 'My Role']),
          section(
            'Leadership Challenges & Solutions',
            [
              'Leadership Challenges and Solutions',
              'Challenges & Solutions',
              'Challenges and Solutions',
              'Challenges',
            ],
            'narrative',
            {
              // "How we aligned", "Pushback", "Where we disagreed": the friction a
              // cross-functional lead works through is its challenge.
              words: [
                ...CHALLENGE_WORDS,
                ...words(
                  'solutions?\\b',
                  'conflict',
                  'tension',
                  'align',
                  'push-?back',
                  'disagree',
                  'friction',
                  'obstacles?\\b',
                  'hurdles?\\b',
                  // Situation, Complication, Resolution: the complication is the challenge.
                  'complication',
                ),
              ],
            },
          ),
          results('Project Outcomes'),
        ],
      },
      STAR,
    ],
  },
  'post-mortem': {
    kind: 'post-mortem',
    label: 'post-mortem',
    story: false,
    structures: [
      {
        name: 'guide',
        sections: [
          // What an interviewer needs from a post-mortem; the guide sets no
          // structure, so a timeline or lessons section is welcome, not required.
          section('Incident Summary', ['Summary', 'Incident', 'What Happened'], undefined, {
            words: words('summary', 'what happened', 'incident', 'overview', 'timeline', 'event'),
            sentence: INCIDENT_SENTENCE,
            how: 'add a `## What Happened` section saying what broke and when',
          }),
          section('Customer Impact', ['Impact', 'Blast Radius'], undefined, {
            words: words('impact', 'blast radius', 'affected', 'customers?\\b', 'damage'),
            // An incident report's summary table: `| Customer impact | 3,100 merchants… |`.
            table: /(?:^|\| )(?:customer |user )?impact(?: \||$)/i,
            sentence: IMPACT_SENTENCE,
            how: 'add a `## Impact` section with who was affected, for how long and at what cost',
          }),
          section('Root Cause', ['Root Cause Analysis', 'Root Causes', 'Cause'], undefined, {
            words: words(
              'root',
              'causes?\\b',
              'why it happened',
              'five whys',
              '5 whys',
              'analysis',
              'contributing',
              'factors?\\b',
              'why\\b',
              'trigger',
            ),
            sentence: ROOT_CAUSE_SENTENCE,
            how: 'add a `## Root Cause` section, or a sentence such as "The cause was…", saying why it happened',
          }),
          role(
            'Your Role',
            ['My Role', 'Incident Response', 'Your Leadership Role'],
            'As incident lead I…',
          ),
          section(
            'Corrective Actions',
            ['Action Items', 'Follow-up Actions', 'Remediation'],
            undefined,
            {
              words: words(
                'fix',
                'corrective',
                'actions?\\b',
                'remediat',
                'follow ?ups?\\b',
                'prevent',
                'mitigat',
                'what (?:we|i) (?:have )?changed',
                // "What we are changing", "What we'll change", "What we will change".
                'what (?:we|i) (?:are|am|will|ll|re) chang',
                'changes? (?:we|i) made',
                'next steps',
              ),
              sentence: CORRECTIVE_SENTENCE,
              how: 'add a `## Corrective Actions` section listing what was changed so it cannot recur, or a sentence such as "Since then, …"',
            },
          ),
        ],
      },
    ],
  },
  'code-review': {
    kind: 'code-review',
    label: 'code review example',
    story: false,
    structures: [
      {
        name: 'guide',
        sections: [
          // The change, the feedback, the outcome: what the guide's code
          // review example shows; context and leadership are welcome extras.
          section('Change Under Review', ['The Change', 'Change', 'Pull Request'], undefined, {
            words: words(
              'diff',
              // "The change", "Changes"; "What changed" after a review is its outcome.
              'change(?!d)',
              'pull request',
              'pr\\b',
              'patch',
              'commit',
              'code\\b',
              'propos',
              'submitted',
              'what (?:was|they|he|she) (?:wrote|sent|submitted)',
            ),
            content: showsChange,
            how: 'add a `## Change Under Review` section with the code (a code block, a diff or a link)',
          }),
          section('Review Feedback', ['Feedback', 'Review Comments', 'My Review'], undefined, {
            words: words(
              'feedback',
              'comments?\\b',
              'my review',
              'suggest',
              'flagged',
              'raised',
              'what i (?:said|asked)',
              // "The review thread", "The conversation": the comments as they were exchanged.
              'thread\\b',
              'conversation',
              'discussion',
            ),
            how: 'add a `## Review Feedback` section with the comments you made',
          }),
          // "What happened" after the feedback is what the review led to.
          results('Outcome', words('what happened', 'merged', 'landed', 'shipped', 'afterwards')),
        ],
      },
    ],
  },
  'story-bank': {
    kind: 'story-bank',
    label: 'story bank',
    story: false,
    structures: [
      {
        name: 'guide',
        sections: [
          section(
            'Stories by Leadership Principle',
            ['Leadership Principles', 'Stories by Principle', 'Principle Map', 'Stories'],
            undefined,
            // "By principle", or a label or heading per principle ("**Ownership**: ..."), or
            // the principle named with each answer ("*Bias for Action.* The SMS outage…").
            {
              words: [...words('principles?\\b', 'lps?\\b', 'stories'), ...PRINCIPLE_NAMES],
              table: /\b(?:principles?|LPs?)\b/i,
              sentence: PRINCIPLE_NAMED,
            },
          ),
          section(
            'Common Questions',
            ['Behavioral Questions', 'Questions', 'Question Bank'],
            undefined,
            {
              // Headings that are the questions: "Tell me about a time you…".
              words: words(
                'questions?\\b',
                'prompts?\\b',
                'asked\\b',
                'tell me about',
                'describe a time',
                'give (?:me )?an example',
                'walk me through',
              ),
              table: /\bquestions?\b/i,
              // Questions written in the answers' paragraphs: "**Q: Tell me about a time…**".
              sentence:
                /\b(?:Q|Question)\s*:\s*\S|\b(?:[Tt]ell me about a time|[Dd]escribe a time|[Gg]ive (?:me )?an example of|[Ww]alk me through)\b/,
            },
          ),
        ],
      },
    ],
  },
}

export function isDocumentKind(value: unknown): value is DocumentKind {
  return typeof value === 'string' && (DOCUMENT_KINDS as readonly string[]).includes(value)
}

/** Case-study focus, from front matter `focus:`; the guide's checklist counts each. */
export const CASE_STUDY_FOCUSES = ['performance', 'scaling'] as const
export type CaseStudyFocus = (typeof CASE_STUDY_FOCUSES)[number]
