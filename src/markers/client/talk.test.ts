import { describe, expect, it } from 'vitest';
import { Engine } from '../../engine/index.js';
import { talkRules } from './talk.js';
import { talkCues } from './talk-lexicons.js';

const engine = new Engine();

/** Change and sustain findings for one client turn: rule id and the words behind it. */
function talk(text: string): [string, string][] {
  const [result] = engine.analyzeUtterances({
    utterances: [{ index: 0, role: 'client', speaker: 'C', text }],
  });
  const found = (result?.findings ?? []).filter(
    (f) => f.code === 'change_talk' || f.code === 'sustain_talk',
  );
  const change = found.filter((f) => f.code === 'change_talk').length;
  expect(result?.counts.change).toBe(change);
  expect(result?.counts.sustain).toBe(found.length - change);
  for (const f of found)
    expect(f.rule.startsWith(f.code === 'change_talk' ? 'client.change.' : 'client.sustain.')).toBe(
      true,
    );
  return found.map((f) => [f.rule, text.slice(f.start, f.end)]);
}

describe('change and sustain talk', () => {
  it.each([
    ['I want to cut down on the drinking.', 'client.change.desire', 'I want to'],
    ["I'd really like to sleep better.", 'client.change.desire', "I'd really like to"],
    ['I think I could manage two nights off.', 'client.change.ability', 'I could'],
    ['I can do it if I plan the evenings.', 'client.change.ability', 'I can'],
    ['I need to stop before it costs me my job.', 'client.change.need', 'I need to'],
    ['I have to cut back, honestly.', 'client.change.need', 'I have to'],
    [
      "I'm going to tell my friends I'm not drinking.",
      'client.change.commitment',
      "I'm going to tell",
    ],
    ['I will stop buying it on the way home.', 'client.change.commitment', 'I will stop'],
    ["I'm ready to give it a go.", 'client.change.activation', "I'm ready to"],
    ["I'm willing to try the diary.", 'client.change.activation', "I'm willing to"],
    ["I'll try not having any on weekdays.", 'client.change.activation', "I'll try"],
    ["I've started walking to work.", 'client.change.taking_steps', "I've started"],
    ["I've been cutting down since March.", 'client.change.taking_steps', "I've been cutting"],
    ['It would be better if I came home sober.', 'client.change.reason', 'It would be better'],
    // Negation and object decide the direction.
    ["I don't want to stop.", 'client.sustain.desire', "I don't want to"],
    [
      "I don't want to keep drinking like this.",
      'client.change.desire',
      "I don't want to keep drinking",
    ],
    ['I want to keep drinking on Fridays.', 'client.sustain.desire', 'I want to keep drinking'],
    ["I can't keep going like this.", 'client.change.reason', "I can't keep going"],
    ["I can't stop once I start.", 'client.sustain.ability', "I can't"],
    // Not wanting a harm is a reason to change; wanting to lose weight stays desire.
    ["I don't want to lose my licence over this.", 'client.change.reason', "I don't want to lose"],
    [
      "I really don't want to let my kids down again.",
      'client.change.reason',
      "I really don't want to let my kids down",
    ],
    [
      "I don't wanna feel like this again.",
      'client.change.reason',
      "I don't wanna feel like this again",
    ],
    ['I want to lose some weight first.', 'client.change.desire', 'I want to'],
    ["I can't lose weight however hard I try.", 'client.sustain.ability', "I can't"],
    ['I could never give it up.', 'client.sustain.ability', 'I could'],
    ["I won't be giving up my Friday drinks.", 'client.sustain.commitment', "I won't"],
    ["I'm not ready for that.", 'client.sustain.activation', "I'm not ready"],
    ["I don't need to quit completely.", 'client.sustain.need', "I don't need to"],
    ['Honestly it helps me relax after work.', 'client.sustain.reason', 'it helps me relax'],
    ["It's not that bad, really.", 'client.sustain.reason', "It's not that bad"],
    ['I like drinking with my mates.', 'client.sustain.reason', 'I like drinking'],
    ["I don't see the point of stopping.", 'client.sustain.reason', "I don't see the point"],
    ['There is no reason to change now.', 'client.sustain.reason', 'no reason to'],
  ])('%j is %s', (text, rule, words) => {
    expect(talk(text)).toContainEqual([rule, words]);
  });

  // Cue words in talk that takes no side on the change.
  it.each([
    'I went to my cousin’s wedding on Saturday.',
    'I can see why you ask.',
    "I can't remember what I said.",
    "I don't know how I'm going to pay for it all.",
    'So I can do it that way?',
    "You're the only one I can talk to.",
    'Yeah.',
  ])('finds none in %j', (text) => {
    expect(talk(text)).toEqual([]);
  });

  it.each(talkCues.map((c) => [c.id, c] as const))(
    'cue %s fires on its own example',
    (_id, cue) => {
      const direction = cue.polarity === 1 ? 'client.change.' : 'client.sustain.';
      expect(talk(cue.example).map(([rule]) => rule)).toContain(`${direction}${cue.subtype}`);
    },
  );

  it('documents every rule id a finding can carry', () => {
    const ids = new Set(talkRules.map((r) => r.id));
    for (const cue of talkCues) {
      expect(ids).toContain(`client.change.${cue.subtype}`);
      expect(ids).toContain(`client.sustain.${cue.subtype}`);
    }
  });
});
