/**
 * Typed errors (as changesets does): the engine throws these for bad input;
 * the CLI entry turns them into one line and an exit code. Anything else is a
 * bug and is shown with its stack only under --debug.
 */
export class TechfolioError extends Error {
  /** Exit code the CLI uses. */
  readonly exitCode: number = 2
  override name = 'TechfolioError'
}

/** A path that does not exist, cannot be read, or holds no Markdown. */
export class InputError extends TechfolioError {
  override name = 'InputError'
}

/** A config file that is not valid: the message names the file and the key's path. */
export class ConfigError extends TechfolioError {
  override name = 'ConfigError'
}

/** Wrong use of an API or command: unknown format, bad option value. */
export class UsageError extends TechfolioError {
  override name = 'UsageError'
}

/**
 * A portfolio folder that holds only `templates/` (just made by `techfolio
 * init`): a clean start, not a mistake. The CLI prints what to do next and
 * exits 0.
 */
export class EmptyPortfolioError extends InputError {
  override readonly exitCode: number = 0
  override name = 'EmptyPortfolioError'
}
