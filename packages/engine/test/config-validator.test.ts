/**
 * The config schema is compiled ahead of time (src/config-validator.ts, by
 * scripts/config-validator.mjs): the committed module must be what the
 * script writes for the schema as it is now, and judge configs as Ajv's
 * run-time compile of the same schema does.
 */
import { readFileSync } from 'node:fs'
import { Ajv } from 'ajv'
import { describe, expect, it } from 'vitest'
// @ts-expect-error: a plain .mjs build script, without types
import { validatorSource } from '../scripts/config-validator.mjs'
import compiled from '../src/config-validator.js'
import { CONFIG_SCHEMA } from '../src/schema.js'

/** The generated module's function, as Ajv's validators are typed: errors on the function. */
const validate = compiled as unknown as ((data: unknown) => boolean) & { errors?: unknown }

describe('the precompiled config validator', () => {
  it('is up to date with the schema (run `npm run validator -w packages/engine`)', () => {
    const committed = readFileSync(new URL('../src/config-validator.ts', import.meta.url), 'utf8')
    expect(committed === (validatorSource as () => string)()).toBe(true)
  })

  it("judges configs as Ajv's run-time compile does, with the same errors", () => {
    const runtime = new Ajv({ allErrors: true, strict: false }).compile(CONFIG_SCHEMA)
    const configs: unknown[] = [
      {},
      { level: 'L7', paths: ['portfolio'], maxFileSize: 100_000 },
      { level: 'L8' },
      { paths: [] },
      { paths: [''] },
      { maxFileSize: 0 },
      { weights: { 'portfolio-diagram': -1 } },
      { checks: { 'portfolio-broken-links': 'loud' } },
      { unknown: true },
      { level: 'L6', paths: 'portfolio' },
      [],
      'L6',
    ]
    for (const config of configs) {
      const valid = validate(config)
      expect([config, valid]).toEqual([config, runtime(config)])
      expect([config, validate.errors ?? null]).toEqual([config, runtime.errors ?? null])
    }
  })
})
