// The embed page (src/embed/embed.html, dist/embed.html once built) as a publisher's page on
// another origin embeds it: this page is on one origin (localhost), the host page on the other
// (127.0.0.1), and the embeds inside it back on this one, so the test can look into them while
// their parent cannot.
import {expect} from '@open-wc/testing';
import {sendKeys} from '@web/test-runner-commands';
import type {PodcastPlayer} from '../../src/podcast/podcast-player.js';
import {uid, until} from '../podcast/helpers.js';
import {CANARY, strings, unsafeUrls} from '../hardening/corpus.js';

const here = location.origin;
const other = `${location.protocol}//127.0.0.1:${location.port}`;
const EMBED = `${here}/src/embed/embed.html`;

const embedUrl = (params: Record<string, string>) => `${EMBED}?${new URLSearchParams(params)}`;
const tone = (id: string, seconds = 30) => `${here}/__embed/tone.wav?id=${id}&s=${seconds}`;
/** How many audio requests the test server saw for `id`. */
const requests = async (id: string): Promise<number> =>
  ((await (await fetch(`/__embed/count?id=${id}`)).json()) as {count: number}).count;

/** The frames made by `open`, to remove after each test. */
const opened: HTMLIFrameElement[] = [];
afterEach(() => opened.splice(0).forEach((frame) => frame.remove()));

/** An embed's window, once its player is drawn (undefined while loading or cross-origin). */
function embedWindow(frames: Window, i: number): Window | undefined {
  try {
    return drawn(frames[i]);
  } catch {
    return undefined; // Not there yet: the host's own frames are of another origin.
  }
}
function drawn(win: Window | null | undefined): Window | undefined {
  try {
    const player = win?.document.querySelector('podcast-player');
    return player?.shadowRoot?.querySelector('.play') ? win! : undefined;
  } catch {
    return undefined; // Still the host's blank document: another origin.
  }
}

/** The host page on the other origin with `embeds`; resolves with each embed's window. */
async function openHost(embeds: string[], resize = true) {
  const query = new URLSearchParams(embeds.map((embed) => ['embed', embed]));
  if (resize) query.set('resize', '');
  const frame = document.createElement('iframe');
  frame.title = 'A host page';
  frame.style.cssText = 'inline-size: 700px; block-size: 900px';
  frame.src = `${other}/tests/embed/host.html?${query}`;
  document.body.append(frame);
  opened.push(frame);
  const frames = frame.contentWindow!;
  await until(() => embeds.every((_, i) => embedWindow(frames, i)), 'the embeds drawn', 8000);
  const wins = embeds.map((_, i) => embedWindow(frames, i)!);
  return {frame, wins, players: wins.map(playerOf)};
}

/** The embed page alone, in a frame of this origin. */
async function openDirect(url: string) {
  const frame = document.createElement('iframe');
  frame.title = 'An embed';
  frame.setAttribute('sandbox', 'allow-scripts allow-same-origin allow-popups');
  frame.src = url;
  document.body.append(frame);
  opened.push(frame);
  await until(() => !!drawn(frame.contentWindow), 'the embed drawn', 8000);
  return {frame, win: frame.contentWindow!, player: playerOf(frame.contentWindow!)};
}

const playerOf = (win: Window) => win.document.querySelector('podcast-player') as PodcastPlayer;
const shadowPart = (player: PodcastPlayer, name: string) =>
  player.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`)!;

describe('the embed page, in a frame on another origin', () => {
  it('fetches no audio before Play, then plays, pauses, steps and seeks by keyboard', async () => {
    const id = uid();
    const before = document.createElement('button');
    before.textContent = 'Before the host';
    document.body.append(before);
    try {
      const {wins, players} = await openHost([
        embedUrl({src: tone(id, 60), title: 'Tides, explained', duration: '60'}),
      ]);
      const [win, player] = [wins[0]!, players[0]!];
      expect(win.document.documentElement.lang).to.equal('en');
      expect(win.document.title).to.equal('Tides, explained');
      expect(player.title).to.equal('Tides, explained');
      expect(shadowPart(player, 'time').textContent).to.contain('1:00');
      expect(await requests(id)).to.equal(0);

      // Tab from this page goes into the host's frame, then into the embed, onto Play.
      before.focus();
      await sendKeys({press: 'Tab'});
      await until(() => win.document.activeElement === player, 'focus in the embed');
      expect(player.shadowRoot!.activeElement).to.equal(shadowPart(player, 'play-button'));
      await sendKeys({press: 'Enter'});
      await until(() => !player.paused && player.currentTime > 0, 'playing');
      expect(await requests(id)).to.be.greaterThan(0);
      await sendKeys({press: 'k'});
      await until(() => player.paused, 'paused by K');
      const at = player.currentTime;
      await sendKeys({press: 'l'});
      await until(
        () => Math.abs(player.currentTime - (at + 30)) < 0.5,
        () => `stepped 30 s on from ${at}: ${player.currentTime}`,
      );
      await sendKeys({press: 'j'});
      await until(() => Math.abs(player.currentTime - (at + 15)) < 0.5, 'stepped 15 s back');
      shadowPart(player, 'scrubber').focus();
      await sendKeys({press: 'Home'});
      await until(() => player.currentTime === 0, 'seeked to the start');
      await sendKeys({press: 'ArrowRight'});
      await until(() => Math.abs(player.currentTime - 5) < 0.5, 'seeked 5 s on');
    } finally {
      before.remove();
    }
  });
});

describe('the embed page, its frame and its host', () => {
  it('resizes its frame through the optional script, and only from its own messages', async () => {
    const {frame, wins, players} = await openHost([
      embedUrl({
        src: tone(uid()),
        title: 'Chapters',
        chapters: `${here}/tests/podcast/fixtures/chapters.json`,
      }),
    ]);
    const [win, player] = [wins[0]!, players[0]!];
    const body = () => Math.ceil(win.document.body.getBoundingClientRect().height);
    await until(
      () => win.innerHeight === body(),
      () => `${win.innerHeight} = ${body()}`,
    );
    const closed = win.innerHeight;
    // A message from anywhere but the embed itself (here: this page, the host's parent).
    frame.contentWindow!.postMessage({type: 'newsroom-elements:resize', height: 900}, '*');
    await until(() => !!shadowPart(player, 'chapters-button'), 'the chapters button');
    shadowPart(player, 'chapters-button').click();
    await until(() => body() > closed && win.innerHeight === body(), 'the frame grown');
    expect(win.innerHeight).to.not.equal(900);
  });

  it('keeps the default height of its embed code without the script', async () => {
    const {wins} = await openHost([embedUrl({src: tone(uid()), title: 'Fixed'})], false);
    expect(wins[0]!.innerHeight).to.equal(64);
    // The player's row fits in it.
    expect(wins[0]!.document.body.getBoundingClientRect().height).to.be.at.most(64);
  });

  it('keeps two embeds from sounding together', async () => {
    const {players} = await openHost([
      embedUrl({src: tone(uid()), title: 'One'}),
      embedUrl({src: tone(uid()), title: 'Two'}),
    ]);
    const [one, two] = [players[0]!, players[1]!];
    await one.play();
    await until(() => !one.paused && one.currentTime > 0, 'the first playing');
    await two.play();
    await until(() => !two.paused && one.paused, 'the first paused by the second');
    await one.play();
    await until(() => !one.paused && two.paused, 'the second paused by the first');
    one.pause();
  });
});

describe('the embed page and its query', () => {
  it('takes its language, theme, accent and start from the query', async () => {
    const {win, player} = await openDirect(
      embedUrl({
        src: tone(uid(), 60),
        title: 'Marées',
        lang: 'AR',
        theme: 'dark',
        accent: 'rgb(10, 92, 255)',
        start: '1:05',
        duration: '60',
      }),
    );
    const root = win.document.documentElement;
    expect([root.lang, root.dir, root.dataset.theme]).to.deep.equal(['ar', 'rtl', 'dark']);
    expect(win.getComputedStyle(root).colorScheme).to.equal('dark');
    expect(root.style.getPropertyValue('--news-color-accent')).to.equal('rgb(10, 92, 255)');
    // Past the end (60 s): the player starts at 0; a valid one is taken as is.
    expect(player.start).to.equal(65);
    expect(player.currentTime).to.equal(0);
  });

  it('ignores what is not a URL, a colour, a language or a theme', async () => {
    const {win, player} = await openDirect(
      `${EMBED}?src=javascript:alert(1)&accent=red;color:blue&lang=xx&theme=neon&episode=-1&start=soon#t=9`,
    );
    const root = win.document.documentElement;
    expect([root.lang, root.dataset.theme]).to.deep.equal(['en', 'auto']);
    expect(root.getAttribute('style')).to.equal(null);
    expect(player.src).to.equal('');
    expect(player.start).to.equal(9);
    expect(shadowPart(player, 'error').textContent).to.match(/No audio/);
  });

  it('never runs, nor links to, what hostile parameters carry', async () => {
    const names = ['src', 'title', 'duration', 'chapters', 'transcript', 'feed', 'episode'];
    const more = ['start', 'lang', 'theme', 'accent'];
    for (const value of strings.filter((s) => s.length < 1000)) {
      const params = Object.fromEntries([...names, ...more].map((name) => [name, value]));
      const {win, player, frame} = await openDirect(
        `${embedUrl(params)}#t=${encodeURIComponent(value.toWellFormed())}`,
      );
      await player.updateComplete;
      expect((win as unknown as Record<string, unknown>)[CANARY], value).to.equal(undefined);
      expect(unsafeUrls(win.document.documentElement), value).to.deep.equal([]);
      // Nothing but the player (and the test server's own script).
      const others = 'body > :not(podcast-player, script[src^="/__web-dev-server"])';
      expect(win.document.querySelectorAll(others).length, value).to.equal(0);
      frame.remove();
    }
  });
});

describe('the embed page under its own policy', () => {
  it('runs with no violation of its strict content security policy', async () => {
    const mark = uid();
    const {player} = await openDirect(
      embedUrl({
        src: tone(uid()),
        title: 'Strict',
        transcript: `${here}/tests/podcast/fixtures/transcript.vtt`,
        mark,
      }),
    );
    await player.play();
    await until(() => !player.paused, 'playing');
    await until(() => !!shadowPart(player, 'transcript-button'), 'the transcript button');
    shadowPart(player, 'transcript-button').click();
    await player.updateComplete;
    player.pause();
    // A page that breaks the same policy is reported: the reports do reach the server.
    const proof = document.createElement('iframe');
    proof.src = `/__embed/violate?mark=proof-${mark}`;
    document.body.append(proof);
    opened.push(proof);
    const reported = async (m: string) =>
      ((await (await fetch(`/__embed/reports?mark=${m}`)).json()) as unknown[]).length;
    const end = performance.now() + 5000;
    while (!(await reported(`proof-${mark}`)) && performance.now() < end) {
      await new Promise((r) => setTimeout(r, 50));
    }
    expect(await reported(`proof-${mark}`)).to.be.greaterThan(0);
    expect(await (await fetch(`/__embed/reports?mark=mark=${mark}`)).json()).to.deep.equal([]);
  });
});
