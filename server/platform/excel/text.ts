/**
 * Text as people type it into spreadsheets: full-width digits and letters (ＡＢＣ１２３), ideographic
 * spaces, non-breaking spaces, stray line breaks. NFKC folds the full-width forms to ASCII.
 */
export function normalizeText(input: string): string {
  return input
    .normalize('NFKC')
    .replace(/[\u200B-\u200D\uFEFF]/g, '')
    .replace(/[\s\u00A0\u3000]+/g, ' ')
    .trim();
}

/**
 * Header comparison key: no spaces at all, no required marker (* or ＊, "（必填）"), parentheses
 * and case folded, so "＊ 统一社会信用代码" and "统一社会信用代码(必填)" match.
 */
export function headerKey(input: string): string {
  return normalizeText(input)
    .replace(/\s+/g, '')
    .replace(/^\*+/, '')
    .replace(/[(（]必填[)）]$/, '')
    .replace(/\*+$/, '')
    .toLowerCase();
}

/** Lookup key for dictionary labels: like headerKey but keeps inner markers. */
export function labelKey(input: string): string {
  return normalizeText(input).replace(/\s+/g, '').toLowerCase();
}
