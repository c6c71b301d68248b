/**
 * The Dropdown's search: an index built once per options change, queried per keystroke.
 * Pure: no React, no DOM.
 *
 * Matching: the query and each text are folded (foldText: case, accents, whitespace);
 * the folded query is split on spaces into words, and a text matches when every word
 * occurs in it as a substring (any order, overlaps allowed). A blank query matches all.
 *
 * Ranks, for order 'relevance' (best first; results are stable inside a rank):
 *   0 exact       the folded text equals the whole folded query;
 *   1 prefix      the folded text starts with the whole folded query;
 *   2 word-start  every query word occurs at the start of a word of the text (a word
 *                 starts at the text's start or after a character that is not a letter,
 *                 digit or mark: "saint-etienne" has words "saint" and "etienne");
 *   3 substring   any other match.
 * Each rank implies the next (an exact match is a prefix, a prefix puts every query word
 * at a word start), so a text's rank is the first one it meets.
 * Order 'original' returns the matches in the texts' own order.
 */
import { foldText } from './foldText.js';

export const RANK_EXACT = 0;
export const RANK_PREFIX = 1;
export const RANK_WORD_START = 2;
export const RANK_SUBSTRING = 3;

// Separates folded texts in the haystack; folding turns every '\n' into a space.
const SEPARATOR = '\n';

/**
 * texts[i] is option i's search text; anything but a string counts as ''.
 * Returns an opaque index; treat it as read-only.
 */
export function buildSearchIndex(texts) {
    const list = Array.isArray(texts) ? texts : [];
    const count = list.length;
    const folded = new Array(count);
    // starts[i]: where text i begins in the haystack; starts[count]: one past the end.
    const starts = new Int32Array(count + 1);
    let offset = SEPARATOR.length;
    for (let i = 0; i < count; i++) {
        const text = list[i];
        const foldedText = typeof text === 'string' ? foldText(text) : '';
        folded[i] = foldedText;
        starts[i] = offset;
        offset += foldedText.length + SEPARATOR.length;
    }
    starts[count] = offset;
    // One string holding every folded text: one indexOf scan finds a word in all of them.
    const haystack = SEPARATOR + folded.join(SEPARATOR) + SEPARATOR;
    return { count, folded, starts, haystack, lastQuery: '', lastMatches: null };
}

function isSearchIndex(index) {
    return (
        index !== null &&
        typeof index === 'object' &&
        typeof index.haystack === 'string' &&
        index.starts instanceof Int32Array &&
        Array.isArray(index.folded)
    );
}

function allIndices(count) {
    const result = new Array(count);
    for (let i = 0; i < count; i++) {
        result[i] = i;
    }
    return result;
}

/** The index of the text holding haystack position `position`, searching from text `from`. */
function textAt(starts, count, position, from) {
    let i = from;
    // Matches are usually close together: walk a few steps, then bisect.
    for (let steps = 0; steps < 8; steps++) {
        if (starts[i + 1] > position) {
            return i;
        }
        i++;
    }
    let low = i;
    let high = count - 1;
    while (low < high) {
        const middle = (low + high + 1) >> 1;
        if (starts[middle] <= position) {
            low = middle;
        } else {
            high = middle - 1;
        }
    }
    return low;
}

/** Indices of the texts holding every word, in the texts' own order. */
function scanAll(index, words) {
    const { count, folded, starts, haystack } = index;
    // The longest word is usually the rarest: it drives the scan, the others are checked.
    const driver = words[0];
    const matches = [];
    let position = haystack.indexOf(driver);
    let i = 0;
    while (position !== -1) {
        i = textAt(starts, count, position, i);
        if (words.length === 1 || containsAll(folded[i], words)) {
            matches.push(i);
        }
        // Continue after this text: one hit per text is enough.
        position = haystack.indexOf(driver, starts[i + 1]);
    }
    return matches;
}

function containsAll(text, words) {
    for (let k = 0; k < words.length; k++) {
        if (!text.includes(words[k])) {
            return false;
        }
    }
    return true;
}

/** Keeps the candidates (a superset of the answer, in order) holding every word. */
function filterCandidates(index, candidates, words) {
    const { folded } = index;
    const matches = [];
    for (let c = 0; c < candidates.length; c++) {
        const i = candidates[c];
        if (containsAll(folded[i], words)) {
            matches.push(i);
        }
    }
    return matches;
}

// ASCII letters and digits; anything else below 128 ends a word.
const ASCII_WORD_CHAR = new Uint8Array(128);
for (let code = 0; code < 128; code++) {
    const char = String.fromCharCode(code);
    ASCII_WORD_CHAR[code] = /[a-z0-9]/i.test(char) ? 1 : 0;
}
const WORD_CHAR = /[\p{L}\p{N}\p{M}]/u;

function startsWord(text, position) {
    if (position === 0) {
        return true;
    }
    const code = text.charCodeAt(position - 1);
    if (code < 128) {
        return ASCII_WORD_CHAR[code] === 0;
    }
    // The character before: a surrogate pair when it ends one, else one code unit.
    const isPairEnd =
        code >= 0xdc00 &&
        code <= 0xdfff &&
        position > 1 &&
        isHighSurrogate(text.charCodeAt(position - 2));
    const before = isPairEnd
        ? text.slice(position - 2, position)
        : text.charAt(position - 1);
    return !WORD_CHAR.test(before);
}

function isHighSurrogate(code) {
    return code >= 0xd800 && code <= 0xdbff;
}

function wordStartsSomeWord(text, word) {
    let position = text.indexOf(word);
    while (position !== -1) {
        if (startsWord(text, position)) {
            return true;
        }
        position = text.indexOf(word, position + 1);
    }
    return false;
}

/** The rank (RANK_*) of a folded text that matches the folded query and its words. */
export function rankOf(text, query, words) {
    if (text.startsWith(query)) {
        return text.length === query.length ? RANK_EXACT : RANK_PREFIX;
    }
    for (let k = 0; k < words.length; k++) {
        if (!wordStartsSomeWord(text, words[k])) {
            return RANK_SUBSTRING;
        }
    }
    return RANK_WORD_START;
}

function orderByRank(index, matches, query, words) {
    const { folded } = index;
    const buckets = [[], [], [], []];
    for (let m = 0; m < matches.length; m++) {
        const i = matches[m];
        buckets[rankOf(folded[i], query, words)].push(i);
    }
    return buckets[0].concat(buckets[1], buckets[2], buckets[3]);
}

/** The distinct words of a folded query, longest first. */
export function queryWords(foldedQuery) {
    const words = Array.from(new Set(foldedQuery.split(' ')));
    return words.sort((a, b) => b.length - a.length);
}

/**
 * Indices of the options matching `query`: order 'relevance' (default; dcc's 'index'
 * means the same) ranks them as described above, 'original' keeps their own order.
 * Never throws; a blank query returns every index in order.
 */
export function searchIndex(index, query, options) {
    if (!isSearchIndex(index)) {
        return [];
    }
    const order =
        options !== null && typeof options === 'object' ? options.order : undefined;
    const foldedQuery = foldText(query);
    if (foldedQuery === '') {
        return allIndices(index.count);
    }
    const words = queryWords(foldedQuery);
    let matches;
    if (foldedQuery === index.lastQuery) {
        matches = index.lastMatches;
    } else {
        // Typing forward only narrows the answer: a text holding every word of the new
        // query holds every word of a query it extends (each old word is a prefix of a
        // new one). So the previous matches are the candidates.
        matches =
            index.lastQuery !== '' && foldedQuery.startsWith(index.lastQuery)
                ? filterCandidates(index, index.lastMatches, words)
                : scanAll(index, words);
        index.lastQuery = foldedQuery;
        index.lastMatches = matches;
    }
    if (order === 'original') {
        return matches.slice();
    }
    return orderByRank(index, matches, foldedQuery, words);
}
