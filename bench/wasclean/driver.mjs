// Drives Debian's Chromium (headless) through page.html and prints one JSON line per try:
//   node driver.mjs PORT N CASE[,CASE…]        the cases of page.html against a running server
//   node driver.mjs --stop PORT                one server-stop try: prints "ready", waits for a
//                                              line on stdin (the caller has stopped the server)
import { chromium } from 'playwright-core';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import readline from 'node:readline';

const here = path.dirname(fileURLToPath(import.meta.url));
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
  headless: true,
  args: ['--no-sandbox'],
});
const page = await browser.newPage();
await page.goto('file://' + path.join(here, 'page.html'));
const ua = await page.evaluate(() => navigator.userAgent);

const args = process.argv.slice(2);
if (args[0] === '--stop') {
  const base = `ws://127.0.0.1:${args[1]}`;
  await page.evaluate(b => openForStop(b), base);
  console.log('ready');
  const rl = readline.createInterface({ input: process.stdin });
  for await (const _ of rl) break;
  const r = await page.evaluate(() => stopResult());
  console.log(JSON.stringify({ case: 'server_stop', browser: ua, ...r }));
} else {
  const [port, n, list] = args;
  const base = `ws://127.0.0.1:${port}`;
  for (const name of list.split(',')) {
    for (let i = 0; i < Number(n); i++) {
      const r = await page.evaluate(([c, b]) => runCase(c, b), [name, base]);
      console.log(JSON.stringify({ case: name, browser: ua, ...r }));
    }
  }
}
await browser.close();
process.exit(0);
