import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
    EDGE_GAP,
    MENU_GUTTER,
    placeMenu,
    samePlace,
} from '../../src/lib/dropdown/menu/menuPlacement.js';

const viewport = { width: 1000, height: 800, scrollX: 0, scrollY: 0 };
const control = (top) => ({ top, bottom: top + 38, left: 20, width: 300 });

test('below the control when the menu fits there', () => {
    assert.deepEqual(placeMenu(control(100), viewport, 200), {
        placement: 'bottom',
        top: 138,
        left: 20,
        width: 300,
        maxWidth: 1000 - 20 - EDGE_GAP,
    });
    // exactly enough room below, gutter included
    const rect = control(800 - 38 - 200 - MENU_GUTTER);
    assert.equal(placeMenu(rect, viewport, 200).placement, 'bottom');
});

test('above the control when it fits only there, anchored at the control top', () => {
    assert.deepEqual(placeMenu(control(700), viewport, 200), {
        placement: 'top',
        top: 700,
        left: 20,
        width: 300,
        maxWidth: 1000 - 20 - EDGE_GAP,
    });
});

test('below when it fits on neither side', () => {
    assert.equal(
        placeMenu(control(100), { ...viewport, height: 200 }, 500).placement,
        'bottom'
    );
});

test('document coordinates: the page scroll is added', () => {
    const placed = placeMenu(
        control(100),
        { width: 1000, height: 800, scrollX: 7, scrollY: 1000 },
        200
    );
    assert.deepEqual(placed, {
        placement: 'bottom',
        top: 1138,
        left: 27,
        width: 300,
        maxWidth: 972,
    });
});

test('a placement already chosen is kept, whatever the room', () => {
    assert.equal(placeMenu(control(700), viewport, 200, 'bottom').placement, 'bottom');
    assert.equal(placeMenu(control(100), viewport, 200, 'top').placement, 'top');
    assert.equal(placeMenu(control(100), viewport, 200, 'sideways').placement, 'bottom');
});

test('samePlace compares every field, and null is never the same', () => {
    const a = placeMenu(control(100), viewport, 200);
    assert.ok(samePlace(a, { ...a }));
    assert.ok(!samePlace(a, { ...a, top: a.top + 1 }));
    assert.ok(!samePlace(a, { ...a, placement: 'top' }));
    assert.ok(!samePlace(null, a));
    assert.ok(!samePlace(a, null));
});

test('a menu may grow to the window edge, and never narrower than its control', () => {
    assert.equal(placeMenu(control(100), viewport, 200).maxWidth, 972);
    const narrow = { ...viewport, width: 200 };
    assert.equal(placeMenu(control(100), narrow, 200).maxWidth, 300);
});
