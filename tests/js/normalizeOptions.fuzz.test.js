// Property-based tests of option normalising over hostile input: arbitrary unicode, numbers,
// booleans, null, duplicates and nested garbage. Every generated entry is tagged valid or
// malformed by construction, so the expected problems are known without asking the code.
// (Search properties live in searchIndex.property.test.js; the basics in normalizeOptions.test.js.)
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { normalizeOptions } from '../../src/lib/dropdown/options/normalizeOptions.js';

const RUNS = { numRuns: 400 };
const MAX_PROBLEMS = 5; // the cap of one console line, documented in normalizeOptions.js

// Texts that stress folding, rendering and JSON: combining marks, emoji, right-to-left, markup.
const ODD_PIECES = [
    'e\u0301',
    '\u0301\u0308',
    '👨‍👩‍👧',
    '🇫🇷',
    'עברית',
    'العربية',
    '\u202e',
    '\u200b',
    '\ud800',
    '<img src=x onerror=alert(1)>',
    '"quoted"',
    '\\',
    '\n',
    '[object Object]',
    'options[0]',
];
const oddString = fc.oneof(
    fc.string({ unit: 'grapheme', maxLength: 10 }),
    fc.string({ unit: 'binary', maxLength: 10 }),
    fc.array(fc.constantFrom(...ODD_PIECES), { maxLength: 5 }).map((p) => p.join('')),
    fc.string({ maxLength: 3 }).map((s) => s.repeat(2000))
);
const finiteNumber = fc.oneof(
    fc.integer(),
    fc.double({ noNaN: true, noDefaultInfinity: true }),
    fc.constantFrom(0, -0, 1e308, 5e-324)
);
const primitive = fc.oneof(oddString, finiteNumber, fc.boolean());

const layoutComponent = oddString.map((text) => ({
    type: 'Span',
    namespace: 'dash_html_components',
    props: { children: [text, { type: 'B', namespace: 'x', props: { children: 3 } }] },
}));
const label = fc.oneof(
    oddString,
    finiteNumber,
    fc.boolean(),
    fc.constant(null),
    fc.array(oddString, { maxLength: 3 }),
    layoutComponent
);

const optionDict = fc.record(
    {
        value: primitive,
        label,
        disabled: fc.anything(),
        title: fc.oneof(oddString, fc.anything()),
        search: fc.oneof(oddString, fc.anything()),
    },
    { requiredKeys: ['value'] }
);

// A value plotly/Dash can carry in JSON that is not a string, a finite number or a boolean.
const badValue = fc.oneof(
    fc.constant(null),
    fc.constantFrom(NaN, Infinity, -Infinity),
    fc.array(fc.anything(), { maxLength: 3 }),
    fc.dictionary(fc.string(), fc.anything(), { maxKeys: 3 })
);

// Garbage objects: anything keyed, as long as they are neither an option nor a group.
const garbageObject = fc
    .dictionary(fc.string({ maxLength: 6 }), fc.anything({ maxDepth: 3 }), { maxKeys: 4 })
    .filter((entry) => {
        if ('value' in entry || ('label' in entry && entry.label === undefined)) {
            return false; // an option, or the shape Dash gives a plain value (tested below)
        }
        return !Array.isArray(entry.options);
    });

const NESTED_GROUP = { label: 'outer', options: [{ label: 'inner', options: ['x'] }] };
const malformedTop = fc.oneof(
    fc.constant(null),
    fc.constant(undefined),
    fc.constantFrom(NaN, Infinity, -Infinity),
    fc.array(fc.anything({ maxDepth: 2 }), { maxLength: 3 }),
    garbageObject,
    fc.record({ label, value: badValue }),
    // a group inside a group is one problem; its contents are not looked at
    fc.constant(NESTED_GROUP)
);

/**
 * One entry of an options list, tagged with what it should produce:
 * valid (the values it adds, in order) or malformed (one problem naming its position).
 */
const taggedEntry = fc.oneof(
    { weight: 4, arbitrary: primitive.map((v) => ({ entry: v, values: [v] })) },
    { weight: 4, arbitrary: optionDict.map((e) => ({ entry: e, values: [e.value] })) },
    {
        weight: 1,
        arbitrary: fc
            .tuple(label, fc.array(fc.oneof(primitive, optionDict), { maxLength: 3 }))
            .map(([groupLabel, children]) => ({
                entry: { label: groupLabel, options: children },
                values: children.map((c) => (typeof c === 'object' ? c.value : c)),
            })),
    },
    {
        weight: 2,
        arbitrary: malformedTop.map((e) => ({
            entry: e,
            // the problem names the inner group of a nested one
            malformed: e === NESTED_GROUP ? '.options[0]' : '',
        })),
    }
);

// Duplicates come from a small pool so they are common.
const duplicatePool = fc.constantFrom('a', 'A', 1, '1', true, 'true', 0, -0);
const listCase = fc
    .array(
        fc.oneof(
            { weight: 5, arbitrary: taggedEntry },
            {
                weight: 1,
                arbitrary: duplicatePool.map((v) => ({ entry: v, values: [v] })),
            }
        ),
        { maxLength: 12 }
    )
    .map((tagged) => ({ tagged, list: tagged.map((t) => t.entry) }));

/** The problems the list should produce: one per malformed entry, one per repeated value. */
function expectedProblems(tagged) {
    const seen = new Set();
    let duplicates = 0;
    const malformed = [];
    tagged.forEach((t, i) => {
        if (t.malformed !== undefined) {
            malformed.push(`options[${i}]${t.malformed}`);
            return;
        }
        for (const value of t.values) {
            if (seen.has(value)) {
                duplicates += 1;
            } else {
                seen.add(value);
            }
        }
    });
    return { malformed, duplicates };
}

function sameValue(a, b) {
    return Object.is(a, b) || a === b;
}

test('property: never throws, and every valid value comes out in order', () => {
    fc.assert(
        fc.property(listCase, ({ tagged, list }) => {
            const normalized = normalizeOptions(list);
            const values = tagged.flatMap((t) => t.values || []);
            assert.equal(normalized.options.length, values.length);
            normalized.options.forEach((option, i) => {
                assert.ok(sameValue(option.value, values[i]));
                assert.equal(typeof option.text, 'string');
                assert.equal(typeof option.search, 'string');
                assert.ok(!option.text.includes('[object Object]') || hasLiteral(list));
            });
        }),
        RUNS
    );
});

// "[object Object]" may be a generated string itself; only then may it show up.
function hasLiteral(list) {
    return JSON.stringify(list, (k, v) => (v === undefined ? null : v)).includes(
        '[object Object]'
    );
}

test('property: each malformed entry gives exactly one problem naming its position', () => {
    fc.assert(
        fc.property(listCase, ({ tagged, list }) => {
            const { malformed, duplicates } = expectedProblems(tagged);
            fc.pre(malformed.length + duplicates <= MAX_PROBLEMS);
            const { problems } = normalizeOptions(list);
            assert.equal(
                problems.length,
                malformed.length + duplicates,
                problems.join('\n')
            );
            for (const position of malformed) {
                const naming = problems.filter((p) => p.startsWith(`${position} `));
                assert.equal(naming.length, 1, `${position}: ${problems.join('\n')}`);
            }
            const duplicateLines = problems.filter((p) =>
                p.startsWith('duplicate value ')
            );
            assert.equal(duplicateLines.length, duplicates);
        }),
        RUNS
    );
});

test('property: past the cap, problems stop at five lines and an ellipsis', () => {
    fc.assert(
        fc.property(listCase, ({ tagged, list }) => {
            const { malformed, duplicates } = expectedProblems(tagged);
            const expected = malformed.length + duplicates;
            const { problems } = normalizeOptions(list);
            if (expected > MAX_PROBLEMS) {
                assert.equal(problems.length, MAX_PROBLEMS + 1);
                assert.equal(problems[MAX_PROBLEMS], '...');
            } else {
                assert.equal(problems.length, expected);
            }
        }),
        RUNS
    );
});

test('property: options given as anything at all never throw', () => {
    fc.assert(
        fc.property(fc.anything({ maxDepth: 4, withNullPrototype: true }), (options) => {
            const normalized = normalizeOptions(options);
            assert.ok(Array.isArray(normalized.options));
            assert.ok(normalized.problems.length <= MAX_PROBLEMS + 1);
        }),
        RUNS
    );
});

/** Writes normalized options back in dcc's list-of-dicts form, groups as group entries. */
function asDccOptions(normalized) {
    const out = [];
    let openGroup = null;
    normalized.options.forEach((option) => {
        const entry = {
            label: option.label,
            value: option.value,
            disabled: option.disabled,
            search: option.search,
        };
        if (option.title !== undefined) {
            entry.title = option.title;
        }
        if (option.group === -1) {
            openGroup = null;
            out.push(entry);
            return;
        }
        if (!openGroup || openGroup.index !== option.group) {
            const group = normalized.groups[option.group];
            openGroup = {
                index: option.group,
                entry: { label: group.label, options: [] },
            };
            out.push(openGroup.entry);
        }
        openGroup.entry.options.push(entry);
    });
    return out;
}

const comparable = (normalized) =>
    normalized.options.map((option) => ({
        value: option.value,
        label: option.label,
        text: option.text,
        search: option.search,
        disabled: option.disabled,
        title: option.title,
        group: option.group === -1 ? null : normalized.groups[option.group].text,
    }));

test('property: normalising is idempotent (normalized options written back normalize the same)', () => {
    fc.assert(
        fc.property(listCase, ({ list }) => {
            const once = normalizeOptions(list);
            const twice = normalizeOptions(asDccOptions(once));
            assert.deepEqual(comparable(twice), comparable(once));
            // what was malformed is gone; only the duplicates are still reported
            const duplicateLines = (n) =>
                n.problems.filter((p) => p.startsWith('duplicate value ')).length;
            if (once.problems.length <= MAX_PROBLEMS) {
                assert.equal(twice.problems.length, duplicateLines(once));
            }
            for (const [value, index] of once.indexByValue) {
                assert.equal(twice.indexByValue.get(value), index);
            }
        }),
        RUNS
    );
});

test('property: a dict {value: label} of any keys keeps every key as a string value', () => {
    fc.assert(
        fc.property(fc.dictionary(oddString, label, { maxKeys: 20 }), (dict) => {
            const normalized = normalizeOptions(dict);
            assert.deepEqual(
                normalized.options.map((o) => o.value),
                Object.keys(dict)
            );
            assert.deepEqual(normalized.problems, []);
        }),
        RUNS
    );
});

// Dash's renderer rebuilds plain entries mixed into a list of labelled dicts (see
// rebuiltByDash in normalizeOptions.js); these are the shapes it was seen to deliver.
test('a string Dash rebuilt into {0, 1, ..., label: undefined} is restored', () => {
    const rebuilt = (text) => ({ ...Object.assign({}, [...text]), label: undefined });
    fc.assert(
        fc.property(
            fc.string({ unit: 'binary', minLength: 1, maxLength: 20 }),
            (text) => {
                const chars = Object.assign({}, text.split(''));
                const normalized = normalizeOptions([
                    { label: 'first', value: 'first' },
                    { ...chars, label: undefined },
                ]);
                assert.deepEqual(normalized.problems, []);
                assert.equal(normalized.options[1].value, text);
                assert.equal(normalized.options[1].label, text);
            }
        ),
        RUNS
    );
    assert.equal(normalizeOptions([rebuilt('ab')]).options[0].value, 'ab');
});

test('a number, boolean or null Dash emptied into {label: undefined}: one clear problem', () => {
    const normalized = normalizeOptions([
        { label: 'a', value: 'a' },
        { label: undefined },
    ]);
    assert.deepEqual(
        normalized.options.map((o) => o.value),
        ['a']
    );
    assert.equal(normalized.problems.length, 1);
    assert.match(
        normalized.problems[0],
        /^options\[1\] arrived empty: Dash drops numbers/
    );
});
