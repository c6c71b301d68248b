import { test } from 'node:test';
import assert from 'node:assert/strict';
import { longestOption } from '../../src/lib/dropdown/options/longestOption.js';
import { normalizeOptions } from '../../src/lib/dropdown/options/normalizeOptions.js';

test('the option with the longest text, the first of equals', () => {
    const { options } = normalizeOptions(['ab', 'abcd', 'wxyz', 'a']);
    assert.equal(longestOption(options), 1);
});

test('labels count by their text; no options gives -1', () => {
    const { options } = normalizeOptions([
        { label: 'short', value: 'a value much longer than the label' },
        { label: 'a longer label', value: 'b' },
    ]);
    assert.equal(longestOption(options), 1);
    assert.equal(longestOption([]), -1);
});
