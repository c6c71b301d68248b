/**
 * The rank of each match of a query in a text index (textIndex.js), and the matches ordered
 * by rank (the ranks are defined at the top of searchIndex.js). Pure: no React, no DOM.
 */
import { occursAt } from './matching.js';
import { DIGIT_0, LETTER_A, isDigit, isLetter, startsWordAt } from './wordCharacters.js';

export const RANK_EXACT = 0;
export const RANK_PREFIX = 1;
export const RANK_WORD_START = 2;
export const RANK_SUBSTRING = 3;
const RANK_COUNT = 4;

function containsAtWordStart(codes, start, end, units) {
    const last = end - units.length;
    for (let p = start; p <= last; p++) {
        if (occursAt(codes, p, units) && startsWordAt(codes, start, p)) {
            return true;
        }
    }
    return false;
}

/** Whether no word of text i starts with the letter or digit `unit`, from the masks. */
function noWordStartsWith(index, i, unit) {
    if (isLetter(unit)) {
        return (index.wordStartLetters[i] & (1 << (unit - LETTER_A))) === 0;
    }
    if (isDigit(unit)) {
        return (index.wordStartDigits[i] & (1 << (unit - DIGIT_0))) === 0;
    }
    return false;
}

/** The rank of match i for the folded query (as code units) and its described words. */
function rankOf(index, i, query, words) {
    const { codes } = index;
    const start = index.starts[i];
    const end = index.starts[i + 1];
    const length = end - start;
    if (length >= query.length && occursAt(codes, start, query)) {
        return length === query.length ? RANK_EXACT : RANK_PREFIX;
    }
    for (let k = 0; k < words.length; k++) {
        const units = words[k].units;
        if (noWordStartsWith(index, i, units[0])) {
            return RANK_SUBSTRING;
        }
        if (words[k].masksDecide) {
            continue;
        }
        if (!containsAtWordStart(codes, start, end, units)) {
            return RANK_SUBSTRING;
        }
    }
    return RANK_WORD_START;
}

/**
 * The matches ordered by rank, stable inside a rank (a counting sort), as an Array.
 * `query` is the whole folded query as code units, `words` its described words.
 */
export function orderByRank(index, matches, query, words) {
    const ranks = new Uint8Array(matches.length);
    const next = new Int32Array(RANK_COUNT);
    for (let m = 0; m < matches.length; m++) {
        const rank = rankOf(index, matches[m], query, words);
        ranks[m] = rank;
        next[rank]++;
    }
    // From counts to where each rank's run begins.
    let begin = 0;
    for (let rank = 0; rank < RANK_COUNT; rank++) {
        const count = next[rank];
        next[rank] = begin;
        begin += count;
    }
    const ordered = new Array(matches.length);
    for (let m = 0; m < matches.length; m++) {
        ordered[next[ranks[m]]++] = matches[m];
    }
    return ordered;
}
