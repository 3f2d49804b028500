/**
 * The JSON Schema of `techfolio.config.json` (and `.yaml`/`.yml`). The same
 * object is shipped as `schema/techfolio.config.schema.json` (a test keeps the
 * two equal), so editors can validate the file with `"$schema"`.
 */
export const CONFIG_SCHEMA = {
  $schema: 'http://json-schema.org/draft-07/schema#',
  $id: 'https://github.com/techfolio/techfolio/blob/main/packages/engine/schema/techfolio.config.schema.json',
  title: 'Techfolio configuration',
  description:
    'How techfolio checks and scores an interview portfolio. Every key is optional; defaults are in the engine README.',
  type: 'object',
  additionalProperties: false,
  properties: {
    $schema: { type: 'string' },
    level: {
      description: 'The level the portfolio targets.',
      enum: ['L6', 'L7'],
    },
    paths: {
      description: 'Files, folders or globs to check when none are given on the command line.',
      type: 'array',
      minItems: 1,
      items: { type: 'string', minLength: 1 },
    },
    maxFileSize: {
      description:
        'Largest document read, in bytes (default 5000000); a larger file gets a portfolio-file-size finding.',
      type: 'integer',
      minimum: 1,
      maximum: 1000000000,
    },
    fileTimeBudget: {
      description:
        'Seconds one document may take to analyse (default 10); a document over it gets a portfolio-time-budget finding.',
      type: 'number',
      exclusiveMinimum: 0,
      maximum: 3600,
    },
    cacheDir: {
      description:
        'Folder of the content-hash cache, relative to the config file; default node_modules/.cache/techfolio under the repository root.',
      type: 'string',
      minLength: 1,
    },
    cache: { description: 'false disables the cache.', type: 'boolean' },
    targetPrinciples: {
      description:
        'Leadership Principles the candidate targets, besides those claimed in front matter.',
      type: 'array',
      items: { type: 'string', minLength: 1 },
    },
    thresholds: {
      type: 'object',
      additionalProperties: false,
      properties: {
        failUnder: {
          description: 'The CLI and the Action fail when the portfolio score is under this.',
          type: 'number',
          minimum: 0,
          maximum: 100,
        },
        minStoriesPerPrinciple: {
          description:
            'Stories each targeted Leadership Principle needs (default 2 for L6, 3 for L7).',
          type: 'integer',
          minimum: 0,
        },
        technicalArtifacts: {
          description:
            "Kinds of technical artifact the checklist wants, of the guide's 3-5 (default 3 for L6, 4 for L7).",
          type: 'integer',
          minimum: 0,
          maximum: 5,
        },
        leadershipEvidence: {
          description:
            "Kinds of leadership evidence the checklist wants, of the guide's 3-4 (default 3 for L6, 4 for L7).",
          type: 'integer',
          minimum: 0,
          maximum: 4,
        },
        systems: {
          type: 'object',
          additionalProperties: false,
          properties: {
            min: { type: 'integer', minimum: 0 },
            max: { type: 'integer', minimum: 0 },
          },
        },
      },
    },
    weights: {
      description: 'Weight of each lint rule in a document score, by rule id.',
      type: 'object',
      // Bounded so sums of weights stay finite (1e308 made every score NaN).
      additionalProperties: { type: 'number', minimum: 0, maximum: 1000 },
    },
    scoring: {
      description:
        'Accepted for compatibility and no longer used: the portfolio score is completeness × quality (engine README, Scores).',
      type: 'object',
      additionalProperties: false,
      properties: {
        documents: { type: 'number', minimum: 0, maximum: 1000 },
        checklist: { type: 'number', minimum: 0, maximum: 1000 },
      },
    },
    checks: {
      description: 'Severity of each cross-document check, by id: "error", "warning" or "off".',
      type: 'object',
      additionalProperties: { enum: ['error', 'warning', 'off'] },
    },
    workers: {
      type: 'object',
      additionalProperties: false,
      properties: {
        threshold: {
          description:
            'Use worker threads when at least this many files need parsing. Unset: chosen from the document and thread start-up times runs measured on this machine.',
          type: 'integer',
          minimum: 1,
        },
        max: { description: 'At most this many worker threads.', type: 'integer', minimum: 1 },
      },
    },
  },
} as const
