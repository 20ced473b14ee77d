// The bench's output: one plain-text table, and a hand-drawn SVG chart (no chart library).

const LABELS = {
  'static-card': 'static <article> HTML',
  'news-article': '<news-article layout="card">',
  'native-audio': '<audio controls preload="none">',
  'podcast-player': '<podcast-player>',
  'podcast-player-drawn': '<podcast-player> all drawn',
  'news-article-drawn': '<news-article> all drawn',
  'news-article-floor': 'floor: its drawn DOM, no script',
  'podcast-player-floor': 'floor: its drawn DOM, no script',
  'news-icon-floor': 'floor: its DOM, no script',
  'media-chrome': 'media-chrome audio player',
  'inline-svg': 'inline <svg>',
  'news-icon': '<news-icon>',
  'sl-icon': 'Shoelace <sl-icon>',
  'ion-icon': 'Ionicons <ion-icon>',
};
const OURS = new Set([
  'news-article',
  'news-article-drawn',
  'podcast-player',
  'podcast-player-drawn',
  'news-icon',
]);
export const label = (variant) => LABELS[variant] ?? variant;

const ms = (x) => (x === null || x === undefined ? '–' : `${x.toFixed(x < 10 ? 2 : 1)} ms`);
const mb = (x) => `${(x / 1e6).toFixed(2)} MB`;
const times = (x) => `${x.toFixed(2)}×`;

/** The whole result as one text table. */
export function table(r) {
  const w = [44, 12, 9, 11, 9, 9];
  const row = (cells) =>
    cells.map((c, i) => (i === 0 ? String(c).padEnd(w[0]) : String(c).padStart(w[i]))).join('');
  const rule = '-'.repeat(w.reduce((a, b) => a + b, 0));
  const lines = [
    `newsroom-elements bench (${r.mode} run, ${r.date.slice(0, 16).replace('T', ' ')} UTC)`,
    `Chromium ${r.browser.version} headless; ${r.machine.os}; ${r.machine.cpus} × ${r.machine.cpuModel}; ${r.machine.memoryGiB} GiB; Node ${r.machine.node}`,
    rule,
    row(['SIZE (lit inlined, minified)', 'min B', 'gzip B', 'brotli B', '', '']),
  ];
  for (const s of r.sizes) {
    lines.push(
      s.error
        ? row([`${s.ours ? '' : '  '}${s.name}`, 'build failed', '', '', '', ''])
        : row([`${s.ours ? '' : '  '}${s.name}`, s.min, s.gzip, s.brotli, '', '']),
    );
  }
  lines.push(
    rule,
    row([
      `RENDER (median of ${r.plan.runs} runs)`,
      'time',
      '× base',
      'JS heap',
      '× base',
      'requests',
    ]),
  );
  for (const g of r.render) {
    const b = g.baseline;
    lines.push(
      row([`${g.label}: ${label(b.variant)}`, ms(b.ms), '1.00×', mb(b.heap), '1.00×', b.requests]),
    );
    for (const v of g.variants) {
      const req = v.dataUrls ? `${v.requests}+${v.dataUrls}d` : v.requests;
      lines.push(
        row([
          `${g.label}: ${label(v.variant)}`,
          ms(v.ms),
          times(v.ratio),
          mb(v.heap),
          times(v.heapRatio),
          req,
        ]),
      );
    }
  }
  const l = r.leaks;
  lines.push(
    rule,
    row([
      `LEAKS (${l.n} players + ${l.n} cards, × ${l.cycles})`,
      'first',
      'last',
      'growth',
      'left',
      '',
    ]),
    row([
      'heap after GC; listeners left on window/document',
      mb(l.heaps[0]),
      mb(l.heaps.at(-1)),
      `${(l.growth * 100).toFixed(1)}%`,
      `${l.listenersLeft.window}/${l.listenersLeft.document}`,
      l.ok ? 'ok' : 'LEAK',
    ]),
    rule,
    row([`LATENCY (input to drawn frame)`, 'p50', 'p95', 'tries', '', '']),
  );
  const lat = r.latency;
  for (const [name, s] of [
    ['click play → pause button drawn', lat.play],
    ['click pause → play button drawn', lat.pause],
    ['arrow key on slider → aria-valuenow drawn', lat.seek],
  ]) {
    lines.push(row([name, ms(s.p50), ms(s.p95), s.tries, '', '']));
  }
  if (lat.failed) lines.push(`  (${lat.failed} tries drew nothing within 3 s)`);
  const busy = r.interaction;
  lines.push(
    rule,
    row([`LONG TASKS (${busy.n} players + ${busy.n} cards)`, 'tasks', 'longest', '', '', '']),
  );
  for (const s of busy.steps) {
    lines.push(row([s.step, s.tasks.length, ms(Math.max(0, ...s.tasks)), '', '', '']));
  }
  if (r.lists) {
    lines.push(
      rule,
      row(['LONG LISTS (open; longest task: load, open)', 'open', 'load', 'open', 'rows', '']),
    );
    for (const c of r.lists.cases) {
      lines.push(row([c.name, ms(c.openMs), ms(c.loadLongest), ms(c.openLongest), c.rows, '']));
    }
  }
  const ssr = r.ssr;
  lines.push(
    rule,
    row([
      `SERVER RENDERING (${ssr.pages} pages, ${ssr.bytes} B each)`,
      'pages/s',
      '× plain',
      '',
      '',
      '',
    ]),
    row(['plain template string', ssr.plain.toFixed(0), '1.00×', '', '', '']),
    row(['@lit-labs/ssr, article + two players', ssr.lit.toFixed(0), times(ssr.ratio), '', '', '']),
    rule,
    'TARGETS (ratios from this run)',
  );
  for (const t of r.targets) {
    lines.push(
      `  ${t.met ? 'met   ' : 'MISSED'}  ${t.text}: ${t.ratio === null ? 'not measured' : times(t.ratio)} (target ≤ ${t.max}×${t.floor ? `; floor ${times(t.floor)}` : ''})`,
    );
  }
  lines.push(
    `  ${l.ok ? 'met   ' : 'MISSED'}  heap back within 5% after ${l.cycles} cycles, no listener left`,
    `  ${busy.met ? 'met   ' : 'MISSED'}  no main-thread task over 50 ms while a player plays, seeks, opens panels: longest ${ms(busy.longest)}`,
  );
  for (const t of r.lists?.targets ?? []) lines.push(`  ${t.met ? 'met   ' : 'MISSED'}  ${t.text}`);
  for (const p of r.profiles) {
    lines.push(rule, `PROFILE: one render of ${p.n} ${label(p.variant)} (${ms(p.ms)})`);
    lines.push(
      `  main thread: ${p.phases
        .slice(0, 8)
        .map((x) => `${x.name} ${x.ms} ms`)
        .join(', ')}`,
    );
    for (const f of p.functions.slice(0, 8))
      lines.push(`  ${String(f.ms).padStart(7)} ms ${String(f.share).padStart(5)}%  ${f.fn}`);
  }
  return lines.join('\n');
}

const esc = (s) => String(s).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** Horizontal bars: [{name, value, text, ours}] in a panel at (x, y) of width `width`. */
function bars(items, {x, y, width, title, max, marks = []}) {
  const labelW = 300;
  const barW = width - labelW - 260;
  const rowH = 22;
  const top = y + 28;
  const scale = (v) => (Math.min(v, max) / max) * barW;
  const out = [`<text x="${x}" y="${y + 14}" class="title">${esc(title)}</text>`];
  items.forEach((item, i) => {
    const ry = top + i * rowH;
    out.push(
      `<text x="${x + labelW - 8}" y="${ry + 14}" class="label" text-anchor="end">${esc(item.name)}</text>`,
      `<rect x="${x + labelW}" y="${ry + 3}" width="${Math.max(1, scale(item.value)).toFixed(1)}" height="${rowH - 8}" class="${item.ours ? 'ours' : item.base ? 'base' : 'peer'}"/>`,
      `<text x="${(x + labelW + scale(item.value) + 6).toFixed(1)}" y="${ry + 14}" class="value">${esc(item.text)}</text>`,
    );
  });
  const bottom = top + items.length * rowH;
  marks.forEach((m, i) => {
    const mx = (x + labelW + scale(m.value)).toFixed(1);
    out.push(
      `<line x1="${mx}" y1="${top - 4}" x2="${mx}" y2="${bottom + i * 13}" class="mark"/>`,
      `<text x="${+mx + 4}" y="${bottom + 10 + i * 13}" class="small">${esc(m.text)}</text>`,
    );
  });
  return {svg: out.join('\n'), height: bottom + 16 + marks.length * 13 - y};
}

/** Our sizes and render costs beside the peers', from one run. */
export function chart(r) {
  const sizeItems = r.sizes
    .filter((s) => !s.error)
    .map((s) => ({
      name: s.name,
      value: s.gzip,
      text: `${(s.gzip / 1000).toFixed(1)} kB`,
      ours: s.ours && s.id !== 'lit',
      base: s.id === 'lit',
    }));
  const sizeMax = Math.max(...sizeItems.map((s) => s.value));
  const renderItems = r.render.flatMap((g) =>
    g.variants.map((v) => ({
      name: `${g.label}: ${label(v.variant)}`,
      value: v.ratio,
      text: `${v.ratio.toFixed(2)}× ${label(g.baseline.variant)}`,
      ours: OURS.has(v.variant),
      base: v.variant.endsWith('-floor'),
    })),
  );
  const width = 900;
  const a = bars(sizeItems, {
    x: 20,
    y: 60,
    width,
    title: 'Size: gzip -9 bytes of each bundle, lit inlined',
    max: sizeMax,
  });
  const renderMax = Math.min(Math.max(...renderItems.map((i) => i.value), 2), 60);
  const b = bars(renderItems, {
    x: 20,
    y: 60 + a.height + 30,
    width,
    title: 'Render time as a ratio to its baseline (1 = as fast as the plain HTML)',
    max: renderMax,
    marks: [
      {value: 1, text: '1×'},
      {value: 1.3, text: '1.3× (icon target)'},
      {value: 2, text: '2× (card target; 1.5× all drawn)'},
    ],
  });
  const height = 60 + a.height + 30 + b.height + 40;
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" role="img" aria-label="newsroom-elements: sizes and render cost beside the peers">
<style>
text{font:12px system-ui,sans-serif;fill:#222}.title{font-weight:600;font-size:14px}.h1{font-size:16px;font-weight:700}
.small,.value{font-size:11px;fill:#555}.ours{fill:#c0392b}.peer{fill:#7f8c8d}.base{fill:#bdc3c7}.mark{stroke:#222;stroke-dasharray:3 3}
</style>
<rect width="100%" height="100%" fill="#fff"/>
<text x="20" y="24" class="h1">newsroom-elements beside its peers (${esc(r.mode)} run)</text>
<text x="20" y="42" class="small">Chromium ${esc(r.browser.version)} headless, ${r.machine.cpus} CPUs, ${esc(r.date.slice(0, 10))}. Red: ours; grey: peers; light: lit alone, and floors (our DOM with no script). Render bars are capped at ${renderMax.toFixed(0)}×.</text>
${a.svg}
${b.svg}
</svg>
`;
}
