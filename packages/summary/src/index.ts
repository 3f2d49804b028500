/**
 * @techfolio/summary: every way a PortfolioReport is shown. Stream renderers
 * (`STREAM_RENDERERS`) print lint and score output; artifact renderers
 * (`ARTIFACT_RENDERERS`) produce the files of `techfolio summary --out DIR`.
 */
export * from './contract.js'
export * from './registry.js'
