import { describe, expect, it } from 'vitest';
import { Engine } from '../../engine/index.js';
import type { DistortionFinding, DistortionType } from '../types.js';
import { distortionCues } from './distortion-lexicons.js';
import { distortionQuestions } from './distortions.js';

const engine = new Engine();

/** Distortion findings for one client turn, with the cue words as written. */
function distortions(text: string): { type: DistortionType; rule: string; cue: string }[] {
  const [result] = engine.analyzeUtterances({
    utterances: [{ index: 0, role: 'client', speaker: 'C', text }],
  });
  const found = (result?.findings ?? []).filter(
    (f): f is DistortionFinding => f.code === 'distortion',
  );
  // A trained model later in the pipeline may add its own findings; count them all, test ours.
  expect(result?.counts.distortions).toBe(found.length);
  const ours = found.filter((f) => f.rule.startsWith('client.distortion.'));
  for (const f of ours) expect(f.suggestion).toBe(distortionQuestions[f.distortion]);
  return ours.map((f) => ({ type: f.distortion, rule: f.rule, cue: text.slice(f.start, f.end) }));
}

describe('cognitive distortions', () => {
  it.each<[string, DistortionType, string]>([
    ['I should have seen it coming.', 'should_statements', 'I should'],
    ["I shouldn't feel this way after a year.", 'should_statements', "I shouldn't"],
    ['I ought to be able to handle it alone.', 'should_statements', 'I ought to'],
    ['I have to be perfect at work.', 'should_statements', 'I have to be perfect'],
    ['My sister should call me more often.', 'should_statements', 'My sister should'],
    ["I'm such an idiot for saying that.", 'labeling', "I'm such an idiot"],
    ['I am useless at everything.', 'labeling', 'I am useless'],
    ['im a total loser', 'labeling', 'im a total loser'],
    ['Honestly I hate myself for it.', 'labeling', 'I hate myself'],
    ["He's such a narcissist.", 'labeling', "He's such a narcissist"],
    ["They probably think I'm weird.", 'mind_reading', "They probably think I'm"],
    ['Everyone thinks I am lazy.', 'mind_reading', 'Everyone thinks I am'],
    ['She must think I was rude.', 'mind_reading', 'She must think I was'],
    ['They all hate me at work.', 'mind_reading', 'They all hate me'],
    ['Nobody likes me there.', 'mind_reading', 'Nobody likes me'],
    ["I'll never find a job I like.", 'fortune_telling', "I'll never"],
    ["It won't work, so why try.", 'fortune_telling', "It won't work"],
    ["I'm going to fail the exam.", 'fortune_telling', "I'm going to fail"],
    ['Nothing will change, whatever I do.', 'fortune_telling', 'Nothing will change'],
    ["I'm scared that I'll lose him.", 'fortune_telling', "I'm scared that"],
    ['It was a disaster from start to finish.', 'magnification', 'disaster'],
    ["I just can't cope with any of it.", 'magnification', "I just can't cope"],
    ['It felt like the end of the world.', 'magnification', 'end of the world'],
    [
      'I feel like a failure, so I probably am one.',
      'emotional_reasoning',
      'I feel like a failure',
    ],
    ['I feel so stupid about it.', 'emotional_reasoning', 'I feel so stupid'],
    ['I know it is true because I feel it.', 'emotional_reasoning', 'because I feel'],
    ['It makes me feel worthless.', 'emotional_reasoning', 'makes me feel worthless'],
    ['That always happens when I try.', 'overgeneralization', 'always happens'],
    ['Every time I open up, it goes wrong.', 'overgeneralization', 'Every time'],
    ['Nobody ever asks how I am.', 'overgeneralization', 'Nobody ever'],
    ['I always mess it up.', 'overgeneralization', 'I always mess'],
    ['I was a total failure at the party.', 'all_or_nothing', 'total failure'],
    ["Either I'm the best or I'm nothing.", 'all_or_nothing', "Either I'm the best or"],
    ['If it is not perfect I bin it.', 'all_or_nothing', 'perfect'],
    ['I have to give 100% or it is pointless.', 'all_or_nothing', '100'],
    ['There is nothing good in my life.', 'all_or_nothing', 'nothing good'],
    ['I only see the bad in how it went.', 'mental_filter', 'only see the'],
    ['All I can think about is that one comment.', 'mental_filter', 'All I can think about'],
    ["I can't stop thinking about the mistake.", 'mental_filter', "can't stop thinking"],
    ['The praise does not count, it was easy.', 'disqualifying_positive', 'does not count'],
    ['That was just luck, nothing more.', 'disqualifying_positive', 'That was just luck'],
    ['Anyone could have done it.', 'disqualifying_positive', 'Anyone could have'],
    ['They were just being nice to me.', 'disqualifying_positive', 'just being nice'],
    ['Yes, but it was only a small thing.', 'disqualifying_positive', 'Yes, but'],
    ["It's my fault they argued.", 'personalization', "It's my fault"],
    ['They split up because of me.', 'personalization', 'because of me'],
    ['I blame myself for the accident.', 'personalization', 'I blame myself'],
    ['If only I had stayed home.', 'personalization', 'If only I had'],
    ['I made them angry again.', 'personalization', 'I made them angry'],
  ])('%j shows %s', (text, type, cue) => {
    expect(distortions(text)).toContainEqual(expect.objectContaining({ type, cue }));
  });

  // Plain statements and the traps: a cue word used without the distorted judgement.
  it.each([
    'I went to the shops and bought some bread.',
    'We talked for an hour and it helped.',
    'Should I call her tomorrow?',
    "I'm not sure whether I should call her back.",
    'I must have left my keys in the car.',
    "I don't like that one either.",
    'The ticket cost 100 dollars.',
    'I feel like going for a walk later.',
    'My manager said the report was good.',
    'I have a meeting on Thursday.',
  ])('finds none in %j', (text) => {
    expect(distortions(text)).toEqual([]);
  });

  it('collapses overlapping cues of one kind into one finding', () => {
    expect(distortions("I'm such a failure.")).toHaveLength(1);
  });

  it.each(distortionCues.map((c) => [c.id, c] as const))(
    'cue group %s fires on its own example and not on its counter-example',
    (id, cue) => {
      expect(distortions(cue.example).map((f) => f.rule)).toContain(id);
      if (cue.counterExample !== undefined)
        expect(distortions(cue.counterExample).map((f) => f.rule)).not.toContain(id);
    },
  );

  it.each(Object.entries(distortionQuestions))('%s has a question to ask', (_type, question) => {
    expect(question).toMatch(/\?$/);
  });
});
