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
 *
 * Speed: the texts are folded once, into one array of code units (no string per text),
 * and each text gets a few bit masks, so that a query skips with a few integer operations
 * every text that cannot match and reads only the rest:
 *   letters           bit k: holds the letter a + k (exact);
 *   others            bits 0-9: holds the digit k (exact); bits 10-31: holds some other
 *                     code unit hashing to that bit (a hint);
 *   wordStartLetters, wordStartDigits: the same exact bits, for the letters and digits
 *                     that start a word (these rank a one-character query unread);
 *   pairs             8 ints per text: a 256-bit Bloom filter of the adjacent pairs of
 *                     letters, digits and non-ASCII characters (a hint: in the
 *                     benchmark's labels, 1 text in 100 on average passes for a pair
 *                     it does not hold).
 * A text holding a query word holds each of its characters and adjacent pairs, so the
 * masks never drop a match; reading the text decides what the hints let through.
 * Typing forward reuses the previous matches as the only candidates.
 */
import { foldText, foldTexts } from './foldText.js';

export const RANK_EXACT = 0;
export const RANK_PREFIX = 1;
export const RANK_WORD_START = 2;
export const RANK_SUBSTRING = 3;

const LETTER_A = 97;
const DIGIT_0 = 48;

function isLetter(unit) {
    return unit >= LETTER_A && unit <= 122;
}

function isDigit(unit) {
    return unit >= DIGIT_0 && unit <= 57;
}

function otherBit(unit) {
    return 1 << (10 + (unit % 22));
}

function isHighSurrogate(unit) {
    return unit >= 0xd800 && unit <= 0xdbff;
}

function isLowSurrogate(unit) {
    return unit >= 0xdc00 && unit <= 0xdfff;
}

// Word characters: letters, digits, marks. ASCII by table, other code units learnt once
// (0 not yet seen, 1 word character, 2 not).
const WORD_CHARACTER = /[\p{L}\p{N}\p{M}]/u;
const ASCII_WORD_UNIT = new Uint8Array(128);
for (let unit = 0; unit < 128; unit++) {
    ASCII_WORD_UNIT[unit] = /[a-z0-9]/i.test(String.fromCharCode(unit)) ? 1 : 0;
}
const WORD_UNIT = new Uint8Array(0x10000);

/** Whether the character ending with `unit` (preceded by `previous`, or -1) is a word character. */
function endsWordCharacter(unit, previous) {
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

// Pair hint: a 256-bit Bloom filter per text (8 ints), two buckets per pair.
const PAIR_INTS = 8;

function pairBucket(previous, unit) {
    return (previous * 41 + unit) & 255;
}

function otherPairBucket(previous, unit) {
    return (previous * 7 + unit * 29 + 3) & 255;
}

// Pairs with spaces or ASCII punctuation are left out: ", " is in almost every text and
// would only fill the buckets.
function isHintedUnit(unit) {
    return unit >= 128 || ASCII_WORD_UNIT[unit] === 1;
}

function addPair(bits, offset, previous, unit) {
    const bucket = pairBucket(previous, unit);
    bits[offset + (bucket >> 5)] |= 1 << (bucket & 31);
    const otherBucket = otherPairBucket(previous, unit);
    bits[offset + (otherBucket >> 5)] |= 1 << (otherBucket & 31);
}

/**
 * texts[i] is option i's search text; anything but a string counts as ''.
 * Returns an opaque index; treat it as read-only.
 */
export function buildSearchIndex(texts) {
    const list = Array.isArray(texts) ? texts : [];
    const count = list.length;
    const { codes, starts } = foldTexts(list);
    const letters = new Int32Array(count);
    const others = new Int32Array(count);
    const wordStartLetters = new Int32Array(count);
    const wordStartDigits = new Int32Array(count);
    const pairs = new Int32Array(count * PAIR_INTS);
    for (let i = 0; i < count; i++) {
        const end = starts[i + 1];
        let letterBits = 0;
        let otherBits = 0;
        let wordStartLetterBits = 0;
        let wordStartDigitBits = 0;
        let previous = -1;
        let previousHinted = false;
        let afterWordCharacter = false;
        for (let p = starts[i]; p < end; p++) {
            const unit = codes[p];
            // Letters and digits first: most units are, and they need no look-up.
            let hinted = true;
            let wordCharacter = true;
            if (isLetter(unit)) {
                const bit = 1 << (unit - LETTER_A);
                letterBits |= bit;
                if (!afterWordCharacter) {
                    wordStartLetterBits |= bit;
                }
            } else if (isDigit(unit)) {
                const bit = 1 << (unit - DIGIT_0);
                otherBits |= bit;
                if (!afterWordCharacter) {
                    wordStartDigitBits |= bit;
                }
            } else {
                otherBits |= otherBit(unit);
                hinted = isHintedUnit(unit);
                wordCharacter = endsWordCharacter(unit, previous);
            }
            if (hinted && previousHinted) {
                addPair(pairs, i * PAIR_INTS, previous, unit);
            }
            afterWordCharacter = wordCharacter;
            previousHinted = hinted;
            previous = unit;
        }
        letters[i] = letterBits;
        others[i] = otherBits;
        wordStartLetters[i] = wordStartLetterBits;
        wordStartDigits[i] = wordStartDigitBits;
    }
    return {
        count,
        codes,
        starts,
        letters,
        others,
        wordStartLetters,
        wordStartDigits,
        pairs,
        // The last query's matches, in order (the candidates when typing forward).
        lastQuery: '',
        lastMatches: null,
        // By code unit, each letter's and digit's answer, once computed in idle time
        // (precomputeOneCharacterAnswers): { matches, ordered } or null.
        oneCharacter: new Array(LETTER_A + 26).fill(null),
        // After a one-character query, the answers of the two-character queries extending
        // it, being computed in idle time (precomputeNextCharacter): see startNextCharacterScan.
        nextCharacter: null,
    };
}

function isSearchIndex(index) {
    return (
        index !== null &&
        typeof index === 'object' &&
        index.codes instanceof Uint16Array &&
        index.starts instanceof Int32Array &&
        index.letters instanceof Int32Array &&
        index.starts.length === index.count + 1
    );
}

/** A query word, with what the masks must hold for a text to contain it. */
function describeWord(text) {
    const units = new Uint16Array(text.length);
    let letters = 0;
    let others = 0;
    const pairs = new Int32Array(PAIR_INTS);
    for (let k = 0; k < text.length; k++) {
        const unit = text.charCodeAt(k);
        units[k] = unit;
        if (isLetter(unit)) {
            letters |= 1 << (unit - LETTER_A);
        } else if (isDigit(unit)) {
            others |= 1 << (unit - DIGIT_0);
        } else {
            others |= otherBit(unit);
        }
        if (k > 0 && isHintedUnit(units[k - 1]) && isHintedUnit(unit)) {
            addPair(pairs, 0, units[k - 1], unit);
        }
    }
    const first = units[0];
    // One letter or digit: the masks alone say whether a text holds it.
    const masksDecide = units.length === 1 && (isLetter(first) || isDigit(first));
    return { units, letters, others, pairs, masksDecide };
}

/** The distinct words of a folded query, longest first (the rarest, checked first). */
export function queryWords(foldedQuery) {
    const words = Array.from(new Set(foldedQuery.split(' ')));
    return words.sort((a, b) => b.length - a.length);
}

/** Whether `units` occur in codes[start .. end) at `position`. */
function occursAt(codes, position, units) {
    for (let k = 1; k < units.length; k++) {
        if (codes[position + k] !== units[k]) {
            return false;
        }
    }
    return codes[position] === units[0];
}

function contains(codes, start, end, units) {
    const first = units[0];
    const last = end - units.length;
    if (units.length === 2) {
        // The common short word, without occursAt's loop.
        const second = units[1];
        for (let p = start; p <= last; p++) {
            if (codes[p] === first && codes[p + 1] === second) {
                return true;
            }
        }
        return false;
    }
    for (let p = start; p <= last; p++) {
        if (codes[p] === first && occursAt(codes, p, units)) {
            return true;
        }
    }
    return false;
}

function startsWordAt(codes, start, position) {
    return (
        position === start ||
        !endsWordCharacter(
            codes[position - 1],
            position - 1 > start ? codes[position - 2] : -1
        )
    );
}

function containsAtWordStart(codes, start, end, units) {
    const first = units[0];
    const last = end - units.length;
    for (let p = start; p <= last; p++) {
        if (
            codes[p] === first &&
            occursAt(codes, p, units) &&
            startsWordAt(codes, start, p)
        ) {
            return true;
        }
    }
    return false;
}

/**
 * Indices of the texts holding every word (an Int32Array), in the texts' own order; only among
 * `candidates` (indices in increasing order) when given, else among the first `limit` texts
 * (always passed: a default value would be code the warm-up never ran, and the first real
 * query would throw away the optimised code for it).
 */
function findMatches(index, words, candidates, limit) {
    const { codes, starts, letters, others, pairs } = index;
    let needLetters = 0;
    let needOthers = 0;
    const needPairs = new Int32Array(PAIR_INTS);
    for (const word of words) {
        needLetters |= word.letters;
        needOthers |= word.others;
        for (let k = 0; k < PAIR_INTS; k++) {
            needPairs[k] |= word.pairs[k];
        }
    }
    // Only the pair ints the query needs are checked.
    const pairChecks = [];
    for (let k = 0; k < PAIR_INTS; k++) {
        if (needPairs[k] !== 0) {
            pairChecks.push(k, needPairs[k]);
        }
    }
    const checkCount = pairChecks.length;
    const masksDecide = words.every((word) => word.masksDecide);
    const total = candidates === null ? limit : candidates.length;
    // A typed array, not push(): a growing array of 100,000 is copied again and again.
    const matches = new Int32Array(total);
    let found = 0;
    for (let c = 0; c < total; c++) {
        const i = candidates === null ? c : candidates[c];
        if (
            (letters[i] & needLetters) !== needLetters ||
            (others[i] & needOthers) !== needOthers
        ) {
            continue;
        }
        let hinted = true;
        for (let k = 0; k < checkCount; k += 2) {
            const need = pairChecks[k + 1];
            if ((pairs[i * PAIR_INTS + pairChecks[k]] & need) !== need) {
                hinted = false;
                break;
            }
        }
        if (!hinted) {
            continue;
        }
        if (masksDecide || containsAll(codes, starts[i], starts[i + 1], words)) {
            matches[found++] = i;
        }
    }
    return matches.subarray(0, found);
}

function containsAll(codes, start, end, words) {
    for (let k = 0; k < words.length; k++) {
        if (!contains(codes, start, end, words[k].units)) {
            return false;
        }
    }
    return true;
}

/** The rank (RANK_*) of match i for the folded query (as code units) and its words. */
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
        const first = units[0];
        // The masks say when no word of the text starts with this letter or digit.
        if (isLetter(first)) {
            if ((index.wordStartLetters[i] & (1 << (first - LETTER_A))) === 0) {
                return RANK_SUBSTRING;
            }
            if (units.length === 1) {
                continue;
            }
        } else if (isDigit(first)) {
            if ((index.wordStartDigits[i] & (1 << (first - DIGIT_0))) === 0) {
                return RANK_SUBSTRING;
            }
            if (units.length === 1) {
                continue;
            }
        }
        if (!containsAtWordStart(codes, start, end, units)) {
            return RANK_SUBSTRING;
        }
    }
    return RANK_WORD_START;
}

/**
 * rankOf for a one-letter or one-digit query, from the masks and first units alone: the
 * query's first keystroke, with the most matches, is the one that must be fastest.
 */
function rankOneCharacter(index, matches, unit, ranks, counts) {
    const { codes, starts } = index;
    const letter = isLetter(unit);
    const wordStarts = letter ? index.wordStartLetters : index.wordStartDigits;
    const bit = 1 << (unit - (letter ? LETTER_A : DIGIT_0));
    for (let m = 0; m < matches.length; m++) {
        const i = matches[m];
        const start = starts[i];
        let rank;
        if (codes[start] === unit) {
            rank = starts[i + 1] - start === 1 ? RANK_EXACT : RANK_PREFIX;
        } else {
            rank = (wordStarts[i] & bit) === 0 ? RANK_SUBSTRING : RANK_WORD_START;
        }
        ranks[m] = rank;
        counts[rank]++;
    }
}

/** The matches ordered by rank, stable inside a rank (a counting sort), as an Array. */
function orderByRank(index, matches, query, words) {
    const ranks = new Uint8Array(matches.length);
    const next = new Int32Array(4);
    // Only when the whole query is that character: "3 3" has one word but ranks as "3 3".
    if (query.length === 1 && words[0].masksDecide) {
        rankOneCharacter(index, matches, query[0], ranks, next);
    } else {
        for (let m = 0; m < matches.length; m++) {
            const rank = rankOf(index, matches[m], query, words);
            ranks[m] = rank;
            next[rank]++;
        }
    }
    // From counts to where each rank's run begins.
    next[3] = next[0] + next[1] + next[2];
    next[2] = next[0] + next[1];
    next[1] = next[0];
    next[0] = 0;
    const ordered = new Array(matches.length);
    for (let m = 0; m < matches.length; m++) {
        ordered[next[ranks[m]]++] = matches[m];
    }
    return ordered;
}

function toArray(indices) {
    const array = new Array(indices.length);
    for (let k = 0; k < indices.length; k++) {
        array[k] = indices[k];
    }
    return array;
}

function allIndices(count) {
    const result = new Array(count);
    for (let i = 0; i < count; i++) {
        result[i] = i;
    }
    return result;
}

// Enough calls for V8 to optimise the per-text functions, a fraction of a 100,000 index; and
// more than 16,380 texts, so a one-letter query's result is longer than V8's optimised code
// assumes of `new Array(length)` when it has only seen short ones (it would drop that code
// at the first real query over 100,000 options, which then ran several times slower).
export const WARM_UP_SAMPLE = 20000;

/**
 * Runs the per-keystroke code as typing does (1 character over the texts, then 2 and 3 over
 * the previous matches) on the first `sample` texts, so the JIT has compiled it, with the
 * types real queries bring, before the first real keystroke: cold, the first queries over
 * 100,000 texts take several times longer than warm ones. Leaves the index's state (the last
 * query) untouched. Returns how many queries it ran.
 */
export function warmUpSearch(index, sample = WARM_UP_SAMPLE) {
    if (!isSearchIndex(index) || index.count === 0) {
        return 0;
    }
    const size = Math.min(index.count, sample);
    let text = 0;
    while (text < size - 1 && index.starts[text + 1] - index.starts[text] < 3) {
        text++;
    }
    const start = index.starts[text];
    const end = index.starts[text + 1];
    let candidates = null;
    let ran = 0;
    for (let length = 1; length <= 3 && start + length <= end; length++) {
        const query = String.fromCharCode(...index.codes.subarray(start, start + length));
        if (query.trim() !== query) {
            break;
        }
        const words = queryWords(query).map(describeWord);
        candidates = findMatches(index, words, candidates, size);
        orderByRank(index, candidates, describeWord(query).units, words);
        ran++;
    }
    return ran;
}

// The one-character queries answered ahead: every letter and digit.
const ONE_CHARACTER_UNITS = [];
for (let unit = LETTER_A; unit < LETTER_A + 26; unit++) {
    ONE_CHARACTER_UNITS.push(unit);
}
for (let unit = DIGIT_0; unit <= 57; unit++) {
    ONE_CHARACTER_UNITS.push(unit);
}

/**
 * Answers every one-letter and one-digit query ahead of time, kept in the index: the first
 * keystroke, which matches the most options, then only copies its answer (at 100,000
 * options its search took about 4 ms; the answers take a few MB). Computes answers while
 * `hasTime()` says so, at least one per call; returns whether all are there. Leaves the
 * index's state (the last query) untouched.
 */
export function precomputeOneCharacterAnswers(index, hasTime = () => true) {
    if (!isSearchIndex(index)) {
        return true;
    }
    let computed = 0;
    for (const unit of ONE_CHARACTER_UNITS) {
        if (index.oneCharacter[unit] !== null) {
            continue;
        }
        if (computed > 0 && !hasTime()) {
            return false;
        }
        oneCharacterAnswer(index, unit);
        computed++;
    }
    return true;
}

/** The answer of the one-letter or one-digit query `unit`, computed and kept if not yet. */
function oneCharacterAnswer(index, unit) {
    if (index.oneCharacter[unit] === null) {
        const word = describeWord(String.fromCharCode(unit));
        // a copy the size of the answer: findMatches's is a view of an array of every text
        const matches = findMatches(index, [word], null, index.count).slice();
        const ordered = orderByRank(index, matches, word.units, [word]);
        index.oneCharacter[unit] = { matches, ordered };
    }
    return index.oneCharacter[unit];
}

function isLetterOrDigit(unit) {
    return isLetter(unit) || isDigit(unit);
}

/**
 * After a one-letter or one-digit query, in the pause before the next keystroke: the answer
 * of every two-character query that extends it ("m" -> "ma", "mo", ...), so the second
 * keystroke (still many matches at 100,000 options) only copies it. One pass over the first
 * query's matches finds every such query's matches, then each is ranked, the longest first;
 * both go on while `hasTime()` says so (about a millisecond of work between two asks, at
 * least one such step per call; calls for the same first character go on where the last
 * stopped). Returns whether every answer is there (true when there is nothing to do).
 * Leaves the index's state (the last query) untouched.
 */
export function precomputeNextCharacter(index, query, hasTime = () => true) {
    if (!isSearchIndex(index) || typeof query !== 'string') {
        return true;
    }
    const folded = foldText(query);
    if (folded.length !== 1 || !isLetterOrDigit(folded.charCodeAt(0))) {
        return true;
    }
    const unit = folded.charCodeAt(0);
    if (index.nextCharacter === null || index.nextCharacter.unit !== unit) {
        index.nextCharacter = startNextCharacterScan(index, unit);
    }
    const next = index.nextCharacter;
    // one step of work at least, asked or not: progress where idle time never comes
    let worked = false;
    const goOn = () => !worked || hasTime();
    if (next.answers === null) {
        worked = true;
        if (!scanNextCharacter(index, next, hasTime)) {
            return false;
        }
    }
    for (const [second, answer] of next.answers) {
        if (answer.ordered !== null) {
            continue;
        }
        if (!goOn()) {
            return false;
        }
        worked = true;
        const word = describeWord(String.fromCharCode(unit, second));
        answer.ordered = orderByRank(index, answer.matches, word.units, [word]);
    }
    return true;
}

function startNextCharacterScan(index, unit) {
    const candidates = oneCharacterAnswer(index, unit).matches;
    // answers: Map(second unit -> { matches, ordered }), the longest first, once scanned
    return { unit, candidates, scanned: 0, found: new Map(), answers: null };
}

// texts scanned between two asks whether there is time left
const SCAN_SLICE = 4096;

/** Goes on with the pass over the candidates, a slice at least; returns whether it is done. */
function scanNextCharacter(index, next, hasTime) {
    const { codes, starts } = index;
    const { unit, candidates, found } = next;
    let sliced = false;
    while (next.scanned < candidates.length) {
        if (sliced && !hasTime()) {
            return false;
        }
        sliced = true;
        const end = Math.min(candidates.length, next.scanned + SCAN_SLICE);
        for (let c = next.scanned; c < end; c++) {
            const i = candidates[c];
            const last = starts[i + 1] - 1;
            for (let p = starts[i]; p < last; p++) {
                if (codes[p] !== unit) {
                    continue;
                }
                const second = codes[p + 1];
                if (!isLetterOrDigit(second)) {
                    continue;
                }
                let list = found.get(second);
                if (list === undefined) {
                    list = [];
                    found.set(second, list);
                }
                // a text with "mo" twice is listed once
                if (list[list.length - 1] !== i) {
                    list.push(i);
                }
            }
        }
        next.scanned = end;
    }
    next.answers = new Map();
    for (const [second, list] of [...found].sort((a, b) => b[1].length - a[1].length)) {
        next.answers.set(second, { matches: Int32Array.from(list), ordered: null });
    }
    next.found = null;
    next.candidates = null;
    return true;
}

const NO_MATCHES = { matches: new Int32Array(0), ordered: [] };

/**
 * The answer computed ahead for a folded query, { matches, ordered } (ordered null while
 * not ranked yet), or null: a one-character query's (precomputeOneCharacterAnswers), or a
 * two-character query's (precomputeNextCharacter).
 */
function answerAhead(index, foldedQuery) {
    if (foldedQuery.length === 1) {
        return index.oneCharacter[foldedQuery.charCodeAt(0)] || null;
    }
    const next = index.nextCharacter;
    if (next === null || foldedQuery.length !== 2) {
        return null;
    }
    const second = foldedQuery.charCodeAt(1);
    if (
        next.answers === null ||
        foldedQuery.charCodeAt(0) !== next.unit ||
        !isLetterOrDigit(second)
    ) {
        return null;
    }
    return next.answers.get(second) || NO_MATCHES;
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
    const ahead = answerAhead(index, foldedQuery);
    if (ahead !== null && (ahead.ordered !== null || order === 'original')) {
        index.lastQuery = foldedQuery;
        index.lastMatches = ahead.matches;
        // copies: the caller may keep or change what it is given
        return order === 'original' ? toArray(ahead.matches) : ahead.ordered.slice();
    }
    const words = queryWords(foldedQuery).map(describeWord);
    let matches;
    if (foldedQuery === index.lastQuery) {
        matches = index.lastMatches;
    } else if (ahead !== null) {
        matches = ahead.matches;
        index.lastQuery = foldedQuery;
        index.lastMatches = matches;
    } else {
        // Typing forward only narrows the answer: a text holding every word of the new
        // query holds every word of a query it extends (each old word is a prefix of a
        // new one). So the previous matches are the only candidates.
        const extendsLast =
            index.lastQuery !== '' && foldedQuery.startsWith(index.lastQuery);
        matches = findMatches(
            index,
            words,
            extendsLast ? index.lastMatches : null,
            index.count
        );
        index.lastQuery = foldedQuery;
        index.lastMatches = matches;
    }
    if (order === 'original') {
        return toArray(matches);
    }
    return orderByRank(index, matches, describeWord(foldedQuery).units, words);
}
