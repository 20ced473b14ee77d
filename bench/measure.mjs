// The browser half of the bench: render cost, leaks, interaction latency and profiles, each in a
// fresh page of one Chromium session driven over CDP (playwright-core, the system's Chromium).

/** The system's Chromium (CHROME_PATH overrides), headless, with nothing running in the background. */
export const executablePath = process.env.CHROME_PATH ?? '/usr/bin/chromium';
export const launchChromium = (chromium, extraArgs = []) =>
  chromium.launch({
    executablePath,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-renderer-backgrounding',
      '--disable-background-timer-throttling',
      ...extraArgs,
    ],
  });

export const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
export const percentile = (xs, p) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)];
};

/** Opens a fresh page of `variant` with a CDP session that counts requests. */
export async function openPage(context, base, variant) {
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  const requests = [];
  cdp.on('Network.requestWillBeSent', (e) => requests.push(e.request.url));
  await cdp.send('Network.enable');
  await page.goto(`${base}/page/${variant}`, {waitUntil: 'load'});
  await page.waitForFunction(() => !!window.bench);
  return {page, cdp, requests};
}

/** Collects garbage (twice: finalisers free more) and reads the heap. */
export async function heap(page, cdp) {
  for (let i = 0; i < 2; i++) {
    await page.evaluate(() => window.gc?.());
    await cdp.send('HeapProfiler.collectGarbage');
  }
  const usage = await cdp.send('Runtime.getHeapUsage');
  return {js: usage.usedSize, embedder: usage.embedderHeapUsedSize ?? 0};
}

/** One render run: fresh page, `n` elements, time, heap after, requests made while rendering. */
export async function renderOnce(context, base, variant, n) {
  const {page, cdp, requests} = await openPage(context, base, variant);
  try {
    const before = requests.length;
    const ms = await page.evaluate(([v, count]) => window.bench.render(v, count), [variant, n]);
    const during = requests.slice(before);
    const {js, embedder} = await heap(page, cdp);
    return {
      ms,
      heap: js,
      embedder,
      requests: during.filter((u) => !u.startsWith('data:')).length,
      dataUrls: during.filter((u) => u.startsWith('data:')).length,
      pageRequests: requests.length,
    };
  } finally {
    await page.close();
  }
}

/**
 * Renders each variant of each group `runs` times, interleaved (the order rotates each run), and
 * returns medians and ratios to the group's baseline.
 */
export async function renderGroups(context, base, groups, runs, log) {
  const out = [];
  for (const group of groups) {
    const variants = [group.baseline, ...group.variants];
    const samples = Object.fromEntries(variants.map((v) => [v, []]));
    // One warm-up run of each variant (fonts, caches, code), not counted.
    for (const variant of variants) await renderOnce(context, base, variant, group.n);
    for (let r = 0; r < runs; r++) {
      for (let k = 0; k < variants.length; k++) {
        const variant = variants[(k + r) % variants.length];
        samples[variant].push(await renderOnce(context, base, variant, group.n));
      }
    }
    const summary = (v) => {
      const s = samples[v];
      return {
        variant: v,
        runs: s.map((x) => +x.ms.toFixed(2)),
        ms: median(s.map((x) => x.ms)),
        heap: median(s.map((x) => x.heap)),
        embedder: median(s.map((x) => x.embedder)),
        requests: Math.max(...s.map((x) => x.requests)),
        dataUrls: Math.max(...s.map((x) => x.dataUrls)),
        pageRequests: Math.max(...s.map((x) => x.pageRequests)),
      };
    };
    const baseline = summary(group.baseline);
    const rows = group.variants.map((v) => {
      const s = summary(v);
      return {...s, ratio: s.ms / baseline.ms, heapRatio: s.heap / baseline.heap};
    });
    out.push({id: group.id, label: group.label, n: group.n, baseline, variants: rows});
    log(
      `${group.label}: ${baseline.variant} ${baseline.ms.toFixed(1)} ms; ` +
        rows.map((x) => `${x.variant} ${x.ms.toFixed(1)} ms (${x.ratio.toFixed(2)}×)`).join(', '),
    );
  }
  return out;
}

/** Counts the listeners on window and on document (CDP DOMDebugger.getEventListeners). */
async function listeners(cdp) {
  const count = async (expression) => {
    const {result} = await cdp.send('Runtime.evaluate', {expression});
    const {listeners: list} = await cdp.send('DOMDebugger.getEventListeners', {
      objectId: result.objectId,
    });
    await cdp.send('Runtime.releaseObject', {objectId: result.objectId});
    return list.map((l) => l.type).sort();
  };
  return {window: await count('window'), document: await count('document')};
}

/**
 * Creates and removes `n` players and `n` cards, `cycles` times; the heap after each removal
 * (after GC), and the listeners on window and document before the first and after the last.
 */
export async function leaks(context, base, n, cycles) {
  const {page, cdp} = await openPage(context, base, 'leaks');
  try {
    await cdp.send('DOMDebugger.enable').catch(() => {});
    const before = await listeners(cdp);
    const empty = await heap(page, cdp);
    const heaps = [];
    const duringListeners = [];
    for (let c = 0; c < cycles; c++) {
      await page.evaluate(async (count) => {
        await window.bench.render('podcast-player', count);
        await window.bench.render('news-article', count);
      }, n);
      if (c === 0) duringListeners.push(await listeners(cdp));
      await page.evaluate(() => window.bench.clear());
      heaps.push((await heap(page, cdp)).js);
    }
    const after = await listeners(cdp);
    const growth = (heaps.at(-1) - heaps[0]) / heaps[0];
    const left = {
      window: after.window.length - before.window.length,
      document: after.document.length - before.document.length,
    };
    return {
      n,
      cycles,
      emptyHeap: empty.js,
      heaps,
      growth,
      listenersBefore: before,
      listenersWhileRendered: duringListeners[0],
      listenersAfter: after,
      listenersLeft: left,
      ok: growth <= 0.05 && left.window <= 0 && left.document <= 0,
    };
  } finally {
    await page.close();
  }
}

/** Real input through CDP: a click at (x, y). */
export async function click(cdp, {x, y}) {
  const common = {x, y, button: 'left', clickCount: 1};
  await cdp.send('Input.dispatchMouseEvent', {type: 'mouseMoved', x, y});
  await cdp.send('Input.dispatchMouseEvent', {type: 'mousePressed', ...common});
  await cdp.send('Input.dispatchMouseEvent', {type: 'mouseReleased', ...common});
}

const KEYS = {ArrowRight: 39, ArrowLeft: 37};
export async function press(cdp, key) {
  const common = {
    key,
    code: key,
    windowsVirtualKeyCode: KEYS[key],
    nativeVirtualKeyCode: KEYS[key],
  };
  await cdp.send('Input.dispatchKeyEvent', {type: 'rawKeyDown', ...common});
  await cdp.send('Input.dispatchKeyEvent', {type: 'keyUp', ...common});
}

/**
 * Interaction latency on one player: `tries` clicks on play (until the pause button is drawn;
 * each followed by a click on pause, until the play button is drawn again), then `tries` arrow
 * key presses on the seek slider (until the new aria-valuenow is drawn).
 */
export async function latency(context, base, tries) {
  const {page, cdp} = await openPage(context, base, 'latency');
  try {
    await page.evaluate(() => window.bench.player().updateComplete);
    const play = [];
    const pause = [];
    let failed = 0;
    for (let i = 0; i < tries; i++) {
      for (const [want, into] of [
        ['Pause', play],
        ['Play', pause],
      ]) {
        await page.evaluate((w) => window.bench.armPlay(w), want);
        await click(cdp, await page.evaluate(() => window.bench.centre('play-button')));
        const ms = await page.evaluate(() => window.bench.pending);
        if (ms === null || ms < 0) failed++;
        else into.push(ms);
      }
    }
    // Paused now, with the audio's metadata loaded; start mid-way so both arrows move.
    await page.evaluate(async () => {
      const player = window.bench.player();
      player.seek(60);
      await player.updateComplete;
      window.bench.part('scrubber').focus();
    });
    const seek = [];
    for (let i = 0; i < tries; i++) {
      await page.evaluate(() => window.bench.armSeek());
      await press(cdp, i % 2 ? 'ArrowLeft' : 'ArrowRight');
      const ms = await page.evaluate(() => window.bench.pending);
      if (ms === null || ms < 0) failed++;
      else seek.push(ms);
    }
    const stats = (xs) => ({
      tries: xs.length,
      p50: xs.length ? percentile(xs, 50) : null,
      p95: xs.length ? percentile(xs, 95) : null,
    });
    return {play: stats(play), pause: stats(pause), seek: stats(seek), failed};
  } finally {
    await page.close();
  }
}

/**
 * Profiles one render of `variant`: a Chromium performance trace (main-thread self time by event:
 * script, style, layout, paint, GC) and a CPU profile (the JS functions with the most self time).
 */
export async function profile(browser, context, base, variant, n) {
  const {page, cdp} = await openPage(context, base, variant);
  try {
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', {interval: 100});
    await browser.startTracing(page, {
      categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8', 'blink'],
    });
    await cdp.send('Profiler.start');
    const ms = await page.evaluate(([v, count]) => window.bench.render(v, count), [variant, n]);
    const {profile: cpu} = await cdp.send('Profiler.stop');
    const trace = JSON.parse((await browser.stopTracing()).toString());
    return {variant, n, ms, phases: tracePhases(trace), functions: topFunctions(cpu)};
  } finally {
    await page.close();
  }
}

/** Self time (ms) of the trace events on the renderer's main thread, largest first. */
function tracePhases(trace) {
  const events = trace.traceEvents ?? trace;
  const main = events.find((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain');
  if (!main) return [];
  const onMain = events
    .filter((e) => e.pid === main.pid && e.tid === main.tid && e.ph === 'X' && e.dur !== undefined)
    .sort((a, b) => a.ts - b.ts || b.dur - a.dur);
  const self = new Map();
  const stack = [];
  for (const e of onMain) {
    while (stack.length && stack.at(-1).ts + stack.at(-1).dur <= e.ts) stack.pop();
    const parent = stack.at(-1);
    if (parent) self.set(parent.name, (self.get(parent.name) ?? 0) - e.dur);
    self.set(e.name, (self.get(e.name) ?? 0) + e.dur);
    stack.push(e);
  }
  return [...self]
    .map(([name, us]) => ({name, ms: +(us / 1000).toFixed(1)}))
    .filter((p) => p.ms >= 1)
    .sort((a, b) => b.ms - a.ms)
    .slice(0, 12);
}

/**
 * The JS functions (and DOM calls) with the most self time in a CPU profile, each with the
 * callers that spent it (the chain of up to three frames above, which names our code).
 */
function topFunctions(cpu) {
  const dt = new Map();
  cpu.samples.forEach((id, i) => dt.set(id, (dt.get(id) ?? 0) + (cpu.timeDeltas[i] ?? 0)));
  const nodes = new Map(cpu.nodes.map((n) => [n.id, n]));
  const parents = new Map();
  for (const n of cpu.nodes) for (const c of n.children ?? []) parents.set(c, n.id);
  const name = (node) => {
    const {functionName, url, lineNumber, columnNumber} = node.callFrame;
    const file = url ? url.replace(/^https?:\/\/[^/]+/, '') : '';
    return `${functionName || '(anonymous)'} ${file ? `${file}:${lineNumber + 1}:${columnNumber + 1}` : ''}`.trim();
  };
  const byFn = new Map();
  for (const node of cpu.nodes) {
    const key = name(node);
    const entry = byFn.get(key) ?? {us: 0, callers: new Map()};
    const us = dt.get(node.id) ?? 0;
    entry.us += us;
    const chain = [];
    for (let p = parents.get(node.id); p !== undefined && chain.length < 3; p = parents.get(p)) {
      chain.push(name(nodes.get(p)));
    }
    const via = chain.join(' < ');
    if (us) entry.callers.set(via, (entry.callers.get(via) ?? 0) + us);
    byFn.set(key, entry);
  }
  const total = [...byFn.values()].reduce((a, b) => a + b.us, 0);
  return [...byFn]
    .map(([fn, {us, callers}]) => ({
      fn,
      ms: +(us / 1000).toFixed(1),
      share: +((us / total) * 100).toFixed(1),
      callers: [...callers]
        .sort((a, b) => b[1] - a[1])
        .slice(0, 3)
        .map(([via, t]) => ({via, ms: +(t / 1000).toFixed(1)})),
    }))
    .sort((a, b) => b.ms - a.ms)
    .slice(0, 15);
}
