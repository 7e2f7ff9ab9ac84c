import { describe, expect, it } from 'vitest';
import { analyzeOne, therapistSpans } from '../test-helpers/one-utterance.js';

const spans = therapistSpans;

const OPEN = 'therapist.question.open.';
const CLOSED = 'therapist.question.closed.';

describe('open and closed questions', () => {
  it.each([
    ['What brings you here today?', 'open', `${OPEN}wh`],
    ['So, and how did that go?', 'open', `${OPEN}wh`],
    ['All right, where would you like to start?', 'open', `${OPEN}wh`],
    ['Okay well why did it stop then', 'open', `${OPEN}wh`],
    ['Tell me about your mornings.', 'open', `${OPEN}invitation`],
    ['Walk me through a typical evening.', 'open', `${OPEN}invitation`],
    // Closed in form, but it asks for a story: counted open (documented rule).
    ['Can you tell me more about that?', 'open', `${OPEN}invitation`],
    ["I'm wondering what that was like?", 'open', `${OPEN}invitation`],
    ['In what way did it change things?', 'open', `${OPEN}invitation`],
    ['Do you drink on weekends?', 'closed', `${CLOSED}auxiliary`],
    ['Is that what you want?', 'closed', `${CLOSED}auxiliary`],
    ['And would you like to try it', 'closed', `${CLOSED}auxiliary`],
    ['You drink on weekends?', 'closed', `${CLOSED}declarative`],
    ['That felt better, right?', 'closed', `${CLOSED}declarative`],
    ['We finish at noon. Okay?', 'closed', `${CLOSED}check_in`],
    ['How many drinks is that on a Friday?', 'closed', `${CLOSED}fact`],
    ['And what kind of work do you do?', 'closed', `${CLOSED}fact`],
    ['So on the day itself, what went through your mind?', 'open', `${OPEN}wh`],
    ['Looking back, how often was that?', 'closed', `${CLOSED}fact`],
    ["I'm wondering if you could tell me how it started?", 'open', `${OPEN}invitation`],
    ['Anything else on your mind?', 'open', `${OPEN}invitation`],
  ])('%j is %s (%s)', (text, type, rule) => {
    const code = type === 'open' ? 'open_question' : 'closed_question';
    const found = spans(text, code);
    expect(found).toHaveLength(1);
    expect(found[0]?.[0]).toBe(rule);
    const { counts } = analyzeOne('therapist', text);
    expect(counts.openQuestions).toBe(type === 'open' ? 1 : 0);
    expect(counts.closedQuestions).toBe(type === 'closed' ? 1 : 0);
  });

  it.each([
    ['What I hear is that the move was hard.'],
    ['How you spend your evenings is up to you.'],
    ['Tell me if you need a break.'],
    ['That sounds exhausting.'],
    ['All right.'],
  ])('%j is not a question', (text) => {
    const { counts } = analyzeOne('therapist', text);
    expect(counts.openQuestions + counts.closedQuestions).toBe(0);
  });

  it('spans each question sentence and counts several per turn', () => {
    const text = 'That makes sense. What happened next? Did you call her? Tell me more.';
    expect(spans(text, 'open_question').map(([, w]) => w)).toEqual([
      'What happened next?',
      'Tell me more.',
    ]);
    expect(spans(text, 'closed_question').map(([, w]) => w)).toEqual(['Did you call her?']);
  });
});

describe('closed-question suggestions', () => {
  it.each([
    ['Do you drink on weekends?', 'What is it like when you drink on weekends?'],
    ['Did you call your sister?', 'What was it like to call your sister?'],
    ['Can you cut down a little?', 'How might you cut down a little?'],
    ['Are you ready to stop?', 'How ready are you to stop?'],
    ['Do you feel anxious?', 'How do you feel when ...?'],
    ['Would you like to stop there?', undefined],
    ['Is that right?', undefined],
    ['You drink on weekends?', undefined],
  ])('%j -> %j', (text, suggestion) => {
    const [finding] = analyzeOne('therapist', text).findings.filter(
      (f) => f.code === 'closed_question',
    );
    expect(finding?.suggestion).toBe(suggestion);
  });
});

describe('Socratic questions', () => {
  it.each([
    ['Is it possible that she was simply tired?', true],
    ['What would you say to a friend who thought that?', true],
    ['What evidence do you have that it will go wrong?', true],
    ['How else could you read his message?', true],
    ['And what makes you think they noticed?', true],
    ['What did you have for lunch?', false],
    ['Do you think they noticed?', false],
    ['I wonder what evidence there is.', false],
  ])('%j socratic: %s', (text, socratic) => {
    const { counts } = analyzeOne('therapist', text);
    expect(counts.socraticQuestions).toBe(socratic ? 1 : 0);
    // A Socratic question is an open question, even when it is closed in form.
    if (socratic) expect(counts.openQuestions).toBe(1);
    expect(spans(text, 'socratic_question')).toEqual(
      socratic ? [['therapist.socratic', text]] : [],
    );
  });
});

describe('reflection cues', () => {
  it.each([
    [
      'It sounds like the evenings are hardest.',
      [['therapist.reflection.sounds_like', 'It sounds like']],
    ],
    ["So you're saying work comes first.", [['therapist.reflection.restate', "So you're saying"]]],
    ["You're worried she'll leave.", [['therapist.reflection.feeling', "You're worried"]]],
    [
      'On the one hand it helps you sleep.',
      [['therapist.reflection.two_sided', 'On the one hand']],
    ],
    ["You've been carrying this alone.", [['therapist.reflection.continuing', "You've been"]]],
    ['So you feel stuck?', [['therapist.reflection.feeling', 'you feel']]],
    ['Do you feel stuck?', []],
    ['How do you feel about that?', []],
    ['If you feel stuck, call me.', []],
    ["Tell me what it's like.", []],
  ])('%j', (text, expected) => {
    expect(spans(text, 'reflection')).toEqual(expected);
  });
});
