import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
    MAX_CREATED_LENGTH,
    optionsWithCreated,
    takenNames,
    textToCreate,
} from '../../src/lib/dropdown/options/createOption.js';
import { normalizeOptions } from '../../src/lib/dropdown/options/normalizeOptions.js';
import { foldText } from '../../src/lib/search/foldText.js';

const names = takenNames(
    normalizeOptions([
        { label: 'Montréal', value: 'MTL' },
        'Paris',
        { label: 'Tokyo', value: 3 },
    ]).options
);

test('textToCreate: a text no option has offers its trimmed self', () => {
    assert.equal(textToCreate('  Lisbon ', names), 'Lisbon');
    assert.equal(textToCreate('Par', names), 'Par');
});

test('textToCreate: equal to a label or a value after folding offers nothing', () => {
    assert.equal(textToCreate('montreal', names), null);
    assert.equal(textToCreate(' MONTRÉAL ', names), null);
    assert.equal(textToCreate('mtl', names), null);
    assert.equal(textToCreate('PARIS', names), null);
    assert.equal(textToCreate('3', names), null);
    assert.equal(textToCreate('tokyo', names), null);
});

test('textToCreate: equal to a picked value after folding offers nothing', () => {
    assert.equal(textToCreate('lisbon', names, ['Lisbon']), null);
    assert.equal(textToCreate('Lisbon', names, ['Porto']), 'Lisbon');
});

test('textToCreate: blank, only spaces or invisible characters offers nothing', () => {
    assert.equal(textToCreate('', names), null);
    assert.equal(textToCreate('   ', names), null);
    assert.equal(textToCreate('\t\u00a0\n', names), null);
    assert.equal(textToCreate('\u200b', names), null);
    assert.equal(textToCreate(undefined, names), null);
});

test('textToCreate: up to MAX_CREATED_LENGTH characters (trimmed), not one more', () => {
    const longest = 'a'.repeat(MAX_CREATED_LENGTH);
    assert.equal(textToCreate(` ${longest} `, names), longest);
    assert.equal(textToCreate(`${longest}a`, names), null);
});

test('optionsWithCreated: a list gets a {label, value} entry at the end, unchanged otherwise', () => {
    const options = ['Paris', { label: 'Tokyo', value: 3 }];
    const next = optionsWithCreated(options, 'Lisbon');
    assert.deepEqual(next, [
        'Paris',
        { label: 'Tokyo', value: 3 },
        { label: 'Lisbon', value: 'Lisbon' },
    ]);
    assert.equal(options.length, 2);
});

test('optionsWithCreated: a dict gets the key; no options give a list of one', () => {
    assert.deepEqual(optionsWithCreated({ PAR: 'Paris' }, 'Lisbon'), {
        PAR: 'Paris',
        Lisbon: 'Lisbon',
    });
    assert.deepEqual(optionsWithCreated(null, 'Lisbon'), [
        { label: 'Lisbon', value: 'Lisbon' },
    ]);
});

test('a created option is then taken: typing it again offers nothing', () => {
    const options = optionsWithCreated(['Paris'], 'Lisbon');
    const taken = takenNames(normalizeOptions(options).options);
    assert.equal(textToCreate('lisbon', taken), null);
});

test('textToCreate on random unicode: never empty, never a taken name after folding', () => {
    // a fixed seed: the same texts on every run
    let seed = 7;
    const random = () => {
        seed = (seed * 1103515245 + 12345) % 2147483648;
        return seed / 2147483648;
    };
    const pieces = [
        ' ',
        '\u200b',
        '\u00a0',
        'e',
        'É',
        '\u0301',
        'ß',
        'ss',
        'Ⅻ',
        '😀',
        'م',
        '\ud800',
    ];
    const texts = [];
    for (let i = 0; i < 2000; i++) {
        let text = '';
        const length = Math.floor(random() * 8);
        for (let k = 0; k < length; k++) {
            text += pieces[Math.floor(random() * pieces.length)];
        }
        texts.push(text);
    }
    const taken = takenNames(
        normalizeOptions(texts.slice(0, 100).filter((text) => foldText(text) !== ''))
            .options
    );
    for (const text of texts) {
        const created = textToCreate(text, taken);
        if (created !== null) {
            assert.notEqual(foldText(created), '');
            assert.equal(taken.has(foldText(created)), false);
            assert.equal(created, created.trim());
        }
    }
    assert.ok(texts.slice(100).some((text) => textToCreate(text, taken) !== null));
});
