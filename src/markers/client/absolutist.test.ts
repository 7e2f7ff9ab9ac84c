import { describe, expect, it } from 'vitest';
import { Engine } from '../../engine/index.js';

const engine = new Engine();

/** The absolutist words the engine reports for one client turn, as written. */
function absolutist(text: string): string[] {
  const [result] = engine.analyzeUtterances({
    utterances: [{ index: 0, role: 'client', speaker: 'C', text }],
  });
  const found = (result?.findings ?? []).filter((f) => f.code === 'absolutist');
  expect(result?.counts.absolutist).toBe(found.length);
  return found.map((f) => text.slice(f.start, f.end));
}

describe('absolutist words', () => {
  it.each([
    ['Nothing I do ever works out.', ['Nothing', 'ever']],
    ['She always leaves and I never see it coming.', ['always', 'never']],
    ['It was a complete waste of the whole day.', ['complete', 'whole']],
    ['Everyone is constantly on at me about everything.', ['Everyone', 'constantly', 'everything']],
    ['I absolutely, definitely, totally cannot face it.', ['absolutely', 'definitely', 'totally']],
    ['My head is full of it every single day.', ['full', 'every']],
    ['I must have everything in its place or I panic.', ['must', 'everything']],
    ["I can't sleep at all.", ['all']],
    ['Not at all, it made no difference.', ['all']],
    ['ALL of them laughed, the entire room.', ['ALL', 'entire']],
    ['I am completely done with it.', ['completely']],
    ['It is a constant worry.', ['constant']],
    ['It was nothing but trouble.', ['nothing']],
    ['Everyone left. Except me, I stayed.', ['Everyone']],
    ['I never, ever sleep, except on Sundays.', ['never']],
  ])('finds them in %j', (text, words) => {
    expect(absolutist(text)).toEqual(words);
  });

  // Each line uses a listed word in a sense that is not about totality.
  it.each([
    'All right, I see what you mean.',
    'Alright, that makes sense.',
    'All of a sudden my chest went tight.',
    'After all, it was only a test.',
    'I wished her all the best.',
    'I went back to full time work in May.',
    'I have a full-time job now.',
    'The bill was paid in full.',
    'She wrote her full name on the card.',
    "I won't go, full stop.",
    'I switched to whole grain bread.',
    'He only eats whole wheat pasta.',
    'Ever since the move I have been tired.',
    'I hardly ever go out on weekdays.',
    'That was the best ever holiday.',
    'It was my first ever panic attack.',
    'If ever you need a lift, ask.',
    'Whatever happens, however it goes, fine.',
    'It must have been hard for her.',
    "She must've forgotten to call.",
    'He must have felt awkward about it.',
    'That must be tiring for you.',
    'I had to complete the form twice.',
    'Every now and then I feel low.',
    'Every so often we go for a walk.',
    'I see them every other week.',
    'Never mind, it does not matter.',
    'I rarely drink, if at all.',
    "That's all I wanted to say.",
    'Have you ever tried yoga?',
    'I drank every day but one.',
    'Everyone except my sister came.',
    'I ate everything apart from the soup.',
    'I almost always eat alone.',
    'Nearly everyone was kind.',
  ])('ignores the non-absolutist use in %j', (text) => {
    expect(absolutist(text)).toEqual([]);
  });

  it('does not run on therapist turns', () => {
    const [result] = engine.analyzeUtterances({
      utterances: [{ index: 0, role: 'therapist', speaker: 'T', text: 'You always say nothing.' }],
    });
    expect(result?.counts.absolutist).toBe(0);
  });
});
