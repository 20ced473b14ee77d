// How the player's feed, chapters and transcript loads fail, as hostile or broken servers make
// them fail: each failure the reader can see says what failed and why, offers Retry, and no
// server can keep the player loading forever or make it read without end.
import {expect, fixture, html} from '@open-wc/testing';
import sinon from 'sinon';
import '../../src/podcast/podcast-player.js';
import '../../src/locales/all.js';
import type {PodcastPlayer} from '../../src/podcast/podcast-player.js';
import {IDLE_MS} from '../../src/podcast/extras/load.js';
import {inEachLanguage} from '../helpers.js';
import {part, uid, until} from './helpers.js';

const FIXTURES = '/tests/podcast/fixtures';
/** The problem line's message, without its Retry button. */
const message = (el: PodcastPlayer) => {
  const copy = part(el, 'problem').cloneNode(true) as HTMLElement;
  copy.querySelector('button')?.remove();
  return copy.textContent!.replace(/\s+/g, ' ').trim();
};
const retryButton = (el: PodcastPlayer) => part(el, 'retry-button');
const fileRequests = async (id: string): Promise<number> =>
  (await (await fetch(`/__files/count?id=${id}`)).json()).count;

describe('<podcast-player> loading feeds, chapters and transcripts', () => {
  for (const [name, feed, expected] of [
    [
      'a malformed feed',
      `${FIXTURES}/broken.xml`,
      'Couldn’t load the feed. It is not in a format the player reads.',
    ],
    [
      'a missing feed',
      `${FIXTURES}/gone.xml`,
      'Couldn’t load the feed. Its server answered HTTP 404.',
    ],
    [
      'a feed blocked by CORS',
      `${location.protocol}//127.0.0.1:${location.port}${FIXTURES}/feed.xml`,
      'Couldn’t load the feed. The network failed, or its server does not let this site read it.',
    ],
    [
      'a feed that is not RSS',
      `${FIXTURES}/chapters.json`,
      'Couldn’t load the feed. It is not in a format the player reads.',
    ],
    [
      'a feed over 16 MB (with its length)',
      '/__files/large',
      'Couldn’t load the feed. It is larger than 16 MB.',
    ],
    [
      'a compressed feed that expands to 1 GiB',
      '/__files/bomb',
      'Couldn’t load the feed. It is larger than 16 MB.',
    ],
  ] as const) {
    it(`says what failed and why for ${name}, with Retry`, async () => {
      const el = await fixture<PodcastPlayer>(html`<podcast-player feed=${feed}></podcast-player>`);
      await until(() => !!part(el, 'problem'), 'a message', 15000);
      expect(message(el)).to.equal(expected);
      expect(part(el, 'problem')).to.have.attribute('role', 'alert');
      expect(retryButton(el).textContent!.trim()).to.equal('Retry');
      expect(part(el, 'error'), 'no second message').to.equal(null);
      await el.play();
      expect(el.paused, 'nothing to play').to.be.true;
      await expect(el).to.be.accessible();
    });
  }

  it('says why a transcript or chapters file failed, each in its own words', async () => {
    const el = await fixture<PodcastPlayer>(
      html`<podcast-player
        src="/__podcast/tone.wav?s=2"
        transcript="${FIXTURES}/gone.vtt"
        chapters="/__files/bomb"
      ></podcast-player>`,
    );
    await until(
      () =>
        /transcript.*chapters|chapters.*transcript/s.test(part(el, 'problem')?.textContent ?? ''),
      'both messages',
      15000,
    );
    const text = part(el, 'problem').textContent!.replace(/\s+/g, ' ');
    expect(text).to.include('Couldn’t load the chapters. It is larger than 16 MB.');
    expect(text).to.include('Couldn’t load the transcript. Its server answered HTTP 404.');
  });

  describe('a server that stops sending', () => {
    // The server sends the start of the file, then nothing; the idle clock runs on a faked clock.
    let clock: sinon.SinonFakeTimers;
    beforeEach(() => {
      clock = sinon.useFakeTimers({
        toFake: ['setTimeout', 'clearTimeout'],
        shouldAdvanceTime: true,
      });
    });
    afterEach(() => clock.restore());

    it(`gives up after ${IDLE_MS / 1000} s with a message, and Retry loads it again`, async () => {
      const id = uid();
      const el = await fixture<PodcastPlayer>(
        html`<podcast-player feed="/__files/stall?id=${id}"></podcast-player>`,
      );
      await until(() => /Loading/.test(el.shadowRoot!.textContent!), 'the loading line');
      await clock.tickAsync(IDLE_MS - 1000);
      await el.updateComplete;
      expect(part(el, 'problem'), 'not yet').to.equal(null);
      await clock.tickAsync(1500);
      await until(() => !!part(el, 'problem'), 'a message');
      expect(message(el)).to.equal('Couldn’t load the feed. Its server did not answer in time.');
      expect(el.shadowRoot!.textContent).not.to.include('Loading the episodes');
      expect(await fileRequests(id)).to.equal(1);
      retryButton(el).click();
      await until(() => !part(el, 'problem'), 'the message to go while it loads again');
      await until(() => /Loading/.test(el.shadowRoot!.textContent!), 'loading again');
      expect(await fileRequests(id)).to.equal(2);
      el.feed = '';
      await el.updateComplete;
    });

    it('gives up on a transcript that stalls, too', async () => {
      const el = await fixture<PodcastPlayer>(
        html`<podcast-player
          src="/__podcast/tone.wav?s=2"
          transcript=${`/__files/stall?type=vtt&id=${uid()}`}
        ></podcast-player>`,
      );
      await until(() => !!el.extras, 'the extras');
      await clock.tickAsync(IDLE_MS + 500);
      await until(() => !!part(el, 'problem'), 'a message');
      expect(message(el)).to.equal(
        'Couldn’t load the transcript. Its server did not answer in time.',
      );
    });
  });

  inEachLanguage(
    {
      en: 'Couldn’t load the feed. Its server answered HTTP 404.',
      ru: 'Не удалось загрузить ленту. Сервер ответил HTTP 404.',
      es: 'No se pudo cargar el feed. Su servidor respondió HTTP 404.',
      fr: 'Impossible de charger le flux. Son serveur a répondu HTTP 404.',
      de: 'Der Feed konnte nicht geladen werden. Sein Server antwortete mit HTTP 404.',
      ar: 'تعذّر تحميل الموجز. ردّ خادمه بالرمز HTTP 404.',
    },
    (lang) => `says what failed and why in ${lang}`,
    async (lang, expected) => {
      const el = await fixture<PodcastPlayer>(
        html`<podcast-player lang=${lang} feed="${FIXTURES}/gone.xml"></podcast-player>`,
      );
      await until(() => part(el, 'problem')?.textContent!.includes(expected), expected);
      expect(message(el)).to.equal(expected);
    },
  );
});
