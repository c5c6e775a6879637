import { describe, expect, it } from 'vitest';
import { seededRandom } from '../diff/seeded-random.test-helper.ts';
import { reverseAcceptedWording } from './index.ts';

const before = 'Member States should ensure access to basic services for all migrants.';
const accepted = 'Member States shall ensure access to basic services for all migrants, regardless of status.';

describe('reverseAcceptedWording', () => {
  it('gives back the text before when the paragraph still reads as the acceptance left it', () => {
    expect(reverseAcceptedWording('OP3', { before, accepted, current: accepted })).toEqual({ status: 'clean', text: before });
  });

  it('keeps edits the pen made elsewhere in the paragraph', () => {
    const current = accepted.replace('Member States', 'All Member States');
    expect(reverseAcceptedWording('OP3', { before, accepted, current })).toEqual({
      status: 'clean',
      text: before.replace('Member States', 'All Member States'),
    });
  });

  it('is a no-op when the pen already put the old words back', () => {
    expect(reverseAcceptedWording('OP3', { before, accepted, current: before })).toEqual({ status: 'clean', text: before });
  });

  it('refuses, naming the words, when the pen changed what the acceptance brought in', () => {
    const current = accepted.replace('regardless of status', 'whatever their status');
    const result = reverseAcceptedWording('OP3', { before, accepted, current });
    expect(result.status).toBe('changed');
    if (result.status !== 'changed') return;
    expect(result.reason).toMatch(
      /^OP3 has changed since the proposal was accepted: the words “.*regardless of status.*” it brought in now read “.*whatever their status.*”\.$/,
    );
  });

  it('says so when the words it brought in were deleted', () => {
    const current = accepted.replace(' shall', '');
    const result = reverseAcceptedWording('OP3', { before, accepted, current });
    expect(result).toEqual({
      status: 'changed',
      reason: 'OP3 has changed since the proposal was accepted: the words “shall” it brought in have been deleted.',
    });
  });

  it('says so when the pen wrote new words where the proposal took some out', () => {
    const shorter = 'Member States ensure access to services.';
    const current = 'Member States ensure access to public services.';
    const result = reverseAcceptedWording('OP3', { before: 'Member States ensure access to basic services.', accepted: shorter, current });
    expect(result).toEqual({
      status: 'changed',
      reason: 'OP3 has changed since the proposal was accepted: “public” was written where the proposal took out “basic”.',
    });
  });

  it('undoes any random acceptance exactly, and keeps words the pen added around it since', () => {
    const random = seededRandom(11);
    const words = ['States', 'shall', 'should', 'migrants', 'access', 'and', 'rights', 'of', 'all', 'status'];
    const sentence = (n: number) => Array.from({ length: n }, () => random.pick(words)).join(' ');
    let clean = 0;
    for (let round = 0; round < 300; round++) {
      const original = sentence(4 + random.int(8));
      const changed = sentence(4 + random.int(8));
      expect(reverseAcceptedWording('OP1', { before: original, accepted: changed, current: changed })).toEqual({
        status: 'clean',
        text: original,
      });
      const result = reverseAcceptedWording('OP1', { before: original, accepted: changed, current: `Recalling ${changed} today` });
      if (result.status !== 'clean') continue;
      clean++;
      expect(result.text).toBe(`Recalling ${original} today`);
    }
    expect(clean).toBeGreaterThan(100);
  });
});
