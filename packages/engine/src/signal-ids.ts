/** The ids of the signals, apart from signals.ts so that listing them loads no parser. */

/** The signals the engine looks for. */
export const SIGNAL_IDS = [
  'first-person',
  'reflection',
  'alternatives',
  'trade-off',
  'trade-off-cost',
  'scale',
  'team-ownership',
  'component-design',
  'multi-team',
  'org-wide',
  'multi-year',
] as const

export type SignalId = (typeof SIGNAL_IDS)[number]
