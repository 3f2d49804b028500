/**
 * The document kinds of a portfolio and what each must contain, taken from the
 * technical portfolio guide. Every rule, the engine's scores and the templates
 * read this one table.
 */

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
  /** A table whose header row matches states the fact, wherever it is. */
  readonly table?: RegExp
  /** A sentence that states the fact ("As incident lead I..." is a role). */
  readonly sentence?: RegExp
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

type SectionExtras = Pick<SectionSpec, 'words' | 'frontMatter' | 'table' | 'sentence' | 'how'>

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

/** "As incident lead I...", "I led...", "My role was...": a role stated in a sentence. */
const ROLE_SENTENCE =
  /\b(?:[Aa]s (?:the |an? )?[\w/ -]{0,40}?(?:lead|leader|owner|manager|commander|architect|engineer|on-?call|captain|coordinator|responder)\b[^.\n]{0,30}?\bI\b|I (?:led|owned|ran|drove|headed|coordinated|managed|acted as|served as|was (?:the|an?) [\w -]{0,30}?(?:lead|leader|owner|manager|commander|architect|on-?call))\b|\b[Mm]y role\b)/

const ROLE_WORDS = words('role\\b', 'my part', 'what i did', 'my contribution', 'responsibilit')

const ROLE_HOW =
  'add a `## Your Role` section or a sentence such as "As incident lead I…" or "I led…"'

const role = (name: string, synonyms: readonly string[]) =>
  section(name, synonyms, 'role', { words: ROLE_WORDS, sentence: ROLE_SENTENCE, how: ROLE_HOW })

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

const results = (name = 'Results') =>
  section(name, RESULT_SYNONYMS, 'results', {
    words: RESULT_WORDS,
    how: `add a \`## ${name}\` section with measured figures (before → after)`,
  })

const CONTEXT_WORDS = words('context', 'background', 'problem', 'situation', 'challenge')
const OPTION_WORDS = words('options?\\b', 'alternatives?', 'pros and cons', 'choices')
const DECISION_WORDS = words('decid', 'decision', 'chose', 'choice', 'trade ?offs?\\b')

/** STAR: accepted for every story kind in place of the guide's headings. */
const STAR: Structure = {
  name: 'STAR',
  sections: [
    section('Situation', ['Context', 'Background'], 'narrative'),
    section('Task', ['Goal', 'Objective', 'Responsibility'], 'narrative'),
    section('Action', ['Actions', 'Actions Taken', 'What I Did'], 'narrative'),
    results('Result'),
  ],
}

const CONTEXT = ['Context', 'Background', 'Problem', 'Situation']

const DECISION_DATE = section('Decision Date', ['Date', 'Decided'], undefined, {
  frontMatter: ['date', 'decision-date', 'decided'],
  how: 'add a `**Decision Date**:` line or `date:` in the front matter',
})
const DECISION_CONTEXT = section(
  'Context',
  ['Background', 'Problem', 'Problem Statement', 'Context and Problem Statement'],
  undefined,
  { words: CONTEXT_WORDS, how: 'add a `## Context` section with the problem and its constraints' },
)
const OPTIONS = section(
  'Options Considered',
  ['Options', 'Alternatives', 'Alternatives Considered', 'Considered Options'],
  'options',
  {
    words: OPTION_WORDS,
    table: /\b(?:options?|alternatives?|pros|cons)\b/i,
    how: 'add a `## Options Considered` section with at least two options, each with pros and cons',
  },
)
/** MADR's "Chosen option: X, because ..." and Nygard's "We will ..., because ..." are the rationale. */
const RATIONALE = section('Rationale', ['Reasoning', 'Why'], undefined, {
  words: words('rationale', 'reason', 'why\\b', 'justification'),
  sentence: /\bbecause\b/i,
  how: 'add a `## Rationale` section, or write the decision as "Chosen option: X, because …"',
})
const DECISION = section('Decision', ['Decision Outcome', 'Chosen Option'], undefined, {
  // Not MADR's "Decision Drivers": those are criteria, not the decision.
  words: words('decision(?! drivers)', 'decided', 'chosen', 'we chose', 'outcome'),
  how: 'add a `## Decision` section naming the option chosen',
})

export const KINDS: Readonly<Record<DocumentKind, KindSpec>> = {
  'executive-summary': {
    kind: 'executive-summary',
    label: 'executive summary',
    story: false,
    structures: [
      {
        name: 'guide',
        sections: [
          section('Current Role Scope', ['Role Scope', 'Scope', 'Current Role', 'Current Scope']),
          section('Key Technical Achievements', [
            'Technical Achievements',
            'Key Achievements',
            'Achievements',
          ]),
          section('Leadership Impact', ['Leadership', 'People and Process Impact']),
          section('Amazon Relevance', [
            'Relevance to Amazon',
            'Why Amazon',
            'L6/L7 Relevance',
            'Amazon Fit',
          ]),
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
          section('Scale', ['Scale Metrics', 'System Scale'], 'scale'),
          role('Your Role', ['My Role', 'Role']),
          section('Business Context', ['Business Impact', 'Context'], undefined, {
            words: words('business', 'context', 'why it matter', 'problem'),
          }),
          section(
            'Architecture Overview',
            ['Architecture', 'System Architecture'],
            'architecture',
            {
              words: words('architect', 'design\\b', 'how it works', 'components?\\b', 'diagram'),
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
            ],
            'decisions',
            { words: DECISION_WORDS },
          ),
          section(
            'Engineering Leadership Aspects',
            ['Engineering Leadership', 'Leadership Aspects', 'Leadership', 'Technical Leadership'],
            undefined,
            { words: words('leadership', 'mentor', 'people', 'team\\b', 'growing') },
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
            how: 'add a `**Stakeholders**:` line or `consulted:` / `informed:` in the front matter',
          }),
          DECISION_CONTEXT,
          OPTIONS,
          DECISION,
          RATIONALE,
          results(),
        ],
      },
      {
        // MADR 2-4 (date and deciders are optional front matter there; the
        // rationale is the "because" of "Chosen option: X, because ...") and
        // Nygard / adr-tools (Status, Context, Decision, Consequences). The
        // guide still asks of both for the options weighed and measured results.
        name: 'MADR or Nygard ADR',
        sections: [DECISION_CONTEXT, OPTIONS, DECISION, RATIONALE, results('Consequences')],
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
          section('Challenge', ['Problem', 'Context'], 'narrative'),
          section('Analysis', ['Investigation', 'Diagnosis'], 'narrative'),
          section('Solution', ['Approach', 'Fix'], 'narrative'),
          section('Team Leadership', ['Leadership'], 'narrative'),
          results('Result'),
        ],
      },
      {
        name: 'scaling case study',
        sections: [
          section('Context', ['Challenge', 'Problem'], 'narrative'),
          section('Technical Strategy', ['Strategy', 'Approach'], 'narrative'),
          section('Leadership', ['Team Leadership'], 'narrative'),
          section('Execution', ['Implementation'], 'narrative'),
          results('Outcome'),
        ],
      },
      STAR,
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
          ),
          role('Your Leadership Role', ['Your Role', 'Leadership Role', 'My Role']),
          section(
            'Implementation Strategy',
            ['Implementation', 'Strategy', 'Approach'],
            'narrative',
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
          section('Individual', ['Person', 'Engineer', 'Team Member']),
          section('Context', ['Background', 'Situation'], 'narrative'),
          section('Challenge', ['Problem', 'Gap'], 'narrative'),
          section(
            'Development Plan & Execution',
            ['Development Plan and Execution', 'Development Plan', 'Plan & Execution', 'Execution'],
            'narrative',
          ),
          results('Results & Impact'),
          section('Your Leadership Lessons', [
            'Leadership Lessons',
            'Lessons',
            'Lessons Learned',
            'Reflection',
          ]),
        ],
      },
      STAR,
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
          section('Project Scope', ['Scope', 'Project']),
          section('Stakeholders', ['Teams Involved']),
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
            how: 'add a `## What Happened` section saying what broke and when',
          }),
          section('Customer Impact', ['Impact', 'Blast Radius'], undefined, {
            words: words('impact', 'blast radius', 'affected', 'customers?\\b', 'damage'),
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
            ),
            how: 'add a `## Root Cause` section saying why it happened',
          }),
          role('Your Role', ['My Role', 'Incident Response', 'Your Leadership Role']),
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
                'what we changed',
                'next steps',
              ),
              how: 'add a `## Corrective Actions` section listing what was changed so it cannot recur',
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
            words: words('diff', 'change', 'pull request', 'pr\\b', 'patch', 'commit', 'code\\b'),
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
            ),
            how: 'add a `## Review Feedback` section with the comments you made',
          }),
          results('Outcome'),
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
          section('Stories by Leadership Principle', [
            'Leadership Principles',
            'Stories by Principle',
            'Principle Map',
            'Stories',
          ]),
          section('Common Questions', ['Behavioral Questions', 'Questions', 'Question Bank']),
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
