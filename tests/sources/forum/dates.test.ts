import { describe, expect, it } from 'vitest';
import { isoFromForumDate } from '../../../src/sources/forum/dates.js';

describe('Dates as forums print them', () => {
  it.each([
    ['Something Awful post date, after its "#" and "?" links', '# ? Mar 31, 2019 14:11', '2019-03-31T14:11:00'],
    ['phpBB 3.0 "by X » date"', 'by margaret_h » Sat Mar 02, 2024 9:15 pm', '2024-03-02T21:15:00'],
    ['SMF "Reply #1 on:" line', '« Reply #1 on: January 15, 2024, 07:30:02 AM »', '2024-01-15T07:30:02'],
    ['midnight in 12-hour time', 'January 1, 2024, 12:05:00 AM', '2024-01-01T00:05:00'],
    ['day before month', '3 March 2009 08:00', '2009-03-03T08:00:00'],
    ['a date without a time', 'Posted Jan 5, 2010', '2010-01-05T00:00:00'],
    ['vBulletin 3.8 "Y-m-d, H:i"', '2016-02-01, 02:29', '2016-02-01T02:29:00'],
    ['vBulletin 3 US default "m-d-Y, h:i A"', '01-15-2009, 10:32 PM', '2009-01-15T22:32:00'],
  ])('%s: local time, written without an offset', (_what, written, iso) => {
    expect(isoFromForumDate(written)).toBe(iso);
  });

  it.each([
    ['pipermail, with a zone name', 'Tue Mar  3 12:41:09 EST 2009', '2009-03-03T17:41:09.000Z'],
    ['a numeric offset', '31 Dec 1999 20:04:36 +0100', '1999-12-31T19:04:36.000Z'],
    ['Stack Exchange tooltip', '2018-02-25 21:06:39Z, License: CC BY-SA 3.0', '2018-02-25T21:06:39.000Z'],
    ['ISO with offset', '2023-06-11T08:02:44+0100', '2023-06-11T07:02:44.000Z'],
  ])('%s: converted to UTC', (_what, written, iso) => {
    expect(isoFromForumDate(written)).toBe(iso);
  });

  it.each(['', 'Today, 10:30', 'yesterday', 'Reply #4', null, undefined])('gives null for %j', (written) => {
    expect(isoFromForumDate(written)).toBeNull();
  });
});
