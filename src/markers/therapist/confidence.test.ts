import { describe, expect, it } from 'vitest';
import { analyzeOne, therapistWords } from '../test-helpers/one-utterance.js';

const words = therapistWords;

describe('presupposed change', () => {
  it.each([
    ['As you start sleeping better, notice what changes.', ['As you start']],
    ["When you're ready, we can take the next step.", ["When you're"]],
    ['Once you really begin, it gets easier.', ['Once you really begin']],
    ["You'll start to see the pattern.", ["You'll start to"]],
    ['As soon as you notice the urge, write it down.', ['As soon as you notice']],
    ['Who will be the first to notice?', ['Who will be the first to notice']],
    ['When you were little, who looked after you?', []],
    ['When you went back, what happened?', []],
    ['As you know, the form is optional.', []],
    ['As you said, it was a long week.', []],
  ])('%j', (text, expected) => {
    expect(words(text, 'presupposed_change')).toEqual(expected);
    expect(analyzeOne('therapist', text).counts.presupposed).toBe(expected.length);
  });
});

describe('conditional change and its rewrite', () => {
  it.each([
    [
      'If you start feeling better, we can meet less often.',
      'If you start',
      'As you start feeling better, we can meet less often.',
    ],
    [
      'And if this works, we keep going.',
      'if this works',
      'And as this starts to work, we keep going.',
    ],
    [
      'We could try it if things improve.',
      'if things improve',
      'We could try it as things improve.',
    ],
    [
      'If you can stop for a week, notice how you sleep.',
      'If you can',
      'When you stop for a week, notice how you sleep.',
    ],
  ])('%j', (text, span, suggestion) => {
    const found = analyzeOne('therapist', text).findings.filter(
      (f) => f.code === 'conditional_change',
    );
    expect(found.map((f) => [text.slice(f.start, f.end), f.suggestion])).toEqual([
      [span, suggestion],
    ]);
    expect(analyzeOne('therapist', text).counts.conditional).toBe(1);
  });

  it.each([
    ['What if you told her?'],
    ['Even if you slip, come back next week.'],
    ['If you feel like it, say more.'],
    ['If you can tell me a bit more, that would help.'],
    ['If you ever want to talk, the line is open.'],
    ['It feels as if you start over each Monday.'],
  ])('%j is not conditional change', (text) => {
    expect(words(text, 'conditional_change')).toEqual([]);
  });
});

describe('hedges', () => {
  it.each([
    ['Maybe this will help, I guess.', ['Maybe', 'I guess']],
    ["It's sort of a long shot, hopefully not.", ['sort of', 'hopefully']],
    ["I'm not sure this will work.", ["I'm not sure this will"]],
    ['What kind of music do you like?', []],
    ['That sort of thing happens to everyone.', []],
    ['Any kind of exercise counts.', []],
    ['It was kind of a relief.', ['kind of']],
  ])('%j', (text, expected) => {
    expect(words(text, 'hedge')).toEqual(expected);
    expect(analyzeOne('therapist', text).counts.hedges).toBe(expected.length);
  });
});

describe('confident statements', () => {
  it.each([
    ['You can do this.', ['You can']],
    ["I know you can get there; you're capable.", ['I know you can', "you're capable"]],
    ['You will find your way.', ['You will']],
    ["You can't expect that overnight.", []],
    ['You can not rush it.', []],
    ['Can you come on Tuesday?', []],
    ['Is there anything you can change?', []],
    ['What you can do is up to you.', []],
    ['You will need to sign here.', []],
    ['If you can, bring the diary.', []],
  ])('%j', (text, expected) => {
    expect(words(text, 'confident')).toEqual(expected);
    expect(analyzeOne('therapist', text).counts.confident).toBe(expected.length);
  });
});

describe('future orientation', () => {
  it.each([
    ['Imagine waking up without the worry.', ['Imagine']],
    ['Picture yourself a year from now.', ['Picture yourself', 'a year from now']],
    [
      'What would you like to be different going forward?',
      ['What would you like', 'going forward'],
    ],
    ['How will you know things are better?', ['How will you know']],
    ['I imagine that was frightening.', []],
    ["I can't imagine how hard that was.", []],
    ['Last week was hard.', []],
  ])('%j', (text, expected) => {
    expect(words(text, 'future_orientation')).toEqual(expected);
    expect(analyzeOne('therapist', text).counts.future).toBe(expected.length);
  });
});
