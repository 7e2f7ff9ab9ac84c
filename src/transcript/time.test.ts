import { describe, expect, it } from 'vitest';
import { parseClock } from './time.js';

describe('parseClock', () => {
  it.each([
    ['00:00:01.000', 1],
    ['01:02:03.456', 3723.456],
    ['02:03,5', 123.5],
    ['1:02', 62],
    ['83.25', 83.25],
    ['7', 7],
    ['100:00:00.000', 360000],
  ])('%s -> %d seconds', (text, seconds) => {
    expect(parseClock(text, 0, text.length)).toBe(seconds);
  });

  it.each([
    '00:61:00.000',
    '00:00:60.000',
    '1:2:x',
    '1:2:3:4',
    '',
    ':10',
    '10:',
    '1.',
    '00:00:01.0a0',
    '00:123:00',
  ])('rejects %j', (text) => {
    expect(parseClock(text, 0, text.length)).toBe(-1);
  });
});
