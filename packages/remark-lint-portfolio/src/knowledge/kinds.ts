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

function section(name: string, synonyms: readonly string[] = [], role?: SectionRole): SectionSpec {
  return role ? { name, synonyms, role } : { name, synonyms }
}

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

const results = (name = 'Results') => section(name, RESULT_SYNONYMS, 'results')

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
          section('Your Role', ['My Role', 'Role'], 'role'),
          section('Business Context', ['Business Impact', 'Context']),
          section('Architecture Overview', ['Architecture', 'System Architecture'], 'architecture'),
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
          ),
          section('Engineering Leadership Aspects', [
            'Engineering Leadership',
            'Leadership Aspects',
            'Leadership',
            'Technical Leadership',
          ]),
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
          section('Decision Date', ['Date', 'Decided']),
          section('Decision Makers', ['Deciders', 'Decided By']),
          section('Stakeholders', ['Affected Teams']),
          section('Context', ['Background', 'Problem', 'Problem Statement']),
          section(
            'Options Considered',
            ['Options', 'Alternatives', 'Alternatives Considered'],
            'options',
          ),
          section('Decision', ['Decision Outcome', 'Chosen Option']),
          section('Rationale', ['Reasoning', 'Why']),
          results(),
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
          section('Your Leadership Role', ['Your Role', 'Leadership Role', 'My Role'], 'role'),
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
          section('Your Leadership Role', ['Your Role', 'Leadership Role', 'My Role'], 'role'),
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
          section('Incident Summary', ['Summary', 'Incident']),
          section('Customer Impact', ['Impact', 'Blast Radius']),
          section('Timeline', ['Incident Timeline']),
          section('Root Cause', ['Root Cause Analysis', 'Root Causes', 'Cause']),
          section('Your Role', ['My Role', 'Incident Response', 'Your Leadership Role'], 'role'),
          section('Corrective Actions', ['Action Items', 'Follow-up Actions', 'Remediation']),
          results('Outcome'),
          section('Lessons Learned', ['Lessons', 'Learnings', 'Reflection']),
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
          section(
            'Context',
            CONTEXT.filter((name) => name !== 'Context'),
          ),
          section('Change Under Review', ['The Change', 'Change', 'Pull Request']),
          section('Review Feedback', ['Feedback', 'Review Comments', 'My Review']),
          section('Technical Leadership', ['Leadership', 'Why It Mattered']),
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
