/** Why a transcript could not be read. */
export type ParseErrorCode =
  | 'empty'
  | 'binary'
  | 'encoding'
  | 'timestamp'
  | 'syntax'
  | 'schema'
  | 'unknown_speaker'
  | 'no_speakers'
  | 'too_large'
  | 'unknown_format'
  | 'multiple_transcripts';

/** A typed parse failure that knows where it happened; rendered as one line by the adapters. */
export class TranscriptParseError extends Error {
  override readonly name = 'TranscriptParseError';
  constructor(
    readonly code: ParseErrorCode,
    readonly detail: string,
    readonly line?: number,
    public source?: string,
  ) {
    super(detail);
  }

  /** One line: `file:line: detail`. Never includes transcript content beyond what detail holds. */
  describe(): string {
    const where = [
      this.source ?? '<input>',
      this.line === undefined ? undefined : String(this.line),
    ]
      .filter((part) => part !== undefined)
      .join(':');
    return `${where}: ${this.detail}`;
  }
}
