// The floor: read and parse every Markdown file under the given folder with
// the parsers the preset uses (remark-parse, GFM, front matter), no rules.
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import remarkFrontmatter from 'remark-frontmatter'
import remarkGfm from 'remark-gfm'
import remarkParse from 'remark-parse'
import { unified } from 'unified'

const folder = process.argv[2] ?? 'portfolio'
const processor = unified()
  .use(remarkParse)
  .use(remarkGfm)
  .use(remarkFrontmatter, ['yaml'])
  .freeze()
let nodes = 0
for (const entry of readdirSync(folder, { recursive: true, withFileTypes: true })) {
  if (!entry.isFile() || !entry.name.endsWith('.md')) continue
  const tree = processor.runSync(
    processor.parse(readFileSync(join(entry.parentPath, entry.name), 'utf8')),
  )
  nodes += tree.children.length
}
if (nodes === 0) process.exitCode = 3
