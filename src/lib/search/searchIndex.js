/**
 * The Dropdown's search: an index built once per options change, queried per keystroke.
 * Pure: no React, no DOM. The Python search (my_components/search.py) implements the same
 * specification; tests/search_cases.json holds cases both must answer alike.
 *
 * Texts. Option i has a text (its label's text, or its `search` string) and a value text
 * (String(value): "NYC", "3", "true"). Both are folded (foldText.js: case, accents,
 * compatibility forms, whitespace). The folded query is split on spaces into words.
 *
 * Matching. An option matches when its folded text holds every query word as a substring
 * (any order, overlaps allowed), or else when its folded value text holds every query word.
 * A blank query matches every option.
 *
 * Order 'relevance' (the default; dcc's 'index' means the same): first the options matching
 * by their text, by rank, best first, stable inside a rank:
 *   0 exact       the folded text equals the whole folded query;
 *   1 prefix      the folded text starts with the whole folded query;
 *   2 word-start  every query word occurs at the start of a word of the text (a word starts
 *                 at the text's start or after a character that is not a letter, digit or
 *                 mark: "saint-etienne" has words "saint" and "etienne");
 *   3 substring   any other match;
 * then the options matching only by their value text, in the options' order.
 * Order 'original': every match in the options' order.
 */
import { foldText } from './foldText.js';
import { describeWord, findMatches, queryWords } from './matching.js';
import { orderByRank } from './ranking.js';
import { buildTextIndex } from './textIndex.js';

export { RANK_EXACT, RANK_PREFIX, RANK_WORD_START, RANK_SUBSTRING } from './ranking.js';

function valueText(value) {
    if (typeof value === 'string') {
        return value;
    }
    return typeof value === 'number' || typeof value === 'boolean' ? String(value) : '';
}

/**
 * texts[i] is option i's text, values[i] its value (a string, number or boolean; optional);
 * a text that is not a string counts as ''. Returns a frozen index.
 */
export function buildSearchIndex(texts, values) {
    const textList = Array.isArray(texts) ? texts : [];
    const valueList = Array.isArray(values) ? values : [];
    // A value text equal to the text can only match where the text does: left out.
    const valueTexts = textList.map((text, i) => {
        const value = valueText(valueList[i]);
        return value === text ? '' : value;
    });
    return Object.freeze({
        count: textList.length,
        texts: buildTextIndex(textList),
        values: buildTextIndex(valueTexts),
    });
}

function isSearchIndex(index) {
    return (
        index !== null &&
        typeof index === 'object' &&
        Number.isInteger(index.count) &&
        index.texts !== null &&
        typeof index.texts === 'object' &&
        index.texts.count === index.count &&
        index.values !== null &&
        typeof index.values === 'object' &&
        index.values.count === index.count
    );
}

function allIndices(count) {
    const result = new Array(count);
    for (let i = 0; i < count; i++) {
        result[i] = i;
    }
    return result;
}

/** The elements of `indices` (increasing) not in `excluded` (increasing), as an Array. */
function without(indices, excluded) {
    const result = [];
    let e = 0;
    for (let k = 0; k < indices.length; k++) {
        while (e < excluded.length && excluded[e] < indices[k]) {
            e++;
        }
        if (e >= excluded.length || excluded[e] !== indices[k]) {
            result.push(indices[k]);
        }
    }
    return result;
}

/** The union of two increasing index lists, increasing, as an Array. */
function union(a, b) {
    const result = [];
    let i = 0;
    let j = 0;
    while (i < a.length || j < b.length) {
        if (j >= b.length || (i < a.length && a[i] < b[j])) {
            result.push(a[i++]);
        } else {
            if (i < a.length && a[i] === b[j]) {
                i++;
            }
            result.push(b[j++]);
        }
    }
    return result;
}

/**
 * Indices of the options matching `query`, in the order described above ({order:
 * 'relevance'} by default, or 'original'). Never throws; a blank query returns every index
 * in order. Returns a new array each time.
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
    const words = queryWords(foldedQuery).map(describeWord);
    const textMatches = findMatches(index.texts, words);
    const valueMatches = findMatches(index.values, words);
    if (order === 'original') {
        return union(textMatches, valueMatches);
    }
    const ranked = orderByRank(
        index.texts,
        textMatches,
        describeWord(foldedQuery).units,
        words
    );
    for (const i of without(valueMatches, textMatches)) {
        ranked.push(i);
    }
    return ranked;
}
