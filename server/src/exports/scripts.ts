/** The writing systems the exports set apart: Arabic reads right to left, Chinese breaks between characters. */
export const ARABIC = /[\u0600-\u06FF\u0750-\u077F\u08A0-\u08FF\uFB50-\uFDFF\uFE70-\uFEFF]/;
export const CJK =
  /[\u2E80-\u2FDF\u3000-\u303F\u3040-\u30FF\u3100-\u312F\u31A0-\u31FF\u3400-\u4DBF\u4E00-\u9FFF\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFFEF]/;
const LATIN_LETTER = /[A-Za-z\u00C0-\u024F\u0370-\u03FF\u0400-\u04FF]/;

/** Whether a paragraph reads right to left: its first letter is Arabic. */
export function isRightToLeft(text: string): boolean {
  for (const char of text) {
    if (ARABIC.test(char)) return true;
    if (LATIN_LETTER.test(char) || CJK.test(char)) return false;
  }
  return false;
}
