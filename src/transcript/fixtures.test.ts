// Every fixture we ship parses to the number of turns and the roles we wrote into it.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { decodeTranscript, parseTranscript, parseTranscripts, type ParseOptions } from './index.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
const load = (path: string): string => decodeTranscript(readFileSync(root + path), path);

interface Case {
  path: string;
  options?: ParseOptions;
  turns: number;
  therapist: string;
  client: string;
  method: 'labels' | 'flags' | 'detected';
  timed: boolean;
}

const csvColumns = { text: 'said', speaker: 'who', start: 'begin', end: 'finish', order: 'turn' };

const cases: Case[] = [
  {
    path: 'fixtures/transcripts/session.txt',
    turns: 33,
    therapist: 'T',
    client: 'C',
    method: 'labels',
    timed: false,
  },
  {
    path: 'fixtures/transcripts/named.txt',
    turns: 30,
    therapist: 'Dr Lee',
    client: 'Sam',
    method: 'detected',
    timed: true,
  },
  {
    path: 'fixtures/transcripts/zoom.vtt',
    turns: 30,
    therapist: 'Priya Shah',
    client: 'Tom Baker',
    method: 'detected',
    timed: true,
  },
  {
    path: 'fixtures/transcripts/teams.vtt',
    turns: 30,
    therapist: 'Alex Morgan',
    client: 'Jordan Reyes',
    method: 'detected',
    timed: true,
  },
  {
    path: 'fixtures/transcripts/session.srt',
    turns: 28,
    therapist: 'Counsellor',
    client: 'Client',
    method: 'labels',
    timed: true,
  },
  {
    path: 'fixtures/transcripts/session.json',
    turns: 28,
    therapist: 'Dr Okafor',
    client: 'Helen',
    method: 'labels',
    timed: true,
  },
  {
    path: 'fixtures/transcripts/session.csv',
    options: { csv: csvColumns, therapist: ['ruth'] },
    turns: 27,
    therapist: 'Ruth',
    client: 'Dev',
    method: 'flags',
    timed: true,
  },
  {
    path: 'examples/demo-session.txt',
    turns: 43,
    therapist: 'Therapist',
    client: 'Client',
    method: 'labels',
    timed: true,
  },
];

describe('fixtures', () => {
  it.each(cases)('$path', ({ path, options, turns, therapist, client, method, timed }) => {
    const t = parseTranscript(load(path), { source: path, ...options });
    expect(t.utterances).toHaveLength(turns);
    expect(t.roleAssignment?.method).toBe(method);
    expect(t.roleAssignment?.roles).toEqual({ [therapist]: 'therapist', [client]: 'client' });
    // Turns alternate in every fixture we wrote, so merging and continuation are exact.
    t.utterances.forEach((u, i) => {
      expect(u.index).toBe(i);
      expect(u.role).toBe(i % 2 === 0 ? 'therapist' : 'client');
      expect(u.text).not.toMatch(/<|>|^\s|\s$|\s\s/);
      expect(u.start !== undefined).toBe(timed);
      if (u.start !== undefined && u.end !== undefined)
        expect(u.end).toBeGreaterThanOrEqual(u.start);
    });
  });

  it('reads both transcripts of the AnnoMI-like CSV with no options, in utterance order', () => {
    const path = 'fixtures/transcripts/annomi-like.csv';
    const list = parseTranscripts(load(path), { source: path });
    expect(list.map((t) => [t.id, t.utterances.length, t.roleAssignment?.method])).toEqual([
      ['7', 14, 'labels'],
      ['12', 14, 'labels'],
    ]);
    const second = list[1]?.utterances ?? [];
    expect(second.map((u) => u.role)).toEqual(
      second.map((_, i) => (i % 2 === 0 ? 'therapist' : 'client')),
    );
    expect(second[2]?.start).toBeLessThan(second[3]?.start ?? 0);
    expect(() => parseTranscript(load(path), { source: path })).toThrow(/batch mode/);
  });
});
