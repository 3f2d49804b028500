import type { Root } from 'mdast'
import { type FrontMatter, frontMatter } from './front-matter.js'
import { KINDS, type KindSpec } from './kinds.js'

export interface DocumentContext {
  frontMatter: FrontMatter
  /** The kind's spec when front matter names a known kind. */
  spec: KindSpec | undefined
}

/** What every rule needs to know about the document it is checking. */
export function documentContext(tree: Root): DocumentContext {
  const matter = frontMatter(tree)
  return { frontMatter: matter, spec: matter.kind ? KINDS[matter.kind] : undefined }
}
