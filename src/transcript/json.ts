// JSON transcripts: our documented document, a bare array of utterances, or JSON Lines (one
// utterance per line). Errors give the line of a syntax error and the path of a schema error.
import type * as z from 'zod/mini';
import { TranscriptParseError } from './errors.js';
import {
  jsonTranscript,
  jsonUtterance,
  jsonUtterances,
  type JsonUtterance,
} from './json-schema.js';
import { roleOfLabel } from './labels.js';
import { LineCursor } from './lines.js';
import type { RawTurn } from './turns.js';

/** A JSON transcript's turns and, if it has one, its id. */
export interface JsonResult {
  turns: RawTurn[];
  id?: string;
}

/** Parse a JSON (or JSON Lines) transcript. */
export function parseJson(text: string): JsonResult {
  checkDepth(text);
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch (error) {
    if (looksLikeJsonLines(text)) return { turns: parseJsonLines(text) };
    // The engine's message can quote the input; keep only where it failed.
    throw new TranscriptParseError('syntax', 'invalid JSON', syntaxLine(text, error));
  }
  if (Array.isArray(doc)) return { turns: check(jsonUtterances, doc, '$').map((u) => toTurn(u)) };
  const parsed = check(jsonTranscript, doc, '$');
  const result: JsonResult = { turns: parsed.utterances.map((u) => toTurn(u)) };
  if (parsed.id !== undefined) result.id = parsed.id;
  return result;
}

function parseJsonLines(text: string): RawTurn[] {
  const turns: RawTurn[] = [];
  const cursor = new LineCursor(text);
  while (cursor.next()) {
    if (cursor.blank()) continue;
    let value: unknown;
    try {
      value = JSON.parse(text.slice(cursor.start, cursor.end));
    } catch {
      throw new TranscriptParseError('syntax', 'invalid JSON', cursor.number);
    }
    turns.push(toTurn(check(jsonUtterance, value, '$', cursor.number), cursor.number));
  }
  return turns;
}

function toTurn(u: JsonUtterance, line?: number): RawTurn {
  const role = u.role ?? (u.speaker === undefined ? undefined : roleOfLabel(u.speaker));
  const turn: RawTurn = { speaker: u.speaker ?? u.role ?? 'other', text: u.text.trim() };
  if (role !== undefined) turn.role = role;
  if (u.start !== undefined) turn.start = u.start;
  if (u.end !== undefined) turn.end = u.end;
  if (line !== undefined) turn.line = line;
  return turn;
}

function check<T>(schema: z.ZodMiniType<T>, value: unknown, root: string, line?: number): T {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  const path = issue === undefined ? root : jsonPath(root, issue.path);
  const message = issue?.message ?? 'does not match the transcript schema';
  throw new TranscriptParseError('schema', `${path}: ${message}`, line);
}

/** `$.utterances[3].text` from a zod path. */
export function jsonPath(root: string, path: readonly PropertyKey[]): string {
  let out = root;
  for (const key of path) out += typeof key === 'number' ? `[${key}]` : `.${String(key)}`;
  return out;
}

/** Several lines that each start with `{`: JSON Lines rather than one broken document. */
function looksLikeJsonLines(text: string): boolean {
  const cursor = new LineCursor(text);
  let objects = 0;
  while (cursor.next() && objects < 2) {
    if (cursor.blank()) continue;
    if (text.charCodeAt(cursor.start) !== 123) return false;
    objects++;
  }
  return objects >= 2;
}

/** The line of a JSON.parse failure, from the offset engines put in their message. */
function syntaxLine(text: string, error: unknown): number | undefined {
  const message = error instanceof Error ? error.message : '';
  const line = /\bline (\d+)/.exec(message);
  if (line?.[1] !== undefined) return Number(line[1]);
  const position = /\bposition (\d+)/.exec(message);
  const offset =
    position?.[1] !== undefined ? Number(position[1]) : /end of/.test(message) ? text.length : -1;
  if (offset < 0) return undefined;
  let n = 1;
  for (let i = text.indexOf('\n'); i >= 0 && i < offset; i = text.indexOf('\n', i + 1)) n++;
  return n;
}

// Our documents nest three deep; engines take seconds on megabytes of `[[[[`, so refuse
// deep nesting in one linear pre-scan before JSON.parse sees it.
const MAX_DEPTH = 32;

function checkDepth(text: string): void {
  let depth = 0;
  let line = 1;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) line++;
    if (inString) {
      if (c === 92) i++;
      else if (c === 34) inString = false;
    } else if (c === 34) inString = true;
    else if (c === 91 || c === 123) {
      if (++depth > MAX_DEPTH)
        throw new TranscriptParseError('syntax', 'JSON nested too deeply', line);
    } else if (c === 93 || c === 125) depth--;
  }
}
