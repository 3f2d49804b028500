/**
 * The one renderer contract, as markdownlint-cli2's formatter modules have
 * it: a renderer is a pure function of the engine's `PortfolioReport` and its
 * options. A stream renderer returns the text to print; an artifact renderer
 * returns files, which only the caller (the CLI) writes. Renderers import
 * neither commander, nor the portfolio's file system, nor a GitHub client.
 */
import type { PortfolioReport } from '@techfolio/engine'

/** Terminal styling; the CLI passes picocolors, tests pass `plainColors`. */
export interface Colors {
  bold: (text: string) => string
  dim: (text: string) => string
  underline: (text: string) => string
  red: (text: string) => string
  green: (text: string) => string
  yellow: (text: string) => string
}

/** Identity styling: no escape codes. */
export const plainColors: Colors = {
  bold: (text) => text,
  dim: (text) => text,
  underline: (text) => text,
  red: (text) => text,
  green: (text) => text,
  yellow: (text) => text,
}

/** Options every renderer accepts; a renderer reads only those it needs. */
export interface RenderOptions {
  /** Styling for terminal formats; default `plainColors`. */
  colors?: Colors
  /** The techfolio version shown by SARIF; default the report's `tool.version`. */
  version?: string
}

/** Renders one stream (stdout) format: text, JSON, SARIF, workflow commands. */
export type StreamRenderer<Options extends RenderOptions = RenderOptions> = (
  report: PortfolioReport,
  options: Options,
) => string

/**
 * A stream format written in pieces, so a large portfolio's output is never
 * one string in memory; joined, the pieces are what the format's
 * StreamRenderer returns. `tail` (JSON formats) adds top-level keys after the
 * report's, computed when reached: the CLI's `--timing`.
 */
export type ChunkedRenderer = (
  report: PortfolioReport,
  options: RenderOptions & { tail?: () => Record<string, unknown> },
) => Iterable<string>

/** One file an artifact renderer produces; `path` is relative to the output folder, `/`-separated. */
export interface Artifact {
  path: string
  content: string | Uint8Array
}

/** Renders files (Markdown, JSON, SVG, HTML...) for `techfolio summary --out DIR`. */
export type ArtifactRenderer<Options extends RenderOptions = RenderOptions> = (
  report: PortfolioReport,
  options: Options,
) => Artifact[]
