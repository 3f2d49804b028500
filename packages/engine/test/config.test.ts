import { readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { DEFAULT_CONFIG, defaultConfigText, loadConfig } from '../src/config.js'
import { ConfigError, InputError } from '../src/errors.js'
import { runPortfolio } from '../src/run.js'
import { CONFIG_SCHEMA } from '../src/schema.js'
import { repo, smallPortfolio } from './helpers.js'

async function configError(text: string, name = 'techfolio.config.json'): Promise<string> {
  const dir = repo({ [name]: text })
  const error = await loadConfig({ cwd: dir }).catch((e: unknown) => e)
  expect(error).toBeInstanceOf(ConfigError)
  expect((error as ConfigError).exitCode).toBe(2)
  return (error as Error).message
}

describe('configuration', () => {
  it('defaults without a config file', async () => {
    const dir = repo()
    const loaded = await loadConfig({ cwd: dir })
    expect(loaded.path).toBeUndefined()
    expect(loaded.config).toEqual(DEFAULT_CONFIG)
    expect(loaded.config.thresholds).toEqual({
      failUnder: 0,
      minStoriesPerPrinciple: 2,
      systems: { min: 3, max: 5 },
      technicalArtifacts: 3,
      leadershipEvidence: 3,
    })
  })

  it('finds the config upwards and merges it with the defaults', async () => {
    const dir = repo({
      'techfolio.config.json': JSON.stringify({
        level: 'L7',
        thresholds: { failUnder: 80 },
        weights: { 'portfolio-diagram': 5 },
        targetPrinciples: ['earths best employer'.replace('earths', 'Strive to be Earth’s')],
        cacheDir: '.tf-cache',
      }),
      'portfolio/x.md': '# x',
    })
    const loaded = await loadConfig({ cwd: path.join(dir, 'portfolio') })
    expect(loaded.path).toBe(path.join(dir, 'techfolio.config.json'))
    expect(loaded.config.level).toBe('L7')
    expect(loaded.config.thresholds.failUnder).toBe(80)
    // L7 sets its bar; explicit thresholds still win.
    expect(loaded.config.thresholds.minStoriesPerPrinciple).toBe(3)
    expect(loaded.config.thresholds.technicalArtifacts).toBe(4)
    expect(loaded.config.thresholds.leadershipEvidence).toBe(4)
    expect(loaded.config.weights['portfolio-diagram']).toBe(5)
    expect(loaded.config.weights['portfolio-front-matter']).toBe(3)
    expect(loaded.config.targetPrinciples).toEqual(['Strive to be Earth’s Best Employer'])
    expect(loaded.config.cacheDir).toBe(path.join(dir, '.tf-cache'))
  })

  it('lets explicit thresholds win over the level', async () => {
    const dir = repo({
      'techfolio.config.json': JSON.stringify({
        level: 'L7',
        thresholds: { minStoriesPerPrinciple: 1 },
      }),
    })
    const { config } = await loadConfig({ cwd: dir })
    expect(config.thresholds).toMatchObject({ minStoriesPerPrinciple: 1, technicalArtifacts: 4 })
  })

  it('reads YAML', async () => {
    const dir = repo({ 'techfolio.config.yaml': 'level: L7\nthresholds:\n  failUnder: 75\n' })
    const { config } = await loadConfig({ cwd: dir })
    expect(config.level).toBe('L7')
    expect(config.thresholds.failUnder).toBe(75)
  })

  it('names the file and the key path of a wrong type in one line', async () => {
    expect(await configError('{"thresholds": {"failUnder": "high"}}')).toBe(
      'techfolio.config.json: thresholds.failUnder must be a number (got "high")',
    )
    expect(await configError('{"paths": ["portfolio", 3]}')).toBe(
      'techfolio.config.json: paths[1] must be a string (got 3)',
    )
    expect(await configError('{"level": "L8"}')).toBe(
      'techfolio.config.json: level must be one of "L6", "L7" (got "L8")',
    )
    expect(
      await configError('thresholds:\n  systems:\n    min: lots\n', 'techfolio.config.yml'),
    ).toBe('techfolio.config.yml: thresholds.systems.min must be an integer (got "lots")')
  })

  it('rejects an unknown key with a did-you-mean', async () => {
    expect(await configError('{"thresholds": {"failUnderr": 3}}')).toBe(
      'techfolio.config.json: unknown key thresholds.failUnderr; did you mean "failUnder"?',
    )
    expect(await configError('{"colour": true}')).toBe('techfolio.config.json: unknown key colour')
  })

  it('rejects an unknown rule id in weights with a did-you-mean', async () => {
    const message = await configError('{"weights": {"portfolio-diagrams": 2}}')
    expect(message).toMatch(
      /^techfolio\.config\.json: weights\["portfolio-diagrams"\]: unknown rule; did you mean "portfolio-diagram"\? \(known rules: /,
    )
    expect(message).not.toContain('\n')
  })

  it('rejects an unknown Leadership Principle and an unknown check', async () => {
    expect(await configError('{"targetPrinciples": ["Dive Deeep"]}')).toBe(
      'techfolio.config.json: targetPrinciples[0] "Dive Deeep" is not a Leadership Principle; did you mean "Dive Deep"?',
    )
    expect(await configError('{"checks": {"portfolio-link": "off"}}')).toMatch(
      /^techfolio\.config\.json: checks\["portfolio-link"\]: unknown cross-document check; did you mean "portfolio-links"\?/,
    )
  })

  it('gives the line of invalid JSON and YAML', async () => {
    const json = await configError('{\n  "level": "L6",\n  "paths": [,]\n}')
    expect(json).toMatch(/^techfolio\.config\.json:3:\d+: invalid JSON: Unexpected token/)
    expect(json).not.toContain('\n')
    expect(
      await configError('level: L6\npaths: [a\nweights: {\n', 'techfolio.config.yaml'),
    ).toMatch(/^techfolio\.config\.yaml:\d+:\d+: invalid YAML: /)
  })

  it('takes an explicit config path, and names it when missing', async () => {
    const dir = repo({ 'conf/tf.yml': 'level: L7\n' })
    const { config } = await loadConfig({ cwd: dir, configPath: 'conf/tf.yml' })
    expect(config.level).toBe('L7')
    await expect(loadConfig({ cwd: dir, configPath: 'nope.json' })).rejects.toThrow(
      new InputError('Config file not found: nope.json'),
    )
  })

  it('runPortfolio surfaces config errors as ConfigError', async () => {
    const dir = repo({ ...smallPortfolio(), 'techfolio.config.json': '{"weights": {"x": 1}}' })
    await expect(runPortfolio({ cwd: dir, cache: false })).rejects.toBeInstanceOf(ConfigError)
  })

  it('writes a default config for init that loads back to the defaults', async () => {
    const dir = repo({ 'techfolio.config.json': defaultConfigText() })
    const { config } = await loadConfig({ cwd: dir })
    expect(config).toEqual(DEFAULT_CONFIG)
    // and changing only its level moves the level's thresholds
    const l7 = defaultConfigText().replace('"level": "L6"', '"level": "L7"')
    const raised = await loadConfig({ cwd: repo({ 'techfolio.config.json': l7 }) })
    expect(raised.config.thresholds.technicalArtifacts).toBe(4)
  })

  it('ships the schema as JSON, equal to the one the engine validates with', () => {
    const shipped = JSON.parse(
      readFileSync(new URL('../schema/techfolio.config.schema.json', import.meta.url), 'utf8'),
    )
    expect(shipped).toEqual(CONFIG_SCHEMA)
  })
})
