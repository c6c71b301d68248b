import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
    buildSearchIndex,
    precomputeNextCharacter,
    precomputeOneCharacterAnswers,
    searchIndex,
    warmUpSearch,
} from '../../src/lib/search/searchIndex.js';

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

test('warming up runs queries but changes no later answer, typing forward included', () => {
    const texts = [...CITIES, '', 'ab', null, 'Mont Blanc'];
    const index = buildSearchIndex(texts);
    assert.deepEqual(searchIndex(index, 'mo'), search(texts, 'mo'));
    assert.equal(warmUpSearch(index, 3), 3);
    // the index still remembers 'mo': typing forward from it gives the fresh answer
    assert.deepEqual(searchIndex(index, 'mon'), search(texts, 'mon'));
    assert.deepEqual(searchIndex(index, 'p'), search(texts, 'p'));
    assert.equal(warmUpSearch(buildSearchIndex([]), 3), 0);
    assert.equal(warmUpSearch(buildSearchIndex(['a', '', 'b']), 10), 1);
    assert.equal(warmUpSearch(null), 0);
});

test('one-character answers computed ahead: the same answers, a copy each time', () => {
    const texts = [...CITIES, '', 'ab', null, 'Mont Blanc', '1 Paul 2'];
    const index = buildSearchIndex(texts);
    // one answer per call when out of time, until all 36 are there
    assert.equal(
        precomputeOneCharacterAnswers(index, () => false),
        false
    );
    let calls = 1;
    while (!precomputeOneCharacterAnswers(index, () => false)) {
        calls++;
    }
    assert.equal(calls, 35);
    for (const query of ['p', 'P', 'é', 'z', '1', 'x']) {
        assert.deepEqual(searchIndex(index, query), search(texts, query));
        assert.deepEqual(
            searchIndex(index, query, { order: 'original' }),
            search(texts, query, 'original')
        );
    }
    // typing forward from a precomputed answer
    assert.deepEqual(searchIndex(index, 'p'), [1, 4, 0, 2, 11, 3]);
    assert.deepEqual(searchIndex(index, 'pa'), search(texts, 'pa'));
    const first = searchIndex(index, 'm');
    first.length = 0;
    assert.deepEqual(searchIndex(index, 'm'), search(texts, 'm'));
    assert.equal(precomputeOneCharacterAnswers(null), true);
});

test('after a first keystroke, the two-character queries extending it are answered ahead', () => {
    const texts = [
        'Montréal',
        'Lima',
        'Mombasa',
        'Omsk',
        'Roma',
        'Moscow mo',
        'Kyoto',
        'm-m',
    ];
    const fresh = () => buildSearchIndex(texts);
    const index = buildSearchIndex(texts);
    assert.deepEqual(searchIndex(index, 'm'), searchIndex(fresh(), 'm'));
    // no time: one step all the same (a slice of the pass: here every text), nothing ranked
    assert.equal(
        precomputeNextCharacter(index, 'M', () => false),
        false
    );
    const answers = index.nextCharacter.answers;
    // the longest answers first
    assert.deepEqual(
        [...answers.keys()].map((unit) => String.fromCharCode(unit)),
        ['o', 'a', 'b', 's']
    );
    assert.deepEqual(Array.from(answers.get('o'.charCodeAt(0)).matches), [0, 2, 5]);
    assert.equal(answers.get('o'.charCodeAt(0)).ordered, null);
    // a query whose ranking is not there yet is still answered right
    assert.deepEqual(searchIndex(index, 'ma'), searchIndex(fresh(), 'ma'));
    // the next step ranks the longest answer
    assert.equal(
        precomputeNextCharacter(index, 'm', () => false),
        false
    );
    assert.notEqual(answers.get('o'.charCodeAt(0)).ordered, null);
    assert.equal(answers.get('a'.charCodeAt(0)).ordered, null);
    // and one ranked ahead
    assert.deepEqual(searchIndex(index, 'mo'), searchIndex(fresh(), 'mo'));
    assert.equal(precomputeNextCharacter(index, 'm'), true);
    assert.ok([...answers.values()].every((answer) => answer.ordered !== null));
    for (const query of ['mo', 'Mo', 'ma', 'ms', 'mb', 'm o', 'm-', 'mx', 'MOS', 'o']) {
        for (const order of ['relevance', 'original']) {
            assert.deepEqual(
                searchIndex(index, query, { order }),
                searchIndex(fresh(), query, { order }),
                `${query} ${order}`
            );
        }
    }
    // what it returns is a copy
    searchIndex(index, 'mo').push(99);
    assert.deepEqual(searchIndex(index, 'mo'), searchIndex(fresh(), 'mo'));
    // nothing to do but after one letter or digit
    assert.equal(
        precomputeNextCharacter(index, 'mo', () => false),
        true
    );
    assert.equal(
        precomputeNextCharacter(index, ' ', () => false),
        true
    );
    assert.equal(precomputeNextCharacter(null, 'm'), true);
});

test('answering ahead progresses a step per call even when there is never time', () => {
    // more texts than one slice of the pass, as where no idle time ever comes
    const texts = Array.from({ length: 10000 }, (_, i) => `Mo${i % 7} ma${i} m${i % 10}`);
    const index = buildSearchIndex(texts);
    let calls = 1;
    while (!precomputeNextCharacter(index, 'm', () => false)) {
        calls++;
        assert.ok(calls < 100, 'no progress');
    }
    // a few slices of the pass, then one ranking per call
    assert.ok(calls > 3, `${calls} calls`);
    for (const query of ['mo', 'ma', 'm1', 'm 1']) {
        assert.deepEqual(
            searchIndex(index, query),
            searchIndex(buildSearchIndex(texts), query)
        );
    }
});
