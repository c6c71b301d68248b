// Property-based tests of the search: arbitrary unicode and junk texts, checked against a
// naive reference written from the documented definition (not from the implementation:
// it folds with its own code, from the documented steps and the shared fold table).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import FOLD_TABLE from '../../my_components/search_folds.json' with { type: 'json' };
import { foldText } from '../../src/lib/search/foldText.js';
import { buildSearchIndex, searchIndex } from '../../src/lib/search/searchIndex.js';

// Pieces that stress folding and word boundaries; joined, they make texts that match.
const PIECES = [
    'a',
    'b',
    'ab',
    'A',
    'São',
    'PAULO',
    'paulo',
    'é',
    'e\u0301',
    '\u0301',
    '\u0308',
    '\u20dd',
    'ß',
    'ẞ',
    'ss',
    'İ',
    'ı',
    'i',
    'Σ',
    'ς',
    'σ',
    'Łódź',
    'Ø',
    'æ',
    'ﬁ',
    'Ａ',
    '㎒',
    '¨',
    ' ',
    '  ',
    '\t',
    '\n',
    '\u00a0',
    '\u200b',
    '\u200f',
    '-',
    '(',
    "'",
    '’',
    '👨‍👩‍👧',
    '🇫🇷',
    '𝒜',
    '𠀋',
    'עברית',
    'العربية',
    'क़',
    'कि',
    '北京',
    '\ud800',
    '\udc00',
    '3',
];

const pieceString = fc
    .array(fc.constantFrom(...PIECES), { maxLength: 8 })
    .map((pieces) => pieces.join(''));

const anyString = fc.oneof(
    { weight: 4, arbitrary: pieceString },
    { weight: 2, arbitrary: fc.string({ unit: 'grapheme', maxLength: 12 }) },
    { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 12 }) },
    { weight: 1, arbitrary: fc.string({ unit: 'grapheme-composite', maxLength: 6 }) },
    // Surrogate halves in any order, lone or paired.
    {
        weight: 1,
        arbitrary: fc
            .array(fc.integer({ min: 0xd7fe, max: 0xe001 }), { maxLength: 6 })
            .map((codes) => String.fromCharCode(...codes)),
    },
    { weight: 1, arbitrary: pieceString.map((s) => s.repeat(300)) }
);

const anyText = fc.oneof(
    { weight: 8, arbitrary: anyString },
    { weight: 1, arbitrary: fc.oneof(fc.integer(), fc.double(), fc.boolean()) },
    { weight: 1, arbitrary: fc.constantFrom(null, undefined, {}, [], ['a']) }
);

// Texts from a small vocabulary share words, so one query meets every rank at once.
const VOCABULARY = [
    'a',
    'ab',
    'ba',
    'São',
    'sao',
    'Paulo',
    'paul',
    '3',
    'a3',
    '𠀋a',
    'किa',
    '٣ab',
];
const JOINERS = [' ', ' ', '-', '(', "'", '', '3', '\u0301 '];
const denseString = fc
    .array(fc.tuple(fc.constantFrom(...VOCABULARY), fc.constantFrom(...JOINERS)), {
        maxLength: 4,
    })
    .map((parts) => parts.flat().join(''));
const denseQuery = fc
    .array(fc.constantFrom(...VOCABULARY), { minLength: 1, maxLength: 2 })
    .map((words) => words.join(' '));

// Any texts, and a query that is usually a piece of one of them, so matches are common.
const anyCase = fc.array(anyText, { maxLength: 25 }).chain((list) => {
    const strings = list.filter((text) => typeof text === 'string' && text.length > 0);
    const fromTexts = strings.length
        ? fc
              .tuple(fc.constantFrom(...strings), fc.nat(), fc.nat({ max: 6 }))
              .map(([text, start, length]) => {
                  const from = start % text.length;
                  return text.slice(from, from + length);
              })
        : fc.constant('');
    const query = fc.oneof(
        fromTexts,
        pieceString,
        fc.string({ unit: 'grapheme', maxLength: 4 }),
        fc.constantFrom(null, undefined, 3)
    );
    return fc.tuple(fc.constant(list), query);
});

// Texts from the small vocabulary (some equal to a query), with a little junk mixed in.
const denseCase = fc.tuple(
    fc.array(
        fc.oneof(
            { weight: 6, arbitrary: denseString },
            { weight: 2, arbitrary: denseQuery },
            { weight: 1, arbitrary: anyText }
        ),
        { minLength: 5, maxLength: 30 }
    ),
    denseQuery
);

const textsAndQuery = fc.oneof(anyCase, denseCase);

const SPACES = new Set(
    FOLD_TABLE.spaces.map((hex) => String.fromCharCode(parseInt(hex, 16)))
);

/** The documented fold, the slow way: character by character, then spaces. */
function referenceFold(text) {
    if (typeof text !== 'string') {
        return '';
    }
    let folded = '';
    // for...of walks code points; a lone surrogate half comes alone
    for (const character of text) {
        if (/^[\ud800-\udfff]$/.test(character)) {
            folded += '\ufffd';
            continue;
        }
        const decomposed = character.toLowerCase().normalize('NFKD').toLowerCase();
        for (const part of decomposed) {
            if (/[\p{Mn}\p{Me}\p{Cf}]/u.test(part)) {
                continue;
            }
            const mapped = FOLD_TABLE.letters[part] ?? part;
            folded += SPACES.has(mapped) ? ' ' : mapped;
        }
    }
    return folded.split(' ').filter(Boolean).join(' ');
}

function referenceWords(query) {
    const folded = referenceFold(query);
    return folded === '' ? [] : folded.split(' ');
}

function valueText(value) {
    return ['string', 'number', 'boolean'].includes(typeof value) ? String(value) : '';
}

function holdsEvery(text, words) {
    const folded = referenceFold(text);
    return words.every((word) => folded.includes(word));
}

/** Options matching by their text, and those matching only by their value, each in order. */
function referenceMatchSets(list, query, values = []) {
    const words = referenceWords(query);
    const byText = [];
    const byValueOnly = [];
    list.forEach((text, i) => {
        if (holdsEvery(typeof text === 'string' ? text : '', words)) {
            byText.push(i);
        } else if (words.length > 0 && holdsEvery(valueText(values[i]), words)) {
            byValueOnly.push(i);
        }
    });
    return { byText, byValueOnly };
}

function referenceMatches(list, query, values = []) {
    const { byText, byValueOnly } = referenceMatchSets(list, query, values);
    return [...byText, ...byValueOnly].sort((a, b) => a - b);
}

// The character ending just before `position`: a surrogate pair, or one code unit.
function characterBefore(text, position) {
    const pair = text.slice(position - 2, position);
    return position >= 2 && /^[\ud800-\udbff][\udc00-\udfff]$/.test(pair)
        ? pair
        : text.charAt(position - 1);
}

function atWordStart(text, word) {
    for (let position = 0; position + word.length <= text.length; position++) {
        if (
            text.startsWith(word, position) &&
            (position === 0 ||
                !/[\p{L}\p{N}\p{M}]/u.test(characterBefore(text, position)))
        ) {
            return true;
        }
    }
    return false;
}

function referenceRank(text, query) {
    const foldedText = referenceFold(typeof text === 'string' ? text : '');
    const foldedQuery = referenceFold(query);
    if (foldedText === foldedQuery) return 0;
    if (foldedText.startsWith(foldedQuery)) return 1;
    if (referenceWords(query).every((word) => atWordStart(foldedText, word))) return 2;
    return 3;
}

const RUNS = { numRuns: 300 };

test('foldText never throws, is idempotent, and leaves only single inner spaces', () => {
    fc.assert(
        fc.property(anyString, (text) => {
            const folded = foldText(text);
            assert.equal(foldText(folded), folded);
            assert.doesNotMatch(folded, /[^\S ]| {2}|^ | $/);
        }),
        { numRuns: 1000 }
    );
});

test('foldText folds as the documented steps do', () => {
    fc.assert(
        fc.property(anyString, (text) => {
            assert.equal(foldText(text), referenceFold(text));
        }),
        { numRuns: 1000 }
    );
});

test('original order: exactly the options holding every query word, in order', () => {
    fc.assert(
        fc.property(textsAndQuery, ([list, query]) => {
            const result = searchIndex(buildSearchIndex(list), query, {
                order: 'original',
            });
            assert.deepEqual(result, referenceMatches(list, query));
        }),
        RUNS
    );
});

test('relevance: the same set, ranks non-decreasing, stable inside a rank', () => {
    fc.assert(
        fc.property(
            textsAndQuery,
            fc.constantFrom(undefined, 'relevance', 'index'),
            ([list, query], order) => {
                const result = searchIndex(buildSearchIndex(list), query, { order });
                // Subset without duplicates, every option found (against the reference).
                assert.deepEqual(
                    [...result].sort((a, b) => a - b),
                    referenceMatches(list, query)
                );
                if (referenceFold(query) === '') {
                    assert.deepEqual(result, referenceMatches(list, query));
                    return;
                }
                const keys = result.map((i) => [referenceRank(list[i], query), i]);
                for (let k = 1; k < keys.length; k++) {
                    const [rankBefore, indexBefore] = keys[k - 1];
                    const [rank, index] = keys[k];
                    assert.ok(
                        rankBefore < rank || (rankBefore === rank && indexBefore < index),
                        `order broken at ${k}: ${JSON.stringify(keys)}`
                    );
                }
            }
        ),
        RUNS
    );
});

test('a run of queries on one index (typing forward, back, elsewhere) stays exact', () => {
    const typing = textsAndQuery.chain(([list, query]) =>
        fc.tuple(
            fc.constant(list),
            fc.array(
                fc.oneof(
                    // Prefixes of one query, as typed and erased, mixed with others.
                    fc
                        .nat({ max: 8 })
                        .map((length) =>
                            typeof query === 'string' ? query.slice(0, length) : query
                        ),
                    pieceString
                ),
                { maxLength: 10 }
            ),
            fc.array(fc.constantFrom('original', 'relevance'), {
                minLength: 10,
                maxLength: 10,
            })
        )
    );
    fc.assert(
        fc.property(typing, ([list, queries, orders]) => {
            const index = buildSearchIndex(list);
            queries.forEach((query, k) => {
                const result = searchIndex(index, query, { order: orders[k] });
                const expected = referenceMatches(list, query);
                if (orders[k] === 'original') {
                    assert.deepEqual(result, expected);
                } else {
                    assert.deepEqual(
                        [...result].sort((a, b) => a - b),
                        expected
                    );
                }
            });
        }),
        RUNS
    );
});

// Values as options carry them: strings (often close to a text), numbers, booleans, junk.
const anyValue = fc.oneof(
    { weight: 4, arbitrary: denseString },
    { weight: 2, arbitrary: anyString },
    { weight: 1, arbitrary: fc.oneof(fc.integer(), fc.double(), fc.boolean()) },
    { weight: 1, arbitrary: fc.constantFrom(null, undefined, {}) }
);

test('with values: text matches by rank, then value-only matches in order', () => {
    const withValues = textsAndQuery.chain(([list, query]) =>
        fc.tuple(
            fc.constant(list),
            fc.constant(query),
            fc.array(anyValue, { minLength: list.length, maxLength: list.length })
        )
    );
    fc.assert(
        fc.property(withValues, ([list, query, values]) => {
            const index = buildSearchIndex(list, values);
            const { byText, byValueOnly } = referenceMatchSets(list, query, values);
            assert.deepEqual(
                searchIndex(index, query, { order: 'original' }),
                referenceMatches(list, query, values)
            );
            const result = searchIndex(index, query);
            if (referenceFold(query) === '') {
                assert.deepEqual(result, referenceMatches(list, query, values));
                return;
            }
            const head = result.slice(0, byText.length);
            assert.deepEqual(
                [...head].sort((a, b) => a - b),
                byText
            );
            assert.deepEqual(result.slice(byText.length), byValueOnly);
        }),
        RUNS
    );
});

test('junk indexes, queries and options never throw', () => {
    const junk = fc.oneof(
        fc.anything(),
        fc.constantFrom(null, undefined, {}, { order: null }, { order: {} })
    );
    fc.assert(
        fc.property(junk, junk, junk, (index, query, options) => {
            assert.ok(Array.isArray(searchIndex(index, query, options)));
            const built = buildSearchIndex(index);
            assert.ok(Array.isArray(searchIndex(built, query, options)));
        }),
        RUNS
    );
});

test('the generators are not vacuous: results often mix several ranks', () => {
    const samples = fc.sample(textsAndQuery, { numRuns: 300, seed: 1 });
    let mixed = 0;
    for (const [list, query] of samples) {
        const result = searchIndex(buildSearchIndex(list), query);
        if (new Set(result.map((i) => referenceRank(list[i], query))).size >= 3) {
            mixed++;
        }
    }
    assert.ok(mixed >= 15, `only ${mixed} of 300 samples mixed three ranks`);
});
