import { describe, expect, it } from 'vitest';
import { parseTranscript } from './index.js';
import { failure, turns } from './test-helpers/index.js';

const vtt = (text: string): string[] => turns(parseTranscript(text, { format: 'vtt' }));
const cue = (times: string, ...lines: string[]): string => `${times}\n${lines.join('\n')}\n`;

describe('WebVTT', () => {
  it.each([
    [
      'voice tags with and without closing tag, and a voice class',
      [
        'WEBVTT\n',
        cue('00:00:01.000 --> 00:00:02.000', '<v Dr Lee>How are you?</v>'),
        cue('00:00:03.000 --> 00:00:04.000', '<v.loud Sam>Fine.'),
      ].join('\n'),
      ['Dr Lee|therapist|How are you?|1|2', 'Sam|client|Fine.|3|4'],
    ],
    [
      'Zoom style Name: prefixes and numbered cues',
      [
        'WEBVTT\n',
        '1\n' + cue('00:00:01.500 --> 00:00:03.000', 'Priya Shah: What brings you here?'),
        '2\n' + cue('00:00:03.500 --> 00:00:05.000', 'Tom: My exams.'),
      ].join('\n'),
      ['Priya Shah|therapist|What brings you here?|1.5|3', 'Tom|client|My exams.|3.5|5'],
    ],
    [
      'consecutive cues by one speaker merge: first start, last end',
      [
        'WEBVTT\n',
        cue('00:00:01.000 --> 00:00:02.000', '<v Ana>What happened'),
        cue('00:00:02.000 --> 00:00:03.000', '<v Ana>next?'),
        cue('00:00:04.000 --> 00:00:05.000', '<v Bo>I left.'),
      ].join('\n'),
      ['Ana|therapist|What happened next?|1|3', 'Bo|client|I left.|4|5'],
    ],
    [
      'cues without a speaker continue the previous one',
      [
        'WEBVTT\n',
        cue('00:00:01.000 --> 00:00:02.000', 'Ana: Did you sleep?'),
        cue('00:00:03.000 --> 00:00:04.000', 'Bo: No.'),
        cue('00:00:04.000 --> 00:00:06.000', 'Not at all.'),
        cue('00:00:07.000 --> 00:00:08.000', 'Ana: What kept you up?'),
        cue('00:00:09.000 --> 00:00:10.000', 'Bo: Work.'),
      ].join('\n'),
      [
        'Ana|therapist|Did you sleep?|1|2',
        'Bo|client|No. Not at all.|3|6',
        'Ana|therapist|What kept you up?|7|8',
        'Bo|client|Work.|9|10',
      ],
    ],
    [
      'header text, NOTE / STYLE / REGION blocks, cue ids and cue settings are skipped',
      [
        'WEBVTT - session 2\nKind: captions\nLanguage: en\n',
        'STYLE\n::cue { color: yellow }\n',
        'REGION\nid:left width:40%\n',
        'NOTE exported by a meeting app\nsecond line of the note\n',
        'a1b2c3/11-0\n' +
          cue('00:00:01.000 --> 00:00:02.000 align:start position:10% line:0', '<v Ana>Hello.</v>'),
        'NOTE\n',
        'a1b2c3/12-0\n' + cue('00:00:03.000 --> 00:00:04.000 region:left', '<v Bo>Hi.</v>'),
      ].join('\n'),
      ['Ana|therapist|Hello.|1|2', 'Bo|client|Hi.|3|4'],
    ],
    [
      'multi-line cues, markup, inline timestamps and entities',
      [
        'WEBVTT\n',
        cue('00:01.000 --> 00:02.000', '<v Ana>What do <i>you</i> think', 'about <b>this</b>?</v>'),
        cue(
          '00:03.000 --> 00:05.000',
          '<v Bo><c.yellow>It</c> is<00:00:04.000> fine &amp; calm&nbsp;now.</v>',
        ),
      ].join('\n'),
      ['Ana|therapist|What do you think about this?|1|2', 'Bo|client|It is fine & calm now.|3|5'],
    ],
    [
      'two voices in one cue, one per line',
      [
        'WEBVTT\n',
        cue('00:00:01.000 --> 00:00:03.000', '<v Ana>Ready to start?', '<v Bo>Yes.'),
      ].join('\n'),
      ['Ana|therapist|Ready to start?|1|3', 'Bo|client|Yes.|1|3'],
    ],
    [
      'BOM and CRLF',
      '\ufeffWEBVTT\r\n\r\n00:00:01.000 --> 00:00:02.000\r\n<v T>Hello?\r\n\r\n00:00:03.000 --> 00:00:04.000\r\n<v C>Hi.\r\n',
      ['T|therapist|Hello?|1|2', 'C|client|Hi.|3|4'],
    ],
  ])('%s', (_name, text, expected) => {
    expect(vtt(text)).toEqual(expected);
  });

  it.each([
    ['no WEBVTT header', '00:00:01.000 --> 00:00:02.000\nAna: Hi.\n', 'syntax', 1],
    [
      'a header that only starts like one',
      'WEBVTTX\n\n00:00:01.000 --> 00:00:02.000\nAna: Hi.\n',
      'syntax',
      1,
    ],
    ['minutes over 59', 'WEBVTT\n\n1\n00:00:01.000 --> 00:61:00.000\nAna: Hi.\n', 'timestamp', 4],
    ['garbage time', 'WEBVTT\n\n00:00:01.000 --> 1:2:x\nAna: Hi.\n', 'timestamp', 3],
    [
      'end before start',
      'WEBVTT\n\n00:00:01.000 --> 00:00:02.000\nAna: Hi.\n\n00:00:09.000 --> 00:00:05.000\nBo: Yo.\n',
      'timestamp',
      6,
    ],
    ['cue id without timing', 'WEBVTT\n\nintro\nAna: Hi.\n', 'syntax', 3],
    ['header only', 'WEBVTT\n\nNOTE nothing here\n', 'empty', 1],
    [
      'cues without any speaker',
      'WEBVTT\n\n00:00:01.000 --> 00:00:02.000\nhello there\n',
      'no_speakers',
      1,
    ],
  ])('%s -> %s', (_name, text, code, line) => {
    expect(failure(() => parseTranscript(text, { format: 'vtt' })).slice(0, 2)).toEqual([
      code,
      line,
    ]);
  });

  it('names the broken timestamp but never quotes cue words', () => {
    const [, , detail] = failure(() =>
      parseTranscript('WEBVTT\n\n00:00:01.000 --> 00:61:00.000\nA: x\n', { format: 'vtt' }),
    );
    expect(detail).toContain('00:61:00.000');
    const [, , garbage] = failure(() =>
      parseTranscript('WEBVTT\n\nmy secret words --> more secrets\nA: x\n', { format: 'vtt' }),
    );
    expect(garbage).not.toMatch(/secret/);
  });
});
