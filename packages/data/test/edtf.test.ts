import { describe, expect, it } from 'vitest';
import { EdtfError, edtfBounds, parseEdtf, tryParseEdtf } from '../src/edtf.js';

describe('parseEdtf', () => {
  it.each([
    ['2009', 'year', '2009-01-01', '2009-12-31'],
    ['2009-05', 'month', '2009-05-01', '2009-05-31'],
    ['2012-02', 'month', '2012-02-01', '2012-02-29'],
    ['2009-05-07', 'day', '2009-05-07', '2009-05-07'],
    ['2009-21', 'season', '2009-03-01', '2009-05-31'],
    ['2009-24', 'season', '2009-12-01', '2010-02-28'],
  ])('%s has %s precision, %s to %s', (text, precision, earliest, latest) => {
    const date = parseEdtf(text);
    expect(date).toMatchObject({ kind: 'date', precision, earliest, latest, uncertain: false, approximate: false });
  });

  it('reads the qualifiers ? ~ %', () => {
    expect(parseEdtf('2009-05?')).toMatchObject({ uncertain: true, approximate: false });
    expect(parseEdtf('2009-05~')).toMatchObject({ uncertain: false, approximate: true });
    expect(parseEdtf('2009%')).toMatchObject({ uncertain: true, approximate: true, precision: 'year' });
  });

  it('reads intervals, including open and unknown ends', () => {
    expect(parseEdtf('2014-03-24/2014-03-30')).toMatchObject({ kind: 'interval', earliest: '2014-03-24', latest: '2014-03-30' });
    expect(parseEdtf('../2009-03')).toMatchObject({ kind: 'interval', start: null, earliest: null, latest: '2009-03-31' });
    expect(parseEdtf('2018/..')).toMatchObject({ earliest: '2018-01-01', latest: null });
    expect(parseEdtf('/2009')).toMatchObject({ earliest: null, latest: '2009-12-31' });
    expect(edtfBounds('2009-05/2010')).toEqual({ earliest: '2009-05-01', latest: '2010-12-31' });
  });

  it.each([
    ['May 2009', 'is not an EDTF date'],
    ['2009-13', 'neither 01–12 nor a season'],
    ['2009-02-29', 'has day 29'],
    ['2010/2009', 'ends before it starts'],
    ['../..', 'neither end known'],
    ['2009/2010/2011', 'more than one "/"'],
  ])('rejects %s (%s)', (text, message) => {
    expect(() => parseEdtf(text)).toThrow(EdtfError);
    expect(() => parseEdtf(text)).toThrow(message);
  });

  it('tryParseEdtf returns null instead of throwing', () => {
    expect(tryParseEdtf('nonsense')).toBeNull();
    expect(tryParseEdtf(42)).toBeNull();
    expect(tryParseEdtf('2014')).not.toBeNull();
  });
});
