// src/shared/safe-url.ts: every URL an element links to, loads or shares goes through it.
import {expect} from '@open-wc/testing';
import {safeLink, safeUrl} from '../../src/shared/safe-url.js';

describe('safeUrl', () => {
  it('keeps http(s) URLs, resolved against the page', () => {
    expect(safeUrl('https://news.example/a?b=c#d')).to.equal('https://news.example/a?b=c#d');
    expect(safeUrl('/story')).to.equal(new URL('/story', location.href).href);
    expect(safeUrl('  HTTP://News.Example  ')).to.equal('http://news.example/');
  });

  it('refuses every other scheme, however it is written', () => {
    for (const value of [
      'javascript:alert(1)',
      ' JaVaScRiPt:alert(1)',
      'java\nscript:alert(1)',
      'data:text/html,<script>alert(1)</script>',
      'vbscript:msgbox(1)',
      'mailto:a@news.example',
      'blob:https://news.example/id',
      'http://[not a host',
      '',
      undefined,
    ])
      expect(safeUrl(value), String(value)).to.equal(undefined);
  });

  it('takes a blob: URL only where media may play one', () => {
    const blob = URL.createObjectURL(new Blob(['x']));
    expect(safeUrl(blob)).to.equal(undefined);
    expect(safeUrl(blob, true)).to.equal(blob);
    URL.revokeObjectURL(blob);
  });
});

describe('safeLink', () => {
  it('keeps absolute http(s) links anywhere, and paths on this site', () => {
    expect(safeLink('https://other.example/story')).to.equal('https://other.example/story');
    expect(safeLink('/story?x=1')).to.equal(new URL('/story?x=1', location.href).href);
    expect(safeLink('story')).to.equal(new URL('story', location.href).href);
    expect(safeLink(`//${location.host}/story`)).to.equal(new URL('/story', location.href).href);
  });

  it('refuses credentials, and what reads as a path but leaves the site', () => {
    for (const value of [
      'https://news.example@evil.example/',
      'https://user:secret@news.example/',
      '//evil.example',
      '/\\evil.example',
      '\\\\evil.example\\story',
      'https:evil.example',
      'http:\\\\evil.example',
      'https:/evil.example',
      'javascript:alert(1)',
      '',
    ])
      expect(safeLink(value), value).to.equal(undefined);
  });

  it('resolves a relative link against the page as it is at each call', () => {
    const page = location.href;
    const base = document.createElement('base');
    try {
      expect(safeLink('next')).to.equal(new URL('next', page).href);
      history.replaceState(null, '', '/elsewhere/page.html');
      expect(safeLink('next')).to.equal(new URL('/elsewhere/next', page).href);
      base.href = '/sections/';
      document.head.append(base);
      expect(safeLink('next')).to.equal(new URL('/sections/next', page).href);
      base.remove();
      expect(safeLink('next')).to.equal(new URL('/elsewhere/next', page).href);
    } finally {
      base.remove();
      history.replaceState(null, '', page);
    }
  });
});
