import { describe, expect, it } from 'vitest';
import { evalCrisis } from './crisis.js';
import { evalDistortions } from './distortions.js';
import { renderEvalText } from './index.js';

// Our own rows, in each evaluation's format.
const CRISIS = [
  'post_id,body,flag',
  'a1,"I keep thinking about ending my life, every night.",yes',
  'a2,"The week has been strange and grey, nothing lands anymore.",yes',
  'b1,"This essay is killing me, I swear.",no',
].join('\n');
const DISTORTIONS = [
  'Id_Number,Patient Question,Distorted part,Dominant Distortion,Secondary Distortion (Optional)',
  '1,"I failed one test, so I will fail every test from now on.","I will fail every test",Fortune-telling,',
  '2,"We moved flats in spring and the new one is quieter.",,No Distortion,',
  '3,"I am a complete idiot for forgetting the meeting.","I am a complete idiot",Labeling,',
].join('\n');

describe('renderEvalText', () => {
  it('renders crisis figures and the rows behind the errors as text', () => {
    const text = renderEvalText(
      evalCrisis(CRISIS, { text: 'body', label: 'flag', positive: ['yes'], id: 'post_id' }),
    );
    expect(text).toContain('crisis statements: 3 rows');
    expect(text).toContain('recall 0.50, precision 1.00');
    expect(text).toMatch(/missed \(1\):\n {2}a2: The week has been strange/);
    expect(text).toContain('false alarms (0):');
    expect(text.trimStart().startsWith('{')).toBe(false);
  });

  it('renders distortion figures with the floor they must clear', () => {
    const text = renderEvalText(evalDistortions(DISTORTIONS));
    expect(text).toMatch(/^distortions: 3 rows \(shipped weights\)/);
    expect(text).toMatch(/distortion vs none: F1 \d\.\d\d/);
    expect(text).toContain('calling every row distorted: F1 0.80');
  });
});
