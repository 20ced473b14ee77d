// src/article/date-pattern.ts: a date in a pattern of the page's own (`date-format`).
import {expect} from '@open-wc/testing';
import {formatPattern} from '../../src/article/date-pattern.js';
import {parseDate} from '../../src/article/dates.js';

const SEED = parseDate('2010-05-20T15:12:00+04:00')!;
const SEED_PATTERN = '{day} {month}, {year} {hour}:{minute}';

describe('date patterns', () => {
  it('writes the seed site’s "20 May, 2010 15:12", in its time zone', () => {
    expect(formatPattern('en', SEED, 'Europe/Moscow', SEED_PATTERN)).to.equal('20 May, 2010 15:12');
    expect(formatPattern('en', SEED, 'UTC', SEED_PATTERN)).to.equal('20 May, 2010 11:12');
  });

  it('names the fields in the reader’s language, with Intl’s styles when asked', () => {
    expect(formatPattern('ru', SEED, 'Europe/Moscow', SEED_PATTERN)).to.equal('20 мая, 2010 15:12');
    expect(formatPattern('en', SEED, 'UTC', '{weekday}, {month:short} {day}')).to.equal(
      'Thursday, May 20',
    );
    expect(formatPattern('en', SEED, 'UTC', '{day}.{month:2-digit}.{year}')).to.equal('20.05.2010');
  });

  it('goes on in the reader’s zone when the zone is unknown', () => {
    const local = new Intl.DateTimeFormat('en', {hour: '2-digit', hourCycle: 'h23'}).format(SEED);
    expect(formatPattern('en', SEED, 'Mars/Olympus', '{hour}')).to.equal(local);
  });

  it('ignores a pattern it cannot follow', () => {
    for (const pattern of [
      '',
      'no fields',
      '{day} {nonsense}',
      '{day} {',
      '{day}}',
      '{month:huge}',
      '{toString}',
      '{__proto__}',
      null,
      42,
    ]) {
      expect(formatPattern('en', SEED, 'UTC', pattern), String(pattern)).to.equal(undefined);
    }
  });

  it('shows a day given without a time as that day, and no made-up time', () => {
    const day = parseDate('2010-05-20')!;
    expect(formatPattern('en', day, 'Asia/Tokyo', '{day} {month}, {year}')).to.equal(
      '20 May, 2010',
    );
    expect(formatPattern('en', day, 'UTC', SEED_PATTERN)).to.equal(undefined);
  });
});
