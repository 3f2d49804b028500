/**
 * `@techfolio/cli`: the `techfolio` command. Its output formats live in
 * `@techfolio/summary`, which other tools use to print a report the same way.
 */
export { colorEnabled, colors } from './color.js'
export { explain, listRules } from './commands/explain.js'
export { initPortfolio } from './commands/init.js'
export { newDocument, nextDecisionNumber, slugify } from './commands/new.js'
export { isTechfolioError, reportError } from './errors.js'
export { KIND_FOLDERS } from './kinds.js'
export { buildProgram, main, VERSION } from './main.js'
export { fillTemplate, generatedTemplate } from './templates.js'
