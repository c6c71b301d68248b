import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
    isLayoutComponent,
    isReactElement,
    labelText,
} from '../../src/lib/dropdown/options/labelText.js';

const div = (children) => ({
    type: 'Div',
    namespace: 'dash_html_components',
    props: { children },
});
// What React.createElement returns, without React: only the shape matters here.
const element = (props) => ({ $$typeof: Symbol.for('react.element'), type: 'x', props });

test('strings and numbers are their own text', () => {
    assert.equal(labelText('São Paulo'), 'São Paulo');
    assert.equal(labelText(42), '42');
});

test('layout JSON: nested children joined with single spaces', () => {
    assert.equal(labelText(div(['New', div([' York ', div('City')])])), 'New York City');
});

test('a list of components', () => {
    assert.equal(labelText([div('A'), ' and ', div('B')]), 'A and B');
});

test('Dash 2 element: text from props._dashprivate_layout', () => {
    assert.equal(labelText(element({ _dashprivate_layout: div('Tokyo') })), 'Tokyo');
});

test('Dash 3/4 element: text from the DashWrapper props._passedComponent', () => {
    const wrapper = element({
        componentPath: ['props', 'options', 0, 'label'],
        _passedComponent: div(['New York ', div('City')]),
    });
    assert.equal(labelText(wrapper), 'New York City');
});

test('a plain React element: text from its children', () => {
    assert.equal(
        labelText(element({ children: ['a', element({ children: 'b' })] })),
        'a b'
    );
});

test('objects without text never become "[object Object]"', () => {
    assert.equal(labelText({ foo: 1 }), '');
    assert.equal(labelText(div({ nested: 'x' })), '');
    assert.equal(labelText([null, undefined, true, div(null)]), '');
});

test('shape checks', () => {
    assert.ok(isLayoutComponent(div('x')));
    assert.ok(!isLayoutComponent(element({})));
    assert.ok(isReactElement(element({})));
    assert.ok(!isReactElement(div('x')));
});
