import { test } from 'node:test';
import assert from 'node:assert/strict';
import { PAGE_ROWS, rowForKey } from '../../src/lib/dropdown/menu/menuKeys.js';

const plain = Array.from({ length: 25 }, (_, i) => i);
// a heading (-1) first, another (-2) at row 12
const grouped = [-1, ...plain.slice(0, 11), -2, ...plain.slice(11)];

test('arrows move one row and wrap around at the ends', () => {
    assert.equal(rowForKey('ArrowDown', plain, 3), 4);
    assert.equal(rowForKey('ArrowUp', plain, 3), 2);
    assert.equal(rowForKey('ArrowDown', plain, 24), 0);
    assert.equal(rowForKey('ArrowUp', plain, 0), 24);
    assert.equal(rowForKey('ArrowDown', plain, -1), 0);
});

test('PageDown and PageUp move ten rows and stop at the ends', () => {
    assert.equal(PAGE_ROWS, 10);
    assert.equal(rowForKey('PageDown', plain, 0), 10);
    assert.equal(rowForKey('PageDown', plain, 10), 20);
    assert.equal(rowForKey('PageDown', plain, 20), 24);
    assert.equal(rowForKey('PageUp', plain, 24), 14);
    assert.equal(rowForKey('PageUp', plain, 5), 0);
});

test('Home and End go to the first and last options', () => {
    assert.equal(rowForKey('Home', plain, 12), 0);
    assert.equal(rowForKey('End', plain, 12), 24);
    assert.equal(rowForKey('Home', grouped, 12), 1);
});

test('group headings are skipped', () => {
    assert.equal(rowForKey('ArrowDown', grouped, 11), 13);
    assert.equal(rowForKey('ArrowUp', grouped, 13), 11);
    assert.equal(rowForKey('ArrowUp', grouped, 1), grouped.length - 1);
    // ten rows down from row 2 is the heading at row 12: the option after it
    assert.equal(rowForKey('PageDown', grouped, 2), 13);
});

test('other keys move nothing; an empty menu has no row', () => {
    assert.equal(rowForKey('Enter', plain, 3), null);
    assert.equal(rowForKey('a', plain, 3), null);
    assert.equal(rowForKey('ArrowDown', [], -1), -1);
    assert.equal(rowForKey('End', [], -1), -1);
});
