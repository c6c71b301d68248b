/**
 * The bit masks that let a query skip, with a few integer operations, every text that cannot
 * hold it. Pure: no React, no DOM.
 *   letters   bit k: holds the letter a + k (exact);
 *   others    bits 0-9: holds the digit k (exact); bits 10-31: holds some other code unit
 *             hashing to that bit (a hint);
 *   pairs     PAIR_INTS ints: a 256-bit Bloom filter of the adjacent pairs of letters, digits
 *             and non-ASCII characters (a hint).
 * A text holding a word holds each of its characters and adjacent pairs, so the masks never
 * drop a match; reading the text decides what the hints let through.
 */
import {
    ASCII_WORD_UNIT,
    DIGIT_0,
    LETTER_A,
    isDigit,
    isLetter,
} from './wordCharacters.js';

export const PAIR_INTS = 8;

/** The letters bit of a code unit, or 0. */
export function letterBit(unit) {
    return isLetter(unit) ? 1 << (unit - LETTER_A) : 0;
}

/** The others bit of a code unit that is not a letter: its digit, or its hash. */
export function otherBit(unit) {
    return isDigit(unit) ? 1 << (unit - DIGIT_0) : 1 << (10 + (unit % 22));
}

// Pairs with spaces or ASCII punctuation are left out: ", " is in almost every text and
// would only fill the buckets.
export function isHintedUnit(unit) {
    return unit >= 128 || ASCII_WORD_UNIT[unit] === 1;
}

/** Sets the pair (previous, unit) in the Bloom filter bits[offset .. offset + PAIR_INTS). */
export function addPair(bits, offset, previous, unit) {
    const bucket = (previous * 41 + unit) & 255;
    bits[offset + (bucket >> 5)] |= 1 << (bucket & 31);
    const otherBucket = (previous * 7 + unit * 29 + 3) & 255;
    bits[offset + (otherBucket >> 5)] |= 1 << (otherBucket & 31);
}
