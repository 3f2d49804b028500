import type { Nodes, Root } from 'mdast'
import { toString } from 'mdast-util-to-string'

/**
 * One walk of a tree, shared by every rule and by the engine's facts.
 *
 * Seventeen rules and the engine each used to walk the same tree (with
 * unist-util-visit or their own stacks) to find its tables, blocks and code:
 * the index walks it once, the first time anyone asks, and is kept per tree
 * (like `outline` and `frontMatter`), so it goes when the tree does.
 */
export interface TreeIndex {
  /** Nodes of each type, in document order. */
  readonly byType: ReadonlyMap<string, readonly Nodes[]>
  /** Every paragraph, heading and table cell, in document order (they never nest). */
  readonly blocks: readonly IndexedBlock[]
}

export interface IndexedBlock {
  node: Nodes
  /** Types of the nodes the block sits in, outermost first (the root included). */
  ancestors: readonly string[]
}

/** Nodes whose inline text is read as one block (see `textBlocks`). */
export const BLOCK_TYPES: ReadonlySet<string> = new Set(['paragraph', 'heading', 'tableCell'])

const NONE: readonly Nodes[] = []
const plainTexts = new WeakMap<Nodes, string>()

/**
 * A node's plain text (`mdast-util-to-string`), computed once per node: the
 * sections, the rules and the engine ask for the same headings and blocks.
 */
export function plainText(node: Nodes): string {
  let text = plainTexts.get(node)
  if (text === undefined) {
    text = toString(node)
    plainTexts.set(node, text)
  }
  return text
}
const indexes = new WeakMap<Root, TreeIndex>()

/** The index of a tree; built by one traversal the first time it is asked for. */
export function treeIndex(tree: Root): TreeIndex {
  let index = indexes.get(tree)
  if (!index) {
    index = buildIndex(tree)
    indexes.set(tree, index)
  }
  return index
}

/** The nodes of one type in a tree, in document order (shared: do not change the array). */
export function nodesOfType(tree: Root, type: string): readonly Nodes[] {
  return treeIndex(tree).byType.get(type) ?? NONE
}

function buildIndex(tree: Root): TreeIndex {
  const byType = new Map<string, Nodes[]>()
  const blocks: IndexedBlock[] = []
  // A stack, not recursion: a deeply nested document must not overflow the call stack.
  const stack: Nodes[] = [tree]
  const depths: number[] = [0]
  const path: string[] = []
  // Blocks in the same parent share one copy of their ancestors: copied only when the path changed.
  let ancestors: readonly string[] = []
  let changed = true
  while (stack.length > 0) {
    const node = stack.pop() as Nodes
    const depth = depths.pop() as number
    if (path.length !== depth) {
      path.length = depth
      changed = true
    }
    let list = byType.get(node.type)
    if (!list) {
      list = []
      byType.set(node.type, list)
    }
    list.push(node)
    if (BLOCK_TYPES.has(node.type)) {
      if (changed) {
        ancestors = path.slice()
        changed = false
      }
      blocks.push({ node, ancestors })
    }
    if (!('children' in node)) continue
    path.push(node.type)
    changed = true
    const children = node.children as Nodes[]
    for (let child = children.length - 1; child >= 0; child--) {
      stack.push(children[child] as Nodes)
      depths.push(depth + 1)
    }
  }
  return { byType, blocks }
}
