/**
 * Renderers by name: the CLI and the Action pick one by name and never
 * format on their own. Add a stream renderer to `STREAM_RENDERERS`, an
 * artifact renderer to `ARTIFACT_RENDERERS` (it then appears in
 * `techfolio summary`'s output).
 */
import type { ArtifactRenderer, StreamRenderer } from './contract.js'

export const STREAM_RENDERERS: Record<string, StreamRenderer> = {}

export const ARTIFACT_RENDERERS: Record<string, ArtifactRenderer> = {}
