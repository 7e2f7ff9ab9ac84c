// The browser bundle must run where there is no Node: a bare V8 context with only the
// globals a browser also has. Reads the file `npm run build` wrote, so run after a build.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createContext, runInContext } from 'node:vm';
import { beforeAll, describe, expect, it } from 'vitest';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const bundle = join(root, 'dist', 'browser', 'alliance.iife.js');

interface BrowserApi {
  parseTranscript: (text: string, options: { source: string; format?: string }) => unknown;
  analyze: (transcript: unknown) => {
    utterances: { labels: { behaviour?: string } }[];
    alerts: { code: string }[];
  };
  renderHtml: (report: unknown) => string;
}

let api: BrowserApi;

beforeAll(() => {
  if (!existsSync(bundle)) throw new Error(`run \`npm run build\` first: ${bundle} is missing`);
  const code = readFileSync(bundle, 'utf8');
  // Only what browsers provide; no process, Buffer, require or module.
  const context = createContext({ TextDecoder, TextEncoder, console, URL });
  runInContext(`${code}\nglobalThis.Alliance = Alliance;`, context);
  api = (context as { Alliance: BrowserApi }).Alliance;
});

describe('browser bundle', () => {
  it.each([
    ['txt', 'T: What brings you here today?\nC: I never sleep and nothing helps.\n'],
    ['csv', 'speaker,text\nT,"How have things been, since we last met?"\nC,"Rough, honestly."\n'],
    [
      'vtt',
      'WEBVTT\n\n00:00:01.000 --> 00:00:03.000\n<v T>How are you?\n\n00:00:04.000 --> 00:00:06.000\n<v C>Tired.\n',
    ],
  ])('parses and analyses %s without Node globals', (format, text) => {
    const transcript = api.parseTranscript(text, { source: `demo.${format}` });
    const report = api.analyze(transcript);
    expect(report.utterances).toHaveLength(2);
    expect(report.utterances[0]?.labels.behaviour).toBe('question');
    expect(api.renderHtml(report)).toContain('<html');
  });

  it('raises crisis alerts in the browser too', () => {
    const transcript = api.parseTranscript('T: How have you been?\nC: I want to kill myself.\n', {
      source: 'crisis.txt',
    });
    expect(api.analyze(transcript).alerts[0]?.code).toBe('crisis');
  });
});
