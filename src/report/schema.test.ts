import { readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildReport } from './build.js';
import { renderJson, toJson } from './render.js';
import { reportJsonSchema, reportSchema, SCHEMA_VERSION } from './schema.js';
import { C, demoSession, transcript, turns } from './test-helpers/fixtures.js';

const schemaFile = new URL('../../schema/report.schema.json', import.meta.url);

describe('report schema', () => {
  it('the committed JSON Schema is the one generated from the zod schema (UPDATE_SCHEMA=1 rewrites it)', () => {
    const generated = `${JSON.stringify(reportJsonSchema(), null, 2)}\n`;
    if (process.env.UPDATE_SCHEMA === '1') writeFileSync(schemaFile, generated);
    // Compared as data, so that formatting the file (prettier) does not matter.
    expect(JSON.parse(readFileSync(schemaFile, 'utf8'))).toEqual(JSON.parse(generated));
  });

  it.each([
    ['the demo session', demoSession()],
    ['an empty session', []],
    ['a client-only session', turns(C('Just me today.'))],
  ])('a report built from %s parses with the schema', (_name, utterances) => {
    const report = buildReport(transcript(), utterances);
    const parsed = reportSchema.parse(JSON.parse(renderJson(report)));
    expect(parsed).toEqual(toJson(report));
    expect(report.schemaVersion).toBe(SCHEMA_VERSION);
  });

  it.each([
    ['a missing required path', (r: Record<string, unknown>) => void delete r.strategies],
    ['an unknown top-level field', (r: Record<string, unknown>) => void (r.extra = 1)],
    [
      'a score above 100',
      (r: Record<string, unknown>) => void ((r.strategies as { team: number }).team = 101),
    ],
  ])('rejects %s', (_name, damage) => {
    const report = JSON.parse(renderJson(buildReport(transcript(), demoSession()))) as Record<
      string,
      unknown
    >;
    damage(report);
    expect(reportSchema.safeParse(report).success).toBe(false);
  });

  it('documents the required paths of the public contract', () => {
    const schema = reportJsonSchema() as {
      properties: Record<string, { properties?: Record<string, unknown> }>;
    };
    const p = schema.properties;
    expect(Object.keys(p.therapist?.properties ?? {})).toEqual(
      expect.arrayContaining([
        'weTalk',
        'reflectionToQuestion',
        'percentOpenQuestions',
        'percentComplexReflections',
      ]),
    );
    expect(Object.keys(p.client?.properties ?? {})).toContain('absolutist');
    expect(Object.keys(p.strategies?.properties ?? {})).toEqual(['team', 'learning', 'confidence']);
    expect(Object.keys(p)).toEqual(
      expect.arrayContaining(['alerts', 'utterances', 'schemaVersion']),
    );
  });
});
