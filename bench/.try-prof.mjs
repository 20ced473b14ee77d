import {serve} from './server.mjs';
import {profile} from './measure.mjs';
import {chromium} from 'playwright-core';
const server = await serve();
const browser = await chromium.launch({executablePath: '/usr/bin/chromium', headless: true,
  args: ['--no-sandbox','--disable-gpu','--disable-renderer-backgrounding','--disable-background-timer-throttling','--js-flags=--expose-gc']});
const context = await browser.newContext({viewport: {width: 1280, height: 800}});
for (const v of (process.env.V ?? 'news-icon,inline-svg').split(',')) {
  const p = await profile(browser, context, server.url, v, +(process.env.N ?? 10000));
  console.log(v, p.ms.toFixed(0));
  console.table(p.phases);
  console.table(p.functions.slice(0,10).map(f=>({fn:f.fn.slice(0,70),ms:f.ms,via:f.callers[0]?.via.slice(0,90)})));
}
await browser.close(); await server.close();
