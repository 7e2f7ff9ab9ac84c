import { describe, expect, it } from 'vitest';
import type { Labels } from '../../markers/types.js';
import { clockTime, labelText } from './turn-meta.js';

describe('clockTime', () => {
  it.each([
    [0, '0:00'],
    [3.9, '0:03'],
    [75, '1:15'],
    [3600, '1:00:00'],
    [3725.5, '1:02:05'],
    [-4, '0:00'],
  ])('%d s -> %s', (seconds, text) => {
    expect(clockTime(seconds)).toBe(text);
  });
});

describe('labelText', () => {
  it.each<[Omit<Labels, 'because'>, string]>([
    [{ behaviour: 'question', questionType: 'open' }, 'open question'],
    [{ behaviour: 'question' }, 'question'],
    [{ behaviour: 'reflection', reflectionType: 'complex' }, 'complex reflection'],
    [{ behaviour: 'therapist_input' }, 'advice / information'],
    [{ behaviour: 'other' }, 'other'],
    [{ talkType: 'sustain' }, 'sustain talk'],
    [{}, ''],
  ])('%o -> "%s"', (labels, text) => {
    expect(labelText({ ...labels, because: [] })).toBe(text);
  });
});
