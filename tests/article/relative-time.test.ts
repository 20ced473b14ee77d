// src/article/relative-time.ts: the words of a relative date and when they next change.
import {expect} from '@open-wc/testing';
import {formatRelative, relativeChangesIn} from '../../src/article/relative-time.js';

describe('relative dates', () => {
  it('knows when a relative date will next read differently', () => {
    const now = Date.UTC(2026, 10, 28, 12);
    const says = (ms: number) => formatRelative('en', new Date(now + ms), now);
    expect(says(-59_400)).to.equal('59 seconds ago');
    expect(says(-59_600)).to.equal('1 minute ago');
    expect(says(-24.4 * 86400_000)).to.equal('3 weeks ago');
    expect(says(-24.6 * 86400_000)).to.equal('last month');
    expect(says(-344 * 86400_000)).to.equal('11 months ago');
    expect(says(-347 * 86400_000), 'never "12 months ago"').to.equal('last year');
    expect(says(-23.6 * 3600_000), 'never "24 hours ago"').to.equal('yesterday');
    expect(says(59_600)).to.equal('in 1 minute');
    expect(says(59_400)).to.equal('in 59 seconds');
    const seconds = (ms: number) => (relativeChangesIn(new Date(now + ms), now) - 100) / 1000;
    // "1 hour ago" (1.4 h) turns to "2 hours ago" at 1.5 h.
    expect(seconds(-1.4 * 3600_000)).to.be.closeTo(360, 0.001);
    // "11 months ago" (340 days) turns to "last year" at 345 days.
    expect(seconds(-340 * 86400_000)).to.be.closeTo(5 * 86400, 0.001);
    // Exactly on a half, the count moves on at once: "in 14 seconds" is "in 13 seconds" next.
    expect(seconds(13_500)).to.be.closeTo(0, 0.001);
    // "in 2 hours" turns to "in 1 hour" with 1.5 h to go.
    expect(seconds(2 * 3600_000)).to.be.closeTo(1800, 0.001);
    // "in 1 minute" (61 s away) turns to "in 59 seconds" a second and a half later.
    expect(seconds(61_000)).to.be.closeTo(1.5, 0.001);
    // "in 3 days" turns to "in 2 days" at two and a half; "in 20 s" ticks each second.
    expect(seconds(3 * 86400_000)).to.be.closeTo(0.5 * 86400, 0.001);
    expect(seconds(20_000)).to.be.closeTo(0.5, 0.001);
  });
});
