/**
 * Which texts of a text index (textIndex.js) hold every word of a query. Pure: no React, no DOM.
 */
import { PAIR_INTS, addPair, isHintedUnit, letterBit, otherBit } from './masks.js';
import { isDigit, isLetter } from './wordCharacters.js';

/** The distinct words of a folded query, longest first (the rarest, checked first). */
export function queryWords(foldedQuery) {
    const words = Array.from(new Set(foldedQuery.split(' ')));
    return words.sort((a, b) => b.length - a.length);
}

/** A folded query word, with what the masks of a text holding it must hold. */
export function describeWord(text) {
    const units = new Uint16Array(text.length);
    let letters = 0;
    let others = 0;
    const pairs = new Int32Array(PAIR_INTS);
    for (let k = 0; k < text.length; k++) {
        const unit = text.charCodeAt(k);
        units[k] = unit;
        if (isLetter(unit)) {
            letters |= letterBit(unit);
        } else {
            others |= otherBit(unit);
        }
        if (k > 0 && isHintedUnit(units[k - 1]) && isHintedUnit(unit)) {
            addPair(pairs, 0, units[k - 1], unit);
        }
    }
    // One letter or digit: the masks alone say whether a text holds it.
    const masksDecide = units.length === 1 && (isLetter(units[0]) || isDigit(units[0]));
    return { units, letters, others, pairs, masksDecide };
}

/** Whether `units` occur in `codes` at `position`. */
export function occursAt(codes, position, units) {
    for (let k = 0; k < units.length; k++) {
        if (codes[position + k] !== units[k]) {
            return false;
        }
    }
    return true;
}

function contains(codes, start, end, units) {
    const first = units[0];
    const last = end - units.length;
    for (let p = start; p <= last; p++) {
        if (codes[p] === first && occursAt(codes, p, units)) {
            return true;
        }
    }
    return false;
}

function containsAll(codes, start, end, words) {
    for (let k = 0; k < words.length; k++) {
        if (!contains(codes, start, end, words[k].units)) {
            return false;
        }
    }
    return true;
}

/** The pair ints the words need, as [int, bits, int, bits, ...]: only those are checked. */
function pairChecks(words) {
    const need = new Int32Array(PAIR_INTS);
    for (const word of words) {
        for (let k = 0; k < PAIR_INTS; k++) {
            need[k] |= word.pairs[k];
        }
    }
    const checks = [];
    for (let k = 0; k < PAIR_INTS; k++) {
        if (need[k] !== 0) {
            checks.push(k, need[k]);
        }
    }
    return checks;
}

/** Indices of the texts holding every word (described by describeWord), in increasing order. */
export function findMatches(index, words) {
    const { count, codes, starts, letters, others, pairs } = index;
    let needLetters = 0;
    let needOthers = 0;
    for (const word of words) {
        needLetters |= word.letters;
        needOthers |= word.others;
    }
    const checks = pairChecks(words);
    const masksDecide = words.every((word) => word.masksDecide);
    // A typed array, not push(): a growing array is copied again and again.
    const matches = new Int32Array(count);
    let found = 0;
    for (let i = 0; i < count; i++) {
        if (
            (letters[i] & needLetters) !== needLetters ||
            (others[i] & needOthers) !== needOthers
        ) {
            continue;
        }
        let hinted = true;
        for (let k = 0; k < checks.length; k += 2) {
            const need = checks[k + 1];
            if ((pairs[i * PAIR_INTS + checks[k]] & need) !== need) {
                hinted = false;
                break;
            }
        }
        if (
            hinted &&
            (masksDecide || containsAll(codes, starts[i], starts[i + 1], words))
        ) {
            matches[found++] = i;
        }
    }
    return matches.subarray(0, found);
}
