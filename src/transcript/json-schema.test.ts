// The published JSON Schema and the zod schema we validate with must say the same things.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseTranscript } from './index.js';
import { JSON_FORMAT_VERSION } from './json-schema.js';
import { failure } from './test-helpers/index.js';

interface Published {
  $defs: {
    document: { required: string[]; properties: Record<string, { const?: unknown }> };
    utterance: { required: string[]; properties: Record<string, { enum?: string[] }> };
  };
}

const published = JSON.parse(
  readFileSync(new URL('../../schema/transcript.schema.json', import.meta.url), 'utf8'),
) as Published;

describe('schema/transcript.schema.json', () => {
  it.each([
    [
      'document fields',
      Object.keys(published.$defs.document.properties),
      ['version', 'id', 'utterances'],
    ],
    ['document required', published.$defs.document.required, ['version', 'utterances']],
    [
      'utterance fields',
      Object.keys(published.$defs.utterance.properties),
      ['speaker', 'role', 'text', 'start', 'end'],
    ],
    ['utterance required', published.$defs.utterance.required, ['text']],
    ['roles', published.$defs.utterance.properties.role?.enum, ['therapist', 'client', 'other']],
    ['version', published.$defs.document.properties.version?.const, JSON_FORMAT_VERSION],
  ])('%s', (_name, actual, expected) => {
    expect(actual).toEqual(expected);
  });

  it('the role error reads as the docs show it', () => {
    const text = JSON.stringify({
      version: 1,
      utterances: [{ speaker: 'A', role: 'patient', text: 'x' }],
    });
    expect(failure(() => parseTranscript(text, { format: 'json' }))[2]).toBe(
      '$.utterances[0].role: Invalid option: expected one of "therapist"|"client"|"other"',
    );
  });
});
