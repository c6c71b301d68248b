import { test } from 'node:test';
import assert from 'node:assert/strict';
import { normalizeOptions } from '../../src/lib/options/normalizeOptions.js';

test('a list of strings becomes label/value options', () => {
    assert.deepEqual(normalizeOptions(['a', 'b']), [
        { label: 'a', value: 'a', disabled: false },
        { label: 'b', value: 'b', disabled: false },
    ]);
});

test('numbers and booleans keep their type as values', () => {
    const [three, yes] = normalizeOptions([3, true]);
    assert.equal(three.value, 3);
    assert.equal(yes.value, true);
    assert.equal(three.label, '3');
});

test('a dict maps value to label', () => {
    assert.deepEqual(normalizeOptions({ NYC: 'New York' }), [
        { label: 'New York', value: 'NYC' },
    ]);
});

test('null options give no options', () => {
    assert.deepEqual(normalizeOptions(null), []);
});
