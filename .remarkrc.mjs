// One configuration for remark-cli, editors (vscode-remark) and `techfolio`:
// all three load the portfolio preset from here, so they report the same findings.
import portfolio from '@techfolio/remark-lint-portfolio'

export default {
  plugins: [portfolio],
}
