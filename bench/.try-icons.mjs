// scratch: icons group only
import {buildBundle, bundles} from './build.mjs';
import {serve} from './server.mjs';
import {renderGroups} from './measure.mjs';
import {chromium} from 'playwright-core';
const only = (process.env.ONLY ?? 'news-icon').split(',');
for (const b of bundles.filter((b) => only.includes(b.id))) await buildBundle(b);
const server = await serve();
const browser = await chromium.launch({executablePath: '/usr/bin/chromium', headless: true,
  args: ['--no-sandbox','--disable-gpu','--disable-renderer-backgrounding','--disable-background-timer-throttling','--js-flags=--expose-gc']});
const context = await browser.newContext({viewport: {width: 1280, height: 800}});
const n = +(process.env.N ?? 10000);
const variants = (process.env.V ?? 'news-icon').split(',');
const r = await renderGroups(context, server.url, [{id:'icons',label:`${n} icons`,n,baseline:process.env.B ?? 'inline-svg',variants}], +(process.env.RUNS ?? 5), console.log);
console.log(JSON.stringify(r[0].variants.map(v=>({v:v.variant,runs:v.runs})), null, 0), r[0].baseline.runs);
await browser.close(); await server.close();
