// src/article/dates.ts: reading ISO dates (on the clocks of a time zone), and the words of a
// relative date and when they next change.
import {expect} from '@open-wc/testing';
import {
  formatMinutes,
  formatRelative,
  parseDate,
  relativeChangesIn,
} from '../../src/article/dates.js';

describe('dates', () => {
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
  it('reads a time without an offset on the clocks of its zone, at clock changes too', () => {
    // A time the change skips is told by the clock before it; a time it repeats is the first of
    // the two; the same rule east and west of UTC. And early years too.
    for (const [datetime, zone, utc] of [
      ['2010-03-28T02:30', 'Europe/Berlin', '2010-03-28T01:30:00.000Z'],
      ['2010-03-14T02:30', 'America/New_York', '2010-03-14T07:30:00.000Z'],
      ['2010-10-31T02:30', 'Europe/Berlin', '2010-10-31T00:30:00.000Z'],
      ['2010-11-07T01:30', 'America/New_York', '2010-11-07T05:30:00.000Z'],
      ['0050-05-20T15:12', 'UTC', '0050-05-20T15:12:00.000Z'],
      ['2010-05-20T15:12:00+04:00', 'America/New_York', '2010-05-20T11:12:00.000Z'],
    ]) {
      expect(parseDate(datetime, zone)?.toISOString(), `${datetime} in ${zone}`).to.equal(utc);
    }
  });

  it('leaves out what is not an ISO date, or a day no month has', () => {
    for (const value of ['2010-02-30', '2010-13-01', '20 May 2010', '', 'NaN', 2010, null])
      expect(parseDate(value, 'UTC'), String(value)).to.equal(undefined);
    expect(parseDate('2012-02-29', 'UTC')?.toISOString()).to.equal('2012-02-29T00:00:00.000Z');
  });

  it('writes reading minutes in the language asked for', () => {
    expect(formatMinutes('en', 3)).to.equal('3 min');
    expect(formatMinutes('de', 3)).to.match(/^3\s?Min/);
  });
});
