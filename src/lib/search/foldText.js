/**
 * Folds text for case- and accent-insensitive matching. Pure: no React, no DOM.
 *
 * Steps: lower-case; NFKD (splits accents off letters and also folds compatibility forms:
 * ligatures "ﬁ", full-width "Ａ", "①"...); drop non-spacing and enclosing marks (accents)
 * and invisible format characters (zero-width space, joiners, bidi marks, soft hyphen);
 * map letters NFKD does not split (ß, ø, æ, œ, ł, đ, þ, ı...); turn each run of
 * whitespace into one space; trim. Anything that is not a string folds to ''.
 */

// Letters with no canonical decomposition, and typographic variants people do not type.
const EXTRA_FOLDS = {
    ß: 'ss',
    ø: 'o',
    æ: 'ae',
    œ: 'oe',
    ł: 'l',
    đ: 'd',
    ð: 'd',
    þ: 'th',
    ħ: 'h',
    ı: 'i',
    ŧ: 't',
    ŋ: 'n',
    ĸ: 'k',
    ƒ: 'f',
    ƀ: 'b',
    ɓ: 'b',
    ƈ: 'c',
    ȼ: 'c',
    ɖ: 'd',
    ɗ: 'd',
    ɇ: 'e',
    ə: 'e',
    ǥ: 'g',
    ɠ: 'g',
    ɨ: 'i',
    ɉ: 'j',
    ƙ: 'k',
    ƚ: 'l',
    ɫ: 'l',
    ɍ: 'r',
    ʉ: 'u',
    ɏ: 'y',
    ƴ: 'y',
    ƶ: 'z',
    ȥ: 'z',
    ς: 'σ', // Greek final sigma: "ΟΔΟΣ" lower-cases to "οδος"
    '\u2018': "'",
    '\u2019': "'",
    '\u201b': "'",
    '\u02bc': "'",
    '\u2032': "'",
    '\u201c': '"',
    '\u201d': '"',
    '\u201e': '"',
    '\u2033': '"',
    '\u2010': '-',
    '\u2011': '-',
    '\u2012': '-',
    '\u2013': '-',
    '\u2014': '-',
    '\u2015': '-',
    '\u2212': '-',
};

const EXTRA_FOLDS_PATTERN = new RegExp(`[${Object.keys(EXTRA_FOLDS).join('')}]`, 'gu');
const MARKS_AND_FORMAT = /[\p{Mn}\p{Me}\p{Cf}]/gu;
const PRINTABLE_ASCII = /^[\x20-\x7e]*$/;
const WHITESPACE_RUN = /\s+/g;
// Only what needs the whitespace pass: a non-space blank, two spaces, or an edge space.
const NEEDS_SPACE_FOLD = /[^\S ]| {2}|^ | $/;

function foldLetter(letter) {
    return EXTRA_FOLDS[letter];
}

export function foldText(text) {
    if (typeof text !== 'string') {
        return '';
    }
    let folded;
    if (PRINTABLE_ASCII.test(text)) {
        // Fast path (most labels): nothing for NFKD or the marks pass to do.
        folded = text.toLowerCase();
    } else {
        folded = text
            .toLowerCase()
            .normalize('NFKD')
            // NFKD can produce capitals ("㎒" -> "MHz"): lower-case again.
            .toLowerCase()
            .replace(MARKS_AND_FORMAT, '')
            .replace(EXTRA_FOLDS_PATTERN, foldLetter);
    }
    return NEEDS_SPACE_FOLD.test(folded)
        ? folded.replace(WHITESPACE_RUN, ' ').trim()
        : folded;
}
