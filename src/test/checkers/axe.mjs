// Runs axe-core in Chromium on each HTML file named on the command line and prints one line
// per violation, "FILE: RULE (IMPACT): HELP [TARGET]"; exits 1 when there is any.
// Usage: node axe.mjs CHROMIUM FILE.html...   (node_modules found through NODE_PATH)
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import path from 'node:path';

const require = createRequire(path.join(process.env.NODE_PATH || '.', 'x.js'));
const { chromium } = require('playwright-core');
const axeSource = require.resolve('axe-core/axe.min.js');

const [executablePath, ...files] = process.argv.slice(2);
const browser = await chromium.launch({ executablePath, args: ['--no-sandbox'] });
let violations = 0;
try {
  const page = await browser.newPage();
  for (const file of files) {
    await page.goto(pathToFileURL(path.resolve(file)).href);
    await page.addScriptTag({ path: axeSource });
    const result = await page.evaluate(() => window.axe.run(document, { resultTypes: ['violations'] }));
    for (const v of result.violations) {
      for (const node of v.nodes) {
        violations++;
        console.log(`${file}: ${v.id} (${v.impact}): ${v.help} [${node.target.join(' ')}]`);
      }
    }
  }
} finally {
  await browser.close();
}
process.exit(violations > 0 ? 1 : 0);
