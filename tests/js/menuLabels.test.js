import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
    DEFAULT_LABELS,
    createRowText,
    menuLabels,
    selectedCountText,
} from '../../src/lib/dropdown/options/menuLabels.js';

test('menuLabels: no labels gives the defaults', () => {
    assert.equal(menuLabels(undefined), DEFAULT_LABELS);
    assert.equal(menuLabels(null).select_all, 'Select All');
});

test('menuLabels: given strings replace their key only', () => {
    const labels = menuLabels({ select_all: 'Tout choisir', no_options_found: 'Rien' });
    assert.equal(labels.select_all, 'Tout choisir');
    assert.equal(labels.no_options_found, 'Rien');
    assert.equal(labels.deselect_all, 'Deselect All');
});

test('menuLabels: an empty string is a label; non-strings and unknown keys are ignored', () => {
    const labels = menuLabels({ search: '', clear_selection: 3, other: 'x' });
    assert.equal(labels.search, '');
    assert.equal(labels.clear_selection, 'Clear selection');
    assert.equal('other' in labels, false);
});

test('selectedCountText fills every placeholder', () => {
    assert.equal(selectedCountText('{num_selected} selected', 3), '3 selected');
    assert.equal(selectedCountText('{num_selected}/{num_selected}', 2), '2/2');
    assert.equal(selectedCountText('many', 5), 'many');
});

test('createRowText fills every {value} with the typed text, as text', () => {
    assert.equal(createRowText(menuLabels(null).create, 'Lisbon'), 'Add "Lisbon"');
    assert.equal(
        createRowText('Ajouter « {value} » ({value})', 'x'),
        'Ajouter « x » (x)'
    );
    assert.equal(createRowText('{value}', '<b>$&</b>'), '<b>$&</b>');
});
