/**
 * Character classes of folded text, read code unit by code unit. Pure: no React, no DOM.
 * A word character is a letter, digit or mark (\p{L}, \p{N}, \p{M}); a word starts at the
 * text's start or after any other character.
 */

export const LETTER_A = 97;
export const DIGIT_0 = 48;

/** An ASCII lower-case letter (folded text has no capitals). */
export function isLetter(unit) {
    return unit >= LETTER_A && unit <= 122;
}

export function isDigit(unit) {
    return unit >= DIGIT_0 && unit <= 57;
}

function isHighSurrogate(unit) {
    return unit >= 0xd800 && unit <= 0xdbff;
}

function isLowSurrogate(unit) {
    return unit >= 0xdc00 && unit <= 0xdfff;
}

const WORD_CHARACTER = /[\p{L}\p{N}\p{M}]/u;
// ASCII by table; other code units learnt once (0 not yet seen, 1 word character, 2 not).
export const ASCII_WORD_UNIT = new Uint8Array(128);
for (let unit = 0; unit < 128; unit++) {
    ASCII_WORD_UNIT[unit] = /[a-z0-9]/i.test(String.fromCharCode(unit)) ? 1 : 0;
}
const WORD_UNIT = new Uint8Array(0x10000);

/** Whether the character ending with `unit` (preceded by `previous`, or -1) is a word character. */
export function endsWordCharacter(unit, previous) {
    if (unit < 128) {
        return ASCII_WORD_UNIT[unit] === 1;
    }
    if (isLowSurrogate(unit) && isHighSurrogate(previous)) {
        return WORD_CHARACTER.test(String.fromCharCode(previous, unit));
    }
    if (WORD_UNIT[unit] === 0) {
        WORD_UNIT[unit] = WORD_CHARACTER.test(String.fromCharCode(unit)) ? 1 : 2;
    }
    return WORD_UNIT[unit] === 1;
}

/** Whether a word starts at `position` of the text codes[start ..). */
export function startsWordAt(codes, start, position) {
    return (
        position === start ||
        !endsWordCharacter(
            codes[position - 1],
            position - 1 > start ? codes[position - 2] : -1
        )
    );
}
