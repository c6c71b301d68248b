/**
 * Folded texts with their masks (masks.js), built once and only read afterwards.
 * Pure: no React, no DOM.
 *
 * The texts are folded into one array of code units (no string per text): text i is
 * codes[starts[i]] up to codes[starts[i + 1]]. Besides the masks of masks.js, each text has
 * wordStartLetters and wordStartDigits: the letters and digits that start one of its words
 * (these rank a one-character query without reading the text).
 */
import { foldTexts } from './foldText.js';
import { PAIR_INTS, addPair, isHintedUnit, letterBit, otherBit } from './masks.js';
import { DIGIT_0, endsWordCharacter, isDigit, isLetter } from './wordCharacters.js';

/** texts[i]: anything but a string counts as ''. Returns a frozen index. */
export function buildTextIndex(texts) {
    const count = texts.length;
    const { codes, starts } = foldTexts(texts);
    const letters = new Int32Array(count);
    const others = new Int32Array(count);
    const wordStartLetters = new Int32Array(count);
    const wordStartDigits = new Int32Array(count);
    const pairs = new Int32Array(count * PAIR_INTS);
    for (let i = 0; i < count; i++) {
        const end = starts[i + 1];
        let previous = -1;
        let previousHinted = false;
        let afterWordCharacter = false;
        for (let p = starts[i]; p < end; p++) {
            const unit = codes[p];
            // Letters and digits first: most units are, and they need no look-up.
            let hinted = true;
            let wordCharacter = true;
            if (isLetter(unit)) {
                const bit = letterBit(unit);
                letters[i] |= bit;
                if (!afterWordCharacter) {
                    wordStartLetters[i] |= bit;
                }
            } else if (isDigit(unit)) {
                others[i] |= otherBit(unit);
                if (!afterWordCharacter) {
                    wordStartDigits[i] |= 1 << (unit - DIGIT_0);
                }
            } else {
                others[i] |= otherBit(unit);
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
    }
    return Object.freeze({
        count,
        codes,
        starts,
        letters,
        others,
        wordStartLetters,
        wordStartDigits,
        pairs,
    });
}
