import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { normalizeOptions } from '../../src/lib/dropdown/options/normalizeOptions.js';

const pick = (normalized, key) => normalized.options.map((option) => option[key]);

test('a list of strings, numbers and booleans: values keep their type, labels are text', () => {
    const normalized = normalizeOptions(['a', 3, true]);
    assert.deepEqual(pick(normalized, 'value'), ['a', 3, true]);
    assert.deepEqual(pick(normalized, 'label'), ['a', '3', 'true']);
    assert.deepEqual(pick(normalized, 'search'), ['a', '3', 'true']);
    assert.deepEqual(normalized.problems, []);
});

test('a dict maps value to label, in key order', () => {
    const normalized = normalizeOptions({ NYC: 'New York', MTL: 'Montréal' });
    assert.deepEqual(pick(normalized, 'value'), ['NYC', 'MTL']);
    assert.deepEqual(pick(normalized, 'label'), ['New York', 'Montréal']);
});

test('dicts keep disabled, title and search; search falls back to the label text', () => {
    const normalized = normalizeOptions([
        { label: 'New York City', value: 'NYC', search: 'The Big Apple', title: 'tip' },
        { label: 'Paris', value: 'PAR', disabled: true },
    ]);
    const [nyc, paris] = normalized.options;
    assert.equal(nyc.search, 'The Big Apple');
    assert.equal(nyc.title, 'tip');
    assert.equal(nyc.disabled, false);
    assert.equal(paris.search, 'Paris');
    assert.equal(paris.disabled, true);
});

test('a missing label shows the value as text', () => {
    const [option] = normalizeOptions([{ value: 7 }]).options;
    assert.equal(option.label, '7');
    assert.equal(option.search, '7');
});

test('3 and "3" and true and "true" are four different values', () => {
    const normalized = normalizeOptions([3, '3', true, 'true']);
    assert.equal(normalized.indexByValue.get(3), 0);
    assert.equal(normalized.indexByValue.get('3'), 1);
    assert.equal(normalized.indexByValue.get(true), 2);
    assert.equal(normalized.indexByValue.get('true'), 3);
    assert.deepEqual(normalized.problems, []);
});

test('groups: options flattened with their group, headings kept', () => {
    const normalized = normalizeOptions([
        'Paris',
        { label: 'Canada', options: [{ label: 'Montréal', value: 'MTL' }, 'Toronto'] },
    ]);
    assert.deepEqual(pick(normalized, 'value'), ['Paris', 'MTL', 'Toronto']);
    assert.deepEqual(pick(normalized, 'group'), [-1, 0, 0]);
    assert.deepEqual(normalized.groups, [{ label: 'Canada', text: 'Canada' }]);
});

test('bad shapes are skipped, each named once in problems, the rest still works', () => {
    const normalized = normalizeOptions([
        null,
        'ok',
        { label: 'no value' },
        { label: 'object value', value: { a: 1 } },
        [1, 2],
        { label: 'Outer', options: [{ label: 'Inner', options: ['x'] }] },
    ]);
    assert.deepEqual(pick(normalized, 'value'), ['ok']);
    assert.equal(normalized.problems.length, 5);
    assert.match(normalized.problems[0], /options\[0\] is null/);
    assert.match(normalized.problems[1], /options\[2\].*"no value"/);
    assert.match(normalized.problems[2], /options\[3\]/);
    assert.match(normalized.problems[3], /options\[4\] is \[1,2\]/);
    assert.match(normalized.problems[4], /groups cannot nest/);
});

test('duplicate values: both options shown, the first one matched, one problem', () => {
    const normalized = normalizeOptions(['a', 'a']);
    assert.equal(normalized.options.length, 2);
    assert.equal(normalized.indexByValue.get('a'), 0);
    assert.equal(normalized.problems.length, 1);
    assert.match(normalized.problems[0], /duplicate value "a"/);
});

test('problems are capped so one console line stays readable', () => {
    const normalized = normalizeOptions(Array.from({ length: 50 }, () => null));
    assert.equal(normalized.problems.length, 6);
    assert.equal(normalized.problems[5], '...');
});

test('null, undefined and non-list options give no options; a scalar is a problem', () => {
    assert.deepEqual(normalizeOptions(null).options, []);
    assert.deepEqual(normalizeOptions(undefined).options, []);
    assert.equal(normalizeOptions('abc').problems.length, 1);
});

test('an HTML label stays a string: text, never markup', () => {
    const [option] = normalizeOptions([{ label: '<b>bold</b>', value: 1 }]).options;
    assert.equal(option.label, '<b>bold</b>');
    assert.equal(option.search, '<b>bold</b>');
});

test('a component label given as layout JSON is searched by its text and kept for rendering', () => {
    const label = {
        type: 'Div',
        namespace: 'dash_html_components',
        props: {
            children: [
                'New York ',
                {
                    type: 'B',
                    namespace: 'dash_html_components',
                    props: { children: 'City' },
                },
            ],
        },
    };
    const [option] = normalizeOptions([{ label, value: 'NYC' }]).options;
    assert.equal(option.search, 'New York City');
    assert.equal(option.text, 'New York City');
    assert.equal(option.label, label);
});

test('property: every valid primitive option is kept, in order, with its exact value', () => {
    const primitive = fc.oneof(
        fc.string(),
        fc.integer(),
        fc.boolean(),
        fc.double({ noNaN: true, noDefaultInfinity: true })
    );
    fc.assert(
        fc.property(fc.array(primitive), (values) => {
            const normalized = normalizeOptions(values);
            assert.equal(normalized.options.length, values.length);
            normalized.options.forEach((option, i) => {
                assert.ok(
                    Object.is(option.value, values[i]) || option.value === values[i]
                );
                assert.equal(typeof option.search, 'string');
                assert.ok(!option.search.includes('[object Object]'));
            });
        })
    );
});

test('property: any junk in the list never throws and only valid entries come out', () => {
    fc.assert(
        fc.property(fc.array(fc.anything()), (entries) => {
            const normalized = normalizeOptions(entries);
            for (const option of normalized.options) {
                assert.ok(['string', 'number', 'boolean'].includes(typeof option.value));
                assert.equal(typeof option.search, 'string');
                assert.ok(!option.search.includes('[object Object]'));
            }
        })
    );
});
