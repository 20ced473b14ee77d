// src/share/share-links.ts: the address each share target opens, every field in it encoded.
import {expect} from '@open-wc/testing';
import {targetInfo} from '../../src/share/share-links.js';
import {shareTargets, type ShareData, type ShareTarget} from '../../src/share/share-targets.js';

const url = 'https://news.example/tides?id=1&lang=ru#part-2';
const title = `Tides & times #1? "Yes" it's 100% + more = Приливы 潮汐 مد البحر 🌊\n<b>`;
const text = 'Read this & that?\nNext line #tag';

/** Each target's endpoint and the query it should carry, as the endpoint decodes it. */
const expected = (
  d: ShareData,
): Partial<Record<ShareTarget, [string, Record<string, string>]>> => ({
  mail: ['mailto:', {subject: d.title, body: d.text ? `${d.text}\n\n${d.url}` : d.url}],
  facebook: ['https://www.facebook.com/sharer/sharer.php', {u: d.url}],
  vk: ['https://vk.com/share.php', {url: d.url, title: d.title}],
  x: ['https://x.com/intent/post', {url: d.url, text: d.title}],
  telegram: ['https://t.me/share/url', {url: d.url, text: d.title}],
  ok: ['https://connect.ok.ru/offer', {url: d.url, title: d.title}],
  whatsapp: ['https://wa.me/', {text: d.title ? `${d.title} ${d.url}` : d.url}],
});

/** Checks every target's address for `data`. */
function checkAll(data: ShareData, label: string) {
  const wanted = expected({
    ...data,
    title: data.title.toWellFormed(),
    text: data.text.toWellFormed(),
  });
  for (const target of shareTargets) {
    const href = targetInfo[target].href?.(data);
    if (!wanted[target]) continue;
    const [endpoint, params] = wanted[target];
    const where = `${target}, ${label}`;
    expect(href, where).to.be.a('string');
    const [base, query, ...more] = href!.split('?');
    expect(base, `${where}: endpoint`).to.equal(endpoint);
    expect(more, `${where}: one "?"`).to.deep.equal([]);
    // Nothing but what encodeURIComponent writes: no raw & # ? = + space quote < or newline.
    for (const pair of query.split('&')) {
      expect(pair, `${where}: encoded`).to.match(/^[a-z]+=[\w\-.!~*'()%]*$/);
    }
    expect(Object.fromEntries(new URLSearchParams(query)), `${where}: decoded`).to.deep.equal(
      params,
    );
  }
}

describe('share target addresses', () => {
  it('has an address for every target but copy and embed', () => {
    expect(Object.keys(targetInfo).sort(), 'one entry per target').to.deep.equal(
      [...shareTargets].sort(),
    );
    const data = {url, title, text};
    const linked = shareTargets.filter((target) => targetInfo[target].href?.(data));
    expect(linked).to.deep.equal(['mail', 'facebook', 'vk', 'x', 'telegram', 'ok', 'whatsapp']);
  });

  it('shares the URL, title and text with every character encoded', () => {
    checkAll({url, title, text}, 'hostile title');
    checkAll({url: 'https://a.example/', title: 'Tides', text: 'Read'}, 'plain');
    checkAll(
      {url: 'https://a.example/?q=a+b%20c', title: '&u=https://evil.example', text: '&body=x'},
      'injected',
    );
  });

  it('leaves out the title and text when there are none', () => {
    checkAll({url, title: '', text: ''}, 'empty');
    expect(targetInfo.whatsapp.href!({url, title: '', text: ''}), 'no leading space').to.equal(
      `https://wa.me/?text=${encodeURIComponent(url)}`,
    );
  });

  it('writes a lone surrogate as U+FFFD instead of throwing', () => {
    const broken = {url, title: 'Tide \uD83C waves \uDF0A', text: '\uDC00end'};
    checkAll(broken, 'lone surrogates');
    const x = new URL(targetInfo.x.href!(broken));
    expect(x.searchParams.get('text')).to.equal('Tide \uFFFD waves \uFFFD');
  });
});
