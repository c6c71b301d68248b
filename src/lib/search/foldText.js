/**
 * Folds text for case- and accent-insensitive matching. Pure: no React, no DOM.
 *
 * Each character (code point) is folded on its own: lower-cased; NFKD-decomposed, which
 * splits accents off letters and also folds compatibility forms (ligatures "ﬁ", full-width
 * "Ａ", "①", "㎒"); stripped of non-spacing and enclosing marks (accents) and of invisible
 * format characters (zero-width space, joiners, bidi marks, soft hyphen); letters NFKD does
 * not split are mapped by the fold table (ß, ø, æ, œ, ł, đ, þ, ı...); lone surrogate halves become U+FFFD.
 * Then each run of whitespace becomes one space, and the ends are trimmed.
 * Anything that is not a string folds to ''. foldText(foldText(s)) === foldText(s).
 *
 * Folding character by character, with a table filled on first sight of each character,
 * spares a normalize() and regular-expression pass per text.
 */
import FOLD_TABLE from '../../../my_components/search_folds.json' with { type: 'json' };

// The fold table, one data file shared with the Python search (my_components/search_fold.py).
const EXTRA_FOLDS = FOLD_TABLE.letters;
const EXTRA_FOLDS_PATTERN = new RegExp(`[${Object.keys(EXTRA_FOLDS).join('')}]`, 'gu');
const MARKS_AND_FORMAT = /[\p{Mn}\p{Me}\p{Cf}]/gu;
const WHITESPACE = new RegExp(
    `[${FOLD_TABLE.spaces.map((hex) => `\\u${hex}`).join('')}]`,
    'g'
);
const SPACE = 32;
const REPLACEMENT_CHARACTER = '\ufffd';

function isSurrogate(code) {
    return code >= 0xd800 && code <= 0xdfff;
}

function isHighSurrogate(code) {
    return code >= 0xd800 && code <= 0xdbff;
}

function isLowSurrogate(code) {
    return code >= 0xdc00 && code <= 0xdfff;
}

/**
 * One character's fold, the slow way (computed once per distinct character). Its result
 * folds to itself (a test checks every character of the BMP and the compatibility blocks
 * beyond), which makes foldText idempotent.
 */
function foldCharacter(character) {
    if (character.length === 1 && isSurrogate(character.charCodeAt(0))) {
        return REPLACEMENT_CHARACTER;
    }
    return (
        character
            .toLowerCase()
            .normalize('NFKD')
            // NFKD can produce capitals ("㎒" -> "MHz"): lower-case again.
            .toLowerCase()
            .replace(MARKS_AND_FORMAT, '')
            .replace(EXTRA_FOLDS_PATTERN, (letter) => EXTRA_FOLDS[letter])
            .replace(WHITESPACE, ' ')
    );
}

function codeUnits(text) {
    const units = new Array(text.length);
    for (let k = 0; k < text.length; k++) {
        units[k] = text.charCodeAt(k);
    }
    return units;
}

// Fold tables: ASCII up front; other code units and code points learnt on first sight.
// A code unit folds to one unit (SINGLE_FOLD[code] >= 0) or to MULTIPLE (0, 2 or more).
const UNKNOWN = -1;
const MULTIPLE = -2;
const ASCII_FOLD = new Uint16Array(128);
for (let code = 0; code < 128; code++) {
    ASCII_FOLD[code] = foldCharacter(String.fromCharCode(code)).charCodeAt(0);
}
const SINGLE_FOLD = new Int32Array(0x10000).fill(UNKNOWN);
const MULTIPLE_FOLDS = new Map(); // code unit -> array of folded code units
const ASTRAL_FOLDS = new Map(); // code point beyond U+FFFF -> array of folded code units

function learnCodeUnit(code) {
    const folded = foldCharacter(String.fromCharCode(code));
    if (folded.length === 1) {
        SINGLE_FOLD[code] = folded.charCodeAt(0);
    } else {
        SINGLE_FOLD[code] = MULTIPLE;
        MULTIPLE_FOLDS.set(code, codeUnits(folded));
    }
    return SINGLE_FOLD[code];
}

function astralFold(codePoint) {
    let units = ASTRAL_FOLDS.get(codePoint);
    if (units === undefined) {
        units = codeUnits(foldCharacter(String.fromCodePoint(codePoint)));
        ASTRAL_FOLDS.set(codePoint, units);
    }
    return units;
}

// The output buffer of appendFolded; grown on demand.
let buffer = new Uint16Array(1024);

function reserve(capacity) {
    if (capacity > buffer.length) {
        const grown = new Uint16Array(Math.max(capacity, buffer.length * 2));
        grown.set(buffer);
        buffer = grown;
    }
}

/**
 * Writes the folded code units of `text` into `buffer` from `position`; returns the end.
 * Spaces are held back until a non-space follows, which collapses runs and trims.
 */
function appendFolded(text, position) {
    const length = text.length;
    reserve(position + length + 1);
    // A local: the hot loop should not reload the module's binding for every unit.
    let out = buffer;
    const start = position;
    let pendingSpace = false;
    for (let k = 0; k < length; k++) {
        const code = text.charCodeAt(k);
        let single;
        let units = null;
        if (code < 128) {
            single = ASCII_FOLD[code];
        } else if (
            isHighSurrogate(code) &&
            k + 1 < length &&
            isLowSurrogate(text.charCodeAt(k + 1))
        ) {
            units = astralFold(text.codePointAt(k));
            k++;
        } else {
            single = SINGLE_FOLD[code];
            if (single === UNKNOWN) {
                single = learnCodeUnit(code);
            }
            if (single === MULTIPLE) {
                units = MULTIPLE_FOLDS.get(code);
            }
        }
        if (units === null) {
            if (single === SPACE) {
                pendingSpace = position > start;
            } else {
                if (pendingSpace) {
                    out[position++] = SPACE;
                    pendingSpace = false;
                }
                out[position++] = single;
            }
            continue;
        }
        reserve(position + units.length + (length - k) + 1);
        out = buffer;
        for (let u = 0; u < units.length; u++) {
            if (units[u] === SPACE) {
                pendingSpace = position > start;
            } else {
                if (pendingSpace) {
                    out[position++] = SPACE;
                    pendingSpace = false;
                }
                out[position++] = units[u];
            }
        }
    }
    return position;
}

const CHUNK = 8192;

function unitsToString(units, from, to) {
    let text = '';
    for (let chunkStart = from; chunkStart < to; chunkStart += CHUNK) {
        const chunk = units.subarray(chunkStart, Math.min(to, chunkStart + CHUNK));
        text += String.fromCharCode.apply(null, chunk);
    }
    return text;
}

export function foldText(text) {
    if (typeof text !== 'string') {
        return '';
    }
    const end = appendFolded(text, 0);
    return unitsToString(buffer, 0, end);
}

/**
 * Folds many texts at once (anything but a string counts as '') into one array of code
 * units: text i's fold, equal to foldText(texts[i]), is codes[starts[i]] up to (not
 * including) codes[starts[i + 1]]. No string per text is made: the search reads the codes.
 */
export function foldTexts(texts) {
    const count = texts.length;
    const starts = new Int32Array(count + 1);
    let total = 0;
    for (let i = 0; i < count; i++) {
        if (typeof texts[i] === 'string') {
            total += texts[i].length;
        }
    }
    // Some characters fold longer ("ß" -> "ss"): room for that, so the buffer rarely grows.
    reserve(total + (total >> 3) + 16);
    let position = 0;
    for (let i = 0; i < count; i++) {
        starts[i] = position;
        const text = texts[i];
        if (typeof text === 'string') {
            position = appendFolded(text, position);
        }
    }
    starts[count] = position;
    // Hand the buffer over to the caller; later folds get a fresh one.
    const codes = buffer.subarray(0, position);
    buffer = new Uint16Array(1024);
    return { codes, starts };
}
