import {expect} from '@open-wc/testing';
import {formatRate, formatTime, parseTime, spokenTime} from '../../src/podcast/time.js';

describe('podcast time', () => {
  it('reads seconds, m:ss and h:mm:ss, and nothing else', () => {
    expect(parseTime('90')).to.equal(90);
    expect(parseTime(12.5)).to.equal(12.5);
    expect(parseTime('27:33')).to.equal(1653);
    expect(parseTime('1:02:03')).to.equal(3723);
    for (const bad of ['abc', '', '-5', '1:99', '1:2:3:4', null, undefined]) {
      expect(parseTime(bad), String(bad)).to.be.NaN;
    }
  });

  it('writes 0:00, 27:33 and 1:02:03, and --:-- when unknown', () => {
    expect(formatTime(0)).to.equal('0:00');
    expect(formatTime(9.9)).to.equal('0:09');
    expect(formatTime(1653)).to.equal('27:33');
    expect(formatTime(3599)).to.equal('59:59');
    expect(formatTime(3723)).to.equal('1:02:03');
    // A day or more (a long live recording, a declared duration of 25 hours) is still a time.
    expect(formatTime(90000)).to.equal('25:00:00');
    expect(formatTime(1e12)).to.equal('277777777:46:40');
    expect(formatTime(-1)).to.equal('--:--');
    expect(formatTime(NaN)).to.equal('--:--');
    expect(formatTime(Infinity)).to.equal('--:--');
  });

  it('speaks durations in words in each language', () => {
    expect(spokenTime('en', 150)).to.equal('2 minutes 30 seconds');
    expect(spokenTime('en', 1653)).to.equal('27 minutes 33 seconds');
    expect(spokenTime('en', 3723)).to.equal('1 hour 2 minutes 3 seconds');
    expect(spokenTime('en', 0)).to.equal('0 seconds');
    expect(spokenTime('en', 60)).to.equal('1 minute');
    expect(spokenTime('ru', 150)).to.equal('2 минуты 30 секунд');
    expect(spokenTime('de', 15)).to.equal('15 Sekunden');
    expect(spokenTime('ar', 150)).to.match(/دقيقتان/);
  });

  it('writes speeds with the language’s decimal sign', () => {
    expect(formatRate('en', 1.25)).to.equal('1.25×');
    expect(formatRate('fr', 1.25)).to.equal('1,25×');
  });

  it('keeps what it formatted apart by language, number and unit', () => {
    // Each is formatted once and kept: asked again, in any order, each gives its own words.
    for (let round = 0; round < 2; round++) {
      expect(spokenTime('en', 61)).to.equal('1 minute 1 second');
      expect(spokenTime('ru', 61)).to.equal('1 минута 1 секунда');
      expect(spokenTime('en', 3601)).to.equal('1 hour 1 second');
      expect(spokenTime('fr', 2)).to.match(/^2\ssecondes$/);
      expect(formatRate('fr', 2)).to.equal('2×');
      expect(formatRate('ar', 1.5)).to.equal(new Intl.NumberFormat('ar').format(1.5) + '×');
      expect(formatRate('en', 1.5)).to.equal('1.5×');
    }
  });
});
