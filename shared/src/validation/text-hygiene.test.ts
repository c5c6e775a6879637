import { describe, expect, it } from 'vitest';
import { checkText, cleanString, cleanText, hasLoneSurrogate, isInvisible } from './text-hygiene.ts';
import { createUserInput, loginInput } from './auth.ts';
import { proposalJustification, proposalParagraphText, proposalReason, rejectProposalInput } from './proposals.ts';
import { messageBody, threadListQuery } from './threads.ts';

const BIDI_CONTROLS = ['\u202A', '\u202B', '\u202C', '\u202D', '\u202E', '\u2066', '\u2067', '\u2068', '\u2069'];

const INVISIBLE_ONLY = {
  empty: '',
  spaces: '   ',
  'tabs and newlines': '\t\n\r\n',
  'no-break and ideographic spaces': '\u00A0\u3000\u202F',
  'zero-width space': '\u200B',
  'zero-width non-joiner': '\u200C',
  'zero-width joiner': '\u200D',
  'word joiner': '\u2060',
  'byte order mark': '\uFEFF',
  'soft hyphen': '\u00AD',
  'combining grapheme joiner': '\u034F',
  'left-to-right and right-to-left marks': '\u200E\u200F',
  'Hangul filler': '\u3164',
  'Mongolian vowel separator': '\u180E',
  'variation selector': '\uFE0F',
  'tag characters': '\u{E0041}\u{E007F}',
  'blank braille pattern': '\u2800',
  'a bidi override alone': '\u202E',
  'a mix of them': ' \u200B\u2060\uFEFF\u00AD \u200D ',
};

const KEPT = {
  emoji: 'We welcome 👍🏽 this',
  'emoji joined by ZWJ': '👩‍👩‍👧 families',
  'flag emoji': 'Text 🇲🇽 agreed',
  'emoji with variation selector': 'Noted ❤️',
  Arabic: 'الاتفاق العالمي من أجل الهجرة الآمنة',
  'Arabic with a right-to-left mark': 'المادة 12\u200F (أ)',
  Hebrew: 'הסכם גלובלי',
  Chinese: '安全、有序和正常移民全球契约',
  'composed accents': 'Côte d’Ivoire, Türkiye',
  'combining marks without a composed form': 'q\u0307\u0323 and Devanagari हिन्दी',
  'a supplementary-plane CJK character': '𠮷野家',
};

describe('cleanText', () => {
  it('normalises to NFC so that the same words compare equal', () => {
    const decomposed = 'Co\u0302te d’Ivoire, re\u0301fugie\u0301s';
    expect(decomposed).not.toBe('C\u00F4te d’Ivoire, r\u00E9fugi\u00E9s');
    expect(cleanText(decomposed)).toBe('C\u00F4te d’Ivoire, r\u00E9fugi\u00E9s');
    expect(cleanText('\u212B')).toBe('\u00C5');
  });

  it.each(BIDI_CONTROLS)('removes the bidi control U+%s', (control) => {
    expect(cleanText(`shall ${control}tnemdnema${control} apply`)).toBe('shall tnemdnema apply');
    expect(cleanText(control)).toBe('');
  });

  it('composes a base letter and its accent once a control between them is gone', () => {
    expect(cleanText('e\u202E\u0301')).toBe('é');
  });

  it.each(Object.entries(KEPT))('keeps %s unchanged', (_, text) => {
    expect(cleanText(text)).toBe(text.normalize('NFC'));
    expect(checkText(text, { required: true })).toBeNull();
  });

  it('keeps ordinary newlines', () => {
    expect(cleanText('First point.\n\nSecond point.')).toBe('First point.\n\nSecond point.');
  });
});

describe('isInvisible', () => {
  it.each(Object.entries(INVISIBLE_ONLY))('sees %s as showing nothing', (_, text) => {
    expect(isInvisible(text)).toBe(true);
    expect(checkText(text, { required: true })).toBe('invisible-only');
    expect(checkText(text)).toBeNull();
  });

  it('sees one visible character among invisible ones', () => {
    expect(isInvisible('\u200B.\u200B')).toBe(false);
    expect(isInvisible('\u00A0x')).toBe(false);
  });
});

describe('lone surrogates', () => {
  it.each([
    ['a lone high surrogate', 'text \uD800 here'],
    ['a lone low surrogate', 'text \uDC00 here'],
    ['a high surrogate at the end', 'text\uDBFF'],
    ['a low surrogate at the start', '\uDFFFtext'],
    ['two high surrogates in a row', '\uD83D\uD83D'],
    ['a reversed pair', '\uDE00\uD83D'],
  ])('refuses %s', (_, text) => {
    expect(hasLoneSurrogate(text)).toBe(true);
    expect(checkText(text)).toBe('lone-surrogate');
    const result = messageBody.safeParse(text);
    expect(result.success).toBe(false);
    expect(result.error?.issues).toHaveLength(1);
    expect(result.error?.issues[0]?.message).toMatch(/unpaired UTF-16 surrogate/);
  });

  it('accepts surrogate pairs', () => {
    expect(hasLoneSurrogate('😀 \uD83D\uDE00 𠮷')).toBe(false);
  });
});

describe('cleanString', () => {
  const field = cleanString({ max: 5, maxMessage: 'Too long.', required: 'Say something.' });

  it('cleans, trims, then checks length: controls and decomposed letters do not count', () => {
    expect(field.parse('  \u202Eabc\u202C  ')).toBe('abc');
    expect(field.parse('e\u0301e\u0301e\u0301e\u0301e\u0301')).toBe('ééééé');
    expect(field.safeParse('abcdef').error?.issues[0]?.message).toBe('Too long.');
  });

  it('refuses a required field that shows nothing, with its own message', () => {
    expect(field.safeParse('\u200B\u200D\u2060').error?.issues.map((i) => i.message)).toEqual(['Say something.']);
  });

  it('accepts an empty optional field', () => {
    expect(cleanString({ max: 5 }).parse('\u202E ')).toBe('');
  });
});

describe('every free-text input', () => {
  const fields = {
    'proposal text': proposalParagraphText,
    justification: proposalJustification,
    reason: proposalReason,
    'comment body': messageBody,
  };

  it.each(Object.entries(fields))('cleans the %s and refuses a lone surrogate', (_, schema) => {
    expect(schema.parse('\u202Eshall\u202C apply'.normalize('NFD'))).toBe('shall apply');
    expect(schema.safeParse('shall \uD800').success).toBe(false);
  });

  it('refuses required fields made of zero-width characters', () => {
    expect(proposalParagraphText.safeParse('\u200B\u200B').success).toBe(false);
    expect(messageBody.safeParse('\uFEFF\u200C').success).toBe(false);
    expect(rejectProposalInput.safeParse({ reason: '\u2060' }).success).toBe(false);
    const user = { email: 'a@b.org', password: 'long enough for the policy', stakeholderId: 'FRA', role: 'delegate' };
    expect(createUserInput.safeParse({ ...user, name: '\u200B' }).success).toBe(false);
    expect(createUserInput.parse({ ...user, name: ' Jane \u202EDoe ' }).name).toBe('Jane Doe');
  });

  it('cleans search words the same way as the stored text', () => {
    expect(threadListQuery.parse({ q: 're\u0301fugie\u0301s' }).q).toBe('réfugiés');
  });

  it('leaves passwords exactly as typed', () => {
    const password = ' pa\u202Ess\u0301word\u200B ';
    expect(loginInput.parse({ email: 'a@b.org', password }).password).toBe(password);
  });
});
