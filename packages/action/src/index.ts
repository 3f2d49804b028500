/** The Action's entry: the logic is in main.ts. */
import { run } from './main.js'

process.exitCode = await run()
