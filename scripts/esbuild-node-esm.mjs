/**
 * What every bundle the repository builds for Node shares (the rules' and the
 * CLI's through bundle-entries.mjs, the Action's through its own script): ES
 * module output for Node 20, the oldest the packages support; only the
 * comments a licence asks to keep; and a `require` for the CommonJS
 * dependencies an ES module bundle inlines, which call it.
 */
export const NODE_ESM_BUNDLE = {
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  legalComments: 'eof',
  logLevel: 'warning',
  banner: {
    js: "import { createRequire as __bundleCreateRequire } from 'node:module';\nconst require = __bundleCreateRequire(import.meta.url);",
  },
}
