import type { Nodes } from 'mdast'
import { toString } from 'mdast-util-to-string'

/** Words in plain text: runs of letters or digits (with inner ' . - /). */
export function countWords(text: string): number {
  let count = 0
  let inWord = false
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index)
    const isSpace = code === 32 || code === 9 || code === 10 || code === 13 || code === 160
    if (isSpace) inWord = false
    else if (!inWord) {
      inWord = true
      count++
    }
  }
  return count
}

/** Plain text of nodes, leaving out code blocks (diagrams, samples) and raw HTML. */
export function proseText(nodes: readonly Nodes[]): string {
  const parts: string[] = []
  const stack = [...nodes].reverse()
  while (stack.length > 0) {
    const node = stack.pop() as Nodes
    if (node.type === 'code' || node.type === 'html' || node.type === 'yaml') continue
    if (node.type === 'text' || node.type === 'inlineCode') parts.push(node.value)
    else if ('children' in node) {
      const children = node.children as Nodes[]
      for (let index = children.length - 1; index >= 0; index--)
        stack.push(children[index] as Nodes)
      if (node.type === 'paragraph' || node.type === 'heading' || node.type === 'tableCell')
        parts.push(' ')
    }
  }
  return parts.join(' ')
}

export { toString }
