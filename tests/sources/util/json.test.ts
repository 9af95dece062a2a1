import { describe, expect, it } from 'vitest';
import { idText, isoFromSeconds, isoFromText } from '../../../src/sources/util/json.js';

describe('JSON readers', () => {
  it('reads dates as the sites write them', () => {
    expect(isoFromSeconds(1439801151)).toBe('2015-08-17T08:45:51.000Z');
    expect(isoFromText('2024-04-10T14:03:11')).toBe('2024-04-10T14:03:11.000Z'); // HN's .age title: UTC without a zone
    expect(isoFromText('2025-07-01T04:52:31.850Z')).toBe('2025-07-01T04:52:31.850Z');
  });

  it('gives null for what is not a date, never a crash', () => {
    expect(isoFromSeconds(1e20)).toBeNull();
    expect(isoFromSeconds('1439801151')).toBeNull();
    expect(isoFromText('3 hours ago')).toBeNull();
    expect(isoFromText(null)).toBeNull();
  });

  it('reads ids as text from strings and integers only', () => {
    expect(idText(9681697)).toBe('9681697');
    expect(idText('cu5pebp')).toBe('cu5pebp');
    expect(idText(1.5)).toBeNull();
    expect(idText('')).toBeNull();
    expect(idText({})).toBeNull();
  });
});
