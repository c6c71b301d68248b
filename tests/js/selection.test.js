import { test } from 'node:test';
import assert from 'node:assert/strict';
import { normalizeOptions } from '../../src/lib/dropdown/options/normalizeOptions.js';
import {
    deselectAllValues,
    emptiesUnclearable,
    pickValue,
    prunedValue,
    selectAllValues,
    selectedOptions,
    valueAfterControlChange,
    valuesOf,
    visibleChips,
} from '../../src/lib/dropdown/options/selection.js';

const normalized = normalizeOptions([
    1,
    '1',
    true,
    { label: 'off', value: 'x', disabled: true },
]);

test('valuesOf: single and multi, empty and lists', () => {
    assert.deepEqual(valuesOf(null, false), []);
    assert.deepEqual(valuesOf(3, false), [3]);
    assert.deepEqual(valuesOf([3, 4], true), [3, 4]);
    assert.deepEqual(valuesOf(3, true), [3]);
    assert.deepEqual(valuesOf(undefined, true), []);
});

test('selectedOptions matches by exact type and stands in for unknown values', () => {
    const [one, oneText, unknown] = selectedOptions([1, '1', 99], normalized);
    assert.equal(one, normalized.options[0]);
    assert.equal(oneText, normalized.options[1]);
    assert.equal(unknown.label, '99');
    assert.equal(unknown.value, 99);
});

test('prunedValue drops values no longer in options, or says nothing changed', () => {
    assert.equal(prunedValue(1, false, normalized.indexByValue), undefined);
    assert.equal(prunedValue(2, false, normalized.indexByValue), null);
    assert.deepEqual(prunedValue([1, 2, true], true, normalized.indexByValue), [1, true]);
    assert.equal(prunedValue([1, true], true, normalized.indexByValue), undefined);
    assert.equal(prunedValue(null, false, normalized.indexByValue), undefined);
    // an empty value is left as it is, as dcc does
    assert.equal(prunedValue('', false, normalized.indexByValue), undefined);
});

test('pickValue replaces in single, toggles in multi', () => {
    assert.equal(pickValue([1], '1', false), '1');
    assert.deepEqual(pickValue([1], '1', true), [1, '1']);
    assert.deepEqual(pickValue([1, '1'], 1, true), ['1']);
});

test('pickValue in single: the option already picked clears a clearable value', () => {
    assert.equal(pickValue([1], 1, false), null);
    assert.equal(pickValue([1], 1, false, false), 1);
    assert.equal(pickValue([], 1, false), 1);
});

test('emptiesUnclearable refuses only an empty value with clearable False', () => {
    assert.equal(emptiesUnclearable([], false), true);
    assert.equal(emptiesUnclearable(null, false), true);
    assert.equal(emptiesUnclearable(['a'], false), false);
    assert.equal(emptiesUnclearable('a', false), false);
    assert.equal(emptiesUnclearable([], true), false);
    assert.equal(emptiesUnclearable(null, true), false);
});

test('select all adds the enabled hits after the current values; deselect all removes them', () => {
    const hits = [0, 2, 3];
    assert.deepEqual(selectAllValues(['1'], hits, normalized.options), ['1', 1, true]);
    assert.deepEqual(deselectAllValues(['1', 1, true], hits, normalized.options), ['1']);
    const values = [1];
    assert.equal(selectAllValues(values, [0], normalized.options), values);
    assert.equal(deselectAllValues(values, [1], normalized.options), values);
});

test('a disabled option selected by the app stays through deselect all', () => {
    assert.deepEqual(deselectAllValues(['x', 1], [0, 3], normalized.options), ['x']);
});

test('control changes act on the full list of values', () => {
    const values = [1, '1', true];
    assert.deepEqual(valueAfterControlChange(values, true, 'clear'), []);
    assert.equal(valueAfterControlChange([1], false, 'clear'), null);
    assert.deepEqual(valueAfterControlChange(values, true, 'pop-value'), [1, '1']);
    assert.equal(valueAfterControlChange([], true, 'pop-value'), undefined);
    assert.deepEqual(
        valueAfterControlChange(values, true, 'remove-value', { value: '1' }),
        [1, true]
    );
    // the "+N more" chip removes nothing
    assert.equal(
        valueAfterControlChange(values, true, 'remove-value', { more: true }),
        undefined
    );
    assert.equal(
        valueAfterControlChange(values, true, 'select-option', { value: 2 }),
        undefined
    );
});

test('visibleChips caps the chips with one "+N more" chip', () => {
    const selected = selectedOptions([1, '1', true], normalized);
    assert.equal(visibleChips(selected, 3), selected);
    const chips = visibleChips(selected, 2);
    assert.deepEqual(chips.slice(0, 2), selected.slice(0, 2));
    assert.equal(chips[2].label, '+1 more');
    assert.ok(chips[2].more);
});
