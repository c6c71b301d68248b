import { test } from 'node:test';
import assert from 'node:assert/strict';
import { sameOptions } from '../../src/lib/dropdown/options/sameOptions.js';

const layout = {
    type: 'Div',
    namespace: 'dash_html_components',
    props: { children: 'NYC' },
};
const element = (props) => ({ $$typeof: Symbol.for('react.element'), type: 'x', props });

test('fresh copies of the same options are the same', () => {
    const a = [
        { label: 'a', value: 1 },
        'b',
        { label: 'G', options: [{ label: 'c', value: 3 }] },
    ];
    const b = [
        { label: 'a', value: 1 },
        'b',
        { label: 'G', options: [{ label: 'c', value: 3 }] },
    ];
    assert.ok(sameOptions(a, b));
});

test('labels re-wrapped by Dash around the same layout are the same', () => {
    const a = [{ label: element({ _passedComponent: layout }), value: 'NYC' }];
    const b = [{ label: element({ _passedComponent: layout }), value: 'NYC' }];
    assert.ok(sameOptions(a, b));
    const c = [{ label: element({ _passedComponent: { ...layout } }), value: 'NYC' }];
    assert.ok(!sameOptions(a, c));
});

test('any changed field, length or type makes them different', () => {
    const a = [{ label: 'a', value: 1 }];
    assert.ok(!sameOptions(a, [{ label: 'a', value: '1' }]));
    assert.ok(!sameOptions(a, [{ label: 'a', value: 1, disabled: true }]));
    assert.ok(!sameOptions(a, [{ label: 'b', value: 1 }]));
    assert.ok(!sameOptions(a, []));
    assert.ok(!sameOptions(a, { 1: 'a' }));
});
