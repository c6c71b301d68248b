import { test } from 'node:test';
import assert from 'node:assert/strict';
import { foldText } from '../../src/lib/search/foldText.js';

test('lower-cases and removes accents', () => {
    assert.equal(foldText('São Paulo'), 'sao paulo');
    assert.equal(foldText('Zürich'), 'zurich');
    assert.equal(foldText('Ñuñoa'), 'nunoa');
    assert.equal(foldText('Đà Nẵng'), 'da nang');
    assert.equal(foldText('MONTRÉAL'), 'montreal');
});

test('folds letters that NFD does not split', () => {
    assert.equal(foldText('Łódź'), 'lodz');
    assert.equal(foldText('Straße'), 'strasse');
    assert.equal(foldText('STRAẞE'), 'strasse');
    assert.equal(foldText('Øresund'), 'oresund');
    assert.equal(foldText('Ærøskøbing'), 'aeroskobing');
    assert.equal(foldText('Œuvre'), 'oeuvre');
    assert.equal(foldText('Þórshöfn'), 'thorshofn');
    assert.equal(foldText('Diyarbakır'), 'diyarbakir');
    assert.equal(foldText('İstanbul'), 'istanbul');
});

test('folds compatibility forms: ligatures, full-width letters, units', () => {
    assert.equal(foldText('ﬁnal'), 'final');
    assert.equal(foldText('Ｔｏｋｙｏ'), 'tokyo');
    assert.equal(foldText('㎒'), 'mhz');
});

test('Greek final sigma folds like sigma', () => {
    assert.equal(foldText('ΟΔΟΣ'), foldText('οδοσ'));
});

test('typographic apostrophes and dashes fold to their ASCII forms', () => {
    assert.equal(foldText('O’Hare'), "o'hare");
    assert.equal(foldText('Saint–Étienne'), 'saint-etienne');
});

test('whitespace runs become one space, trimmed', () => {
    assert.equal(foldText('  New \t York\n\u00a0City  '), 'new york city');
    assert.equal(foldText('   '), '');
});

test('invisible format characters are dropped', () => {
    assert.equal(foldText('Zu\u200brich'), 'zurich');
    assert.equal(foldText('\u200fתל אביב'), 'תל אביב');
    assert.equal(foldText('soft\u00adhyphen'), 'softhyphen');
});

test('anything but a string folds to the empty string', () => {
    for (const value of [null, undefined, 3, true, {}, [], Symbol('s')]) {
        assert.equal(foldText(value), '');
    }
});

test('characters beyond the BMP fold as code points, not halves', () => {
    assert.equal(foldText('𝒜𝓑𝕔'), 'abc');
    assert.equal(foldText('🄰'), 'a');
    assert.equal(foldText('👍 Ok'), '👍 ok');
    assert.equal(foldText('𠀋'), '𠀋');
});

test('every character folds to a fold of itself (so folding is idempotent)', () => {
    const ranges = [
        [0, 0xffff],
        [0x10000, 0x1007f], // Linear B
        [0x1d400, 0x1d7ff], // mathematical letters and digits
        [0x1f100, 0x1f1ff], // enclosed letters
        [0x1f300, 0x1f3ff], // emoji
        [0x20000, 0x2007f], // CJK extension B
        [0xe0000, 0xe007f], // tags
    ];
    const broken = [];
    for (const [first, last] of ranges) {
        for (let codePoint = first; codePoint <= last; codePoint++) {
            const folded = foldText(String.fromCodePoint(codePoint));
            if (foldText(folded) !== folded) {
                broken.push(codePoint.toString(16));
            }
        }
    }
    assert.deepEqual(broken, []);
});

test('lone surrogate halves fold to U+FFFD', () => {
    assert.equal(foldText('a\ud800B'), 'a\ufffdb');
});
