import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import {
    sameSelectedPoints,
    selectedPointsOf,
} from '../../src/lib/graph/selections/selectedPoints.js';

test('selectedPointsOf reads each trace, null where a trace has no selection', () => {
    const kept = [4, 2];
    const data = [{ selectedpoints: kept }, {}, { selectedpoints: null }, null];
    const state = selectedPointsOf(data);
    assert.deepEqual(state, [[4, 2], null, null, null]);
    assert.equal(
        state[0],
        kept,
        'no copy: plotly replaces the array when it selects again'
    );
    assert.deepEqual(selectedPointsOf(undefined), []);
});

test('the same indices in every trace draw alike, also as fresh arrays', () => {
    assert.equal(sameSelectedPoints([[1, 2], null], [[1, 2], null]), true);
    const same = [7, 8];
    assert.equal(sameSelectedPoints([same], [same]), true);
    assert.equal(sameSelectedPoints([new Int32Array([1, 2])], [[1, 2]]), true);
    assert.equal(sameSelectedPoints([], []), true);
});

test('a changed, added, missing or reordered index does not draw alike', () => {
    assert.equal(sameSelectedPoints([[1, 2]], [[1, 3]]), false);
    assert.equal(sameSelectedPoints([[1, 2]], [[1, 2, 3]]), false);
    assert.equal(sameSelectedPoints([[1, 2]], [[2, 1]]), false);
    assert.equal(sameSelectedPoints([[1]], [[1], null]), false, 'another trace');
});

test('an empty selection (all dimmed) is not the same as none (all plain)', () => {
    assert.equal(sameSelectedPoints([[]], [null]), false);
    assert.equal(sameSelectedPoints([null], [[]]), false);
    assert.equal(sameSelectedPoints([null], [null]), true);
});

test('anything but two lists is never the same', () => {
    assert.equal(sameSelectedPoints(null, []), false);
    assert.equal(sameSelectedPoints([], undefined), false);
});

test('property: same exactly when every trace holds the same list or both none', () => {
    const trace = fc.option(fc.array(fc.nat(20), { maxLength: 6 }), { nil: null });
    fc.assert(
        fc.property(
            fc.array(trace, { maxLength: 4 }),
            fc.array(trace, { maxLength: 4 }),
            (a, b) => {
                const expected = JSON.stringify(a) === JSON.stringify(b);
                assert.equal(sameSelectedPoints(a, b), expected);
                assert.equal(
                    sameSelectedPoints(
                        a,
                        a.map((x) => (x ? [...x] : x))
                    ),
                    true
                );
            }
        )
    );
});
