import { describe, expect, it } from 'vitest';
import { analyzeOne, therapistSpans } from '../test-helpers/one-utterance.js';

const spans = therapistSpans;

describe('we-talk and the institutional we', () => {
  it.each([
    ["Let's see what we can find out together.", 3, 0],
    ['You and I could sketch a plan for ourselves.', 2, 0],
    ["We've done good work; our time today was useful.", 2, 0],
    // AnnoMI's first line: the clinic speaking, not the team.
    [
      'Thanks for filling it out. We give this form to everyone once a year regardless of why they come in. It helps us provide better care.',
      0,
      2,
    ],
    ['We normally send a letter, and our office keeps a copy.', 0, 2],
    ['We ask all clients the same thing, so we know where we start.', 2, 1],
    ['Maybe we give it a try this week and see.', 1, 0],
    ['Our clinic is closed on Friday, but we can still talk about your plan.', 1, 1],
    ['I think you know your own mind.', 0, 0],
  ])('%j: we %i, institutional %i', (text, we, institutional) => {
    const { counts } = analyzeOne('therapist', text);
    expect(counts.we).toBe(we);
    expect(counts.institutionalWe).toBe(institutional);
    expect(spans(text, 'we_talk')).toHaveLength(we);
    expect(spans(text, 'institutional_we')).toHaveLength(institutional);
  });

  it('names the rule that made a we institutional and points at the pronoun', () => {
    const text = 'We give this form to everyone. It helps us provide better care.';
    expect(spans(text, 'institutional_we')).toEqual([
      ['therapist.institutional_we.audience', 'We'],
      ['therapist.institutional_we', 'us'],
    ]);
  });
});

describe('I-talk and you-talk', () => {
  it.each([
    ["I'm glad you came; I've been thinking about your week.", 2, 2],
    ['You and me, we can do this.', 0, 0],
    ['My sense is that you yourself know best.', 1, 2],
    ["You're right, I'd missed that.", 1, 1],
    ['All right, that seems clear.', 0, 0],
  ])('%j: I %i, you %i', (text, i, you) => {
    const { counts } = analyzeOne('therapist', text);
    expect(counts.i).toBe(i);
    expect(counts.you).toBe(you);
  });
});

describe('doing-to language', () => {
  it.each([
    ["Don't worry, I'm going to fix this.", ["I'm going to fix"]],
    ["I'll make you feel calmer by Friday.", ["I'll make you"]],
    ['I need you to write it down every night.', ['I need you to']],
    ['Let me fix that for you.', ['Let me fix']],
    ["I'm not going to fix this for you.", []],
    ['Shall we work out together how to handle it?', []],
  ])('%j', (text, expected) => {
    const found = spans(text, 'doing_to');
    expect(found.map(([, words]) => words)).toEqual(expected);
    expect(analyzeOne('therapist', text).counts.doingTo).toBe(expected.length);
    for (const f of analyzeOne('therapist', text).findings.filter((x) => x.code === 'doing_to')) {
      expect(f.suggestion).toMatch(/together/);
    }
  });
});

describe('credit given to the client', () => {
  it.each([
    ['You managed to get there early.', ['You managed']],
    [
      "That was your doing, and you've already started.",
      ['That was your doing', "you've already started"],
    ],
    ['Honestly, that took courage.', ['that took courage']],
    ['You figured out the bus route yourself.', ['You figured out']],
    ['How have you managed since then?', []],
    ["I don't think you managed it this time.", []],
    ['If you managed it once, what helped?', []],
    ["You didn't manage it, and that's fine.", []],
  ])('%j', (text, expected) => {
    expect(spans(text, 'credit').map(([, words]) => words)).toEqual(expected);
    expect(analyzeOne('therapist', text).counts.credit).toBe(expected.length);
  });
});
