// src/article/dates.ts: reading ISO dates (on the clocks of a time zone).
import {expect} from '@open-wc/testing';
import {parseDate} from '../../src/article/dates.js';

describe('dates', () => {
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
});
