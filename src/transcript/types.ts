/** Who is speaking, as far as the alliance analysis is concerned. */
export type Role = 'therapist' | 'client' | 'other';

/** One turn of talk, as every transcript format produces it. */
export interface Utterance {
  /** Position in the transcript, from 0. */
  index: number;
  role: Role;
  /** Speaker name or label as written in the source ("T", "Dr Lee", "Speaker 2"). */
  speaker: string;
  text: string;
  /** Seconds from the start of the recording, where the format carries times. */
  start?: number;
  end?: number;
  /** 1-based line in the source file where this turn starts, for error messages and links. */
  line?: number;
}

/** How speakers were mapped to roles, so the CLI can say what it assumed. */
export interface RoleAssignment {
  /** speaker name -> role */
  roles: Record<string, Role>;
  /** 'labels': the source said so (T:/C:, interlocutor column); 'flags': the user said so; 'detected': we guessed. */
  method: 'labels' | 'flags' | 'detected';
}

/** The one transcript model every format parses into. */
export interface Transcript {
  /** Name of the source (file name or id); never shown in logs with content. */
  source?: string;
  /** Id of this transcript inside a multi-transcript source (a CSV transcript column). */
  id?: string;
  format?: TranscriptFormat;
  utterances: Utterance[];
  roleAssignment?: RoleAssignment;
}

/** Transcript formats we read. */
export type TranscriptFormat = 'txt' | 'vtt' | 'srt' | 'json' | 'csv';
