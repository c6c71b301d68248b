import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
    buildMenuRows,
    groupOfHeadingRow,
    isHeadingRow,
    nextOptionRow,
} from '../../src/lib/dropdown/options/menuRows.js';
import { normalizeOptions } from '../../src/lib/dropdown/options/normalizeOptions.js';

const grouped = normalizeOptions([
    'Paris',
    { label: 'Canada', options: ['Montréal', 'Toronto'] },
    { label: 'Japan', options: ['Tokyo'] },
]);

test('without groups the hits are the rows', () => {
    const hits = [2, 0, 1];
    assert.equal(buildMenuRows(hits, normalizeOptions(['a', 'b', 'c']).options, 0), hits);
});

test('a heading before each group with a hit; groups without hits are hidden', () => {
    const rows = buildMenuRows([0, 2], grouped.options, grouped.groups.length);
    assert.deepEqual(rows, [0, -1, 2]);
    assert.ok(isHeadingRow(rows[1]));
    assert.equal(groupOfHeadingRow(rows[1]), 0);
    assert.deepEqual(buildMenuRows([3], grouped.options, 2), [-2, 3]);
});

test('sections keep the options order, hits keep their order inside a section', () => {
    // relevance order put Tokyo first, then Toronto, then Montréal, then Paris
    assert.deepEqual(
        buildMenuRows([3, 2, 1, 0], grouped.options, 2),
        [0, -1, 2, 1, -2, 3]
    );
});

test('keyboard moves skip headings and stop at the ends', () => {
    const rows = [0, -1, 2, 1, -2, 3];
    assert.equal(nextOptionRow(rows, 0, 1), 2);
    assert.equal(nextOptionRow(rows, 3, 1), 5);
    assert.equal(nextOptionRow(rows, 5, 1), -1);
    assert.equal(nextOptionRow(rows, 2, -1), 0);
    assert.equal(nextOptionRow(rows, -1, 1), 0);
    assert.equal(nextOptionRow([-1, 4], -1, 1), 1);
});
