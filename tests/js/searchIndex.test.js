import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildSearchIndex, searchIndex } from '../../src/lib/search/searchIndex.js';

function search(texts, query, order) {
    return searchIndex(buildSearchIndex(texts), query, order ? { order } : undefined);
}

const CITIES = [
    'São Paulo', // 0
    'Paulo', // 1
    'Saint-Paul', // 2
    'Apaulo', // 3
    'Paul', // 4
    'Montréal', // 5
    'Zürich', // 6
];

test('relevance: exact, then prefix, then word-start, then substring', () => {
    // exact "Paul" (4); prefix "Paulo" (1); word-start "São Paulo" (0), "Saint-Paul" (2);
    // substring "Apaulo" (3).
    assert.deepEqual(search(CITIES, 'paul'), [4, 1, 0, 2, 3]);
});

test('relevance for a one-character query: exact, prefix, word-start, substring', () => {
    const texts = ['bab', 'b a', 'ab', 'A', 'ba', 'á'];
    // exact "A" (3), "á" (5); prefix "ab" (2); word-start "b a" (1); substring 0, 4.
    assert.deepEqual(search(texts, 'a'), [3, 5, 2, 1, 0, 4]);
    assert.deepEqual(search(['x7', '7', '7x', 'x 7'], '7'), [1, 2, 3, 0]);
});

test('relevance is the default, and dcc\'s "index" means relevance', () => {
    assert.deepEqual(search(CITIES, 'paul', 'relevance'), [4, 1, 0, 2, 3]);
    assert.deepEqual(search(CITIES, 'paul', 'index'), [4, 1, 0, 2, 3]);
});

test('original order keeps the options in their own order', () => {
    assert.deepEqual(search(CITIES, 'paul', 'original'), [0, 1, 2, 3, 4]);
});

test('stable inside a rank: equal ranks keep the options order', () => {
    const texts = ['b alpha', 'a alpha', 'c alpha', 'alphabet', 'alpha'];
    // exact 4; prefix 3; word-start 0, 1, 2 in their own order.
    assert.deepEqual(search(texts, 'alpha'), [4, 3, 0, 1, 2]);
});

test('case- and accent-insensitive both ways', () => {
    assert.deepEqual(search(CITIES, 'SAO PAULO'), [0]);
    assert.deepEqual(search(CITIES, 'são'), [0]);
    assert.deepEqual(search(['Sao Paulo'], 'São'), [0]);
    assert.deepEqual(search(CITIES, 'zurich'), [6]);
    assert.deepEqual(search(['Łódź', 'Lodz', 'Straße'], 'lodz'), [0, 1]);
    assert.deepEqual(search(['Łódź', 'Lodz', 'Straße'], 'strasse'), [2]);
});

test('every query word must occur, in any order', () => {
    const texts = ['New York City', 'York', 'New Delhi', 'Newark'];
    assert.deepEqual(search(texts, 'york new', 'original'), [0]);
    assert.deepEqual(search(texts, 'new', 'original'), [0, 2, 3]);
    assert.deepEqual(search(texts, 'new  nowhere'), []);
});

test('multi-word ranks are judged on the whole query', () => {
    const texts = [
        'york new', // 0: every word starts a word, not a prefix: word-start
        'new york', // 1: exact
        'new york city', // 2: prefix
        'anew yorkshire', // 3: "new" is inside "anew": substring
        'city of new york', // 4: word-start
        'York, New', // 5: word-start
    ];
    assert.deepEqual(search(texts, 'new york'), [1, 2, 0, 4, 5, 3]);
});

test('a repeated query word is one word, but ranks use the whole query', () => {
    const texts = ['a 3', '3', '3 3', 'x3'];
    // "3 3" exact (2); word-start "a 3" (0), "3" (1); substring "x3" (3).
    assert.deepEqual(search(texts, '3 3'), [2, 0, 1, 3]);
    assert.deepEqual(search(texts, '3 3', 'original'), [0, 1, 2, 3]);
});

test('a word start follows any character that is not a letter or digit', () => {
    const texts = ['Frankfurt (Oder)', 'Saint-Étienne', 'Coder', 'o’oder'];
    assert.deepEqual(search(texts, 'oder'), [0, 3, 2]);
    assert.deepEqual(search(texts, 'etienne'), [1]);
});

test('blank query returns every index in order', () => {
    assert.deepEqual(search(CITIES, ''), [0, 1, 2, 3, 4, 5, 6]);
    assert.deepEqual(search(CITIES, '  \t '), [0, 1, 2, 3, 4, 5, 6]);
    assert.deepEqual(search(CITIES, null), [0, 1, 2, 3, 4, 5, 6]);
});

test('texts that are not strings count as empty', () => {
    const texts = [null, undefined, 3, true, { label: 'x' }, 'x'];
    assert.deepEqual(search(texts, 'x'), [5]);
    assert.deepEqual(search(texts, '3'), []);
    assert.deepEqual(search(texts, ''), [0, 1, 2, 3, 4, 5]);
});

test('bad indexes, texts and options never throw', () => {
    assert.deepEqual(searchIndex(null, 'a'), []);
    assert.deepEqual(searchIndex({}, 'a'), []);
    assert.deepEqual(searchIndex(buildSearchIndex(null), 'a'), []);
    assert.deepEqual(searchIndex(buildSearchIndex('abc'), ''), []);
    assert.deepEqual(searchIndex(buildSearchIndex(['a']), 'a', null), [0]);
    assert.deepEqual(searchIndex(buildSearchIndex(['a']), 'a', { order: 42 }), [0]);
});

test('typing forward, backward and sideways on one index stays correct', () => {
    const index = buildSearchIndex(['Paris', 'Parma', 'Perth', 'Pau', 'Lyon']);
    const steps = [
        ['p', [0, 1, 2, 3]],
        ['pa', [0, 1, 3]],
        ['par', [0, 1]],
        ['pari', [0]],
        ['par', [0, 1]],
        ['par ma', [1]],
        ['ly', [4]],
        ['p', [0, 1, 2, 3]],
    ];
    for (const [query, expected] of steps) {
        assert.deepEqual(
            searchIndex(index, query, { order: 'original' }),
            expected,
            query
        );
    }
});

test('mutating a result does not change later results', () => {
    const index = buildSearchIndex(['Paris', 'Parma']);
    const first = searchIndex(index, 'par', { order: 'original' });
    first.push(99);
    first[0] = 7;
    assert.deepEqual(searchIndex(index, 'par', { order: 'original' }), [0, 1]);
    assert.deepEqual(searchIndex(index, 'pari', { order: 'original' }), [0]);
});

test('the index is read-only: searching leaves it as built', () => {
    const index = buildSearchIndex(['Paris', 'Parma', 'Lyon'], ['PAR', 'PRM', 'LYS']);
    assert.ok(Object.isFrozen(index));
    assert.ok(Object.isFrozen(index.texts));
    const before = JSON.stringify(index, (key, value) =>
        ArrayBuffer.isView(value) ? Array.from(value) : value
    );
    for (const query of ['p', 'pa', 'par', 'lys', 'p', 'x']) {
        searchIndex(index, query);
    }
    const after = JSON.stringify(index, (key, value) =>
        ArrayBuffer.isView(value) ? Array.from(value) : value
    );
    assert.equal(after, before);
});

const PLACES = ['New York', 'Newark', 'Boston', 'York'];
const CODES = ['NYC', 'EWR', 'BOS', 'YRK'];

test('an option also matches by its value, after every match by its text', () => {
    const index = buildSearchIndex(PLACES, CODES);
    assert.deepEqual(searchIndex(index, 'nyc'), [0]);
    // "york" is in two labels (exact first); "yrk" only in a value
    assert.deepEqual(searchIndex(index, 'york'), [3, 0]);
    // "bos" is in the label and the value of 2: listed once
    assert.deepEqual(searchIndex(index, 'bos'), [2]);
    // "w" is in labels 0, 1 and in value 1: each listed once, by its text
    assert.deepEqual(searchIndex(index, 'w'), [0, 1]);
    // "ewr" only in a value
    assert.deepEqual(searchIndex(index, 'ewr'), [1]);
});

test('matches by value come after all matches by text, in the options order', () => {
    const index = buildSearchIndex(['b', 'zz a', 'a', 'c'], ['xa', 'a', 'q', 'a']);
    // text matches: exact "a" (2), word-start "zz a" (1); value only: 0 ("xa"), 3 ("a")
    assert.deepEqual(searchIndex(index, 'a'), [2, 1, 0, 3]);
    assert.deepEqual(searchIndex(index, 'a', { order: 'original' }), [0, 1, 2, 3]);
});

test('every query word must be in the text, or every one in the value: not mixed', () => {
    const index = buildSearchIndex(['New York'], ['NYC']);
    assert.deepEqual(searchIndex(index, 'new nyc'), []);
    assert.deepEqual(searchIndex(index, 'NYC nyc'), [0]);
});

test('values are matched as dcc shows them: numbers and booleans as their text', () => {
    const index = buildSearchIndex(['one', 'yes', 'half', 'big'], [1, true, 0.5, 1e21]);
    assert.deepEqual(searchIndex(index, '1'), [0, 3]);
    assert.deepEqual(searchIndex(index, 'true'), [1]);
    assert.deepEqual(searchIndex(index, '0.5'), [2]);
    assert.deepEqual(searchIndex(index, 'e+21'), [3]);
    // accents and case fold in values too
    assert.deepEqual(searchIndex(buildSearchIndex(['x'], ['ÉTÉ']), 'ete'), [0]);
});

test('values that are missing or not strings, numbers or booleans match nothing', () => {
    const index = buildSearchIndex(['a', 'b', 'c'], [null, { x: 'q' }]);
    assert.deepEqual(searchIndex(index, 'q'), []);
    assert.deepEqual(searchIndex(buildSearchIndex(['a', 'b']), 'b'), [1]);
    assert.deepEqual(searchIndex(buildSearchIndex(['a'], 'junk'), 'a'), [0]);
});
