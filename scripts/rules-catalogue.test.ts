import { readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyze } from '../src/engine/index.js';
import { allLexicons } from '../src/engine/pipeline.js';
import { parseTranscript } from '../src/transcript/index.js';
import type { Lexicon, RuleInfo } from '../src/lexicons/index.js';
import { catalogueEntries, codeRules, rulesCatalogueMarkdown } from './rules-catalogue-md.js';

const docFile = new URL('../docs/rules.md', import.meta.url);
const read = (path: string): string => readFileSync(new URL(`../${path}`, import.meta.url), 'utf8');

const rule = (id: string, extra: Partial<RuleInfo> = {}): RuleInfo => ({
  id,
  description: `What ${id} finds.`,
  example: `An example for ${id}.`,
  source: 'project',
  ...extra,
});
const lexicon = (id: string, terms: string[]): Lexicon => ({ ...rule(id), terms });

describe('rules catalogue', () => {
  it('the committed docs/rules.md is the generated one (npm run rules, or UPDATE_RULES=1, rewrites it)', () => {
    const generated = rulesCatalogueMarkdown();
    if (process.env.UPDATE_RULES === '1') writeFileSync(docFile, generated);
    expect(readFileSync(docFile, 'utf8')).toBe(generated);
  });

  it.each([
    ['lexicons', allLexicons],
    ['code rules', codeRules],
  ])('ids of the %s are unique', (_name, list) => {
    const ids = list.map((r) => r.id);
    expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
  });

  it.each(catalogueEntries().map((e) => [e.id, e] as const))(
    '%s has a description, an example and a source',
    (_id, e) => {
      expect(e.description.trim()).not.toBe('');
      expect(e.example.trim()).not.toBe('');
      expect(e.source.trim()).not.toBe('');
      if (e.counterExample !== undefined) expect(e.counterExample.trim()).not.toBe('');
    },
  );

  it.each<[string, Lexicon[], RuleInfo[], string[]]>([
    ['a lexicon alone', [lexicon('client.a', ['x'])], [], ['lexicon']],
    ['a code rule alone', [], [rule('client.b')], ['code']],
    [
      'a lexicon and its code rule',
      [lexicon('client.c', ['y'])],
      [rule('client.c')],
      ['lexicon and code'],
    ],
    ['two different ids', [lexicon('client.d', ['z'])], [rule('client.e')], ['lexicon', 'code']],
  ])('merges %s by id', (_name, lexicons, rules, kinds) => {
    expect(catalogueEntries(lexicons, rules).map((e) => e.kind)).toEqual(kinds);
  });

  it('shows a few terms, the counter-example and groups crisis first', () => {
    const terms = Array.from({ length: 12 }, (_, i) => `w${i}`);
    const md = rulesCatalogueMarkdown(
      catalogueEntries(
        [lexicon('therapist.t', ['we']), lexicon('crisis.k', terms)],
        [rule('client.c', { counterExample: 'Not this one.' })],
      ),
    );
    expect(md).toContain('- Kind: lexicon (`w0`, `w1`');
    expect(md).not.toContain('`w8`');
    expect(md).toContain('- Counter-example: "Not this one."');
    expect(md.indexOf('`crisis.k`')).toBeLessThan(md.indexOf('`therapist.t`'));
    expect(md.indexOf('`therapist.t`')).toBeLessThan(md.indexOf('`client.c`'));
  });

  it.each([
    'examples/demo-session.txt',
    'fixtures/transcripts/session.txt',
    'fixtures/transcripts/zoom.vtt',
  ])('every rule id a finding carries on %s is in the catalogue', (path) => {
    const ids = new Set(catalogueEntries().map((e) => e.id));
    const report = analyze(parseTranscript(read(path), { source: path }));
    const rules = report.utterances.flatMap((u) => u.findings.map((f) => f.rule));
    expect(rules.length).toBeGreaterThan(0);
    const missing = rules.filter((r) => !ids.has(r) && !r.startsWith('model.'));
    expect(missing).toEqual([]);
  });
});
