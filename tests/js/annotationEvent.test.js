import { test } from 'node:test';
import assert from 'node:assert/strict';
import { annotationEventData } from '../../src/lib/figure/annotationEvent.js';

test('annotationEventData copies the public fields as plain JSON', () => {
    const layout = { title: 'x' };
    const full = {
        text: 'peak',
        x: 2,
        y: NaN,
        font: { size: 12, color: '#444' },
        captureevents: true,
        _xa: { _fullLayout: layout },
        _input: { text: 'peak' },
    };
    layout.annotation = full; // plotly's private fields can lead back to the plot
    const data = annotationEventData(
        { index: 1, annotation: { text: 'peak', x: 2 }, fullAnnotation: full, event: {} },
        42
    );
    assert.deepEqual(data, {
        index: 1,
        annotation: { text: 'peak', x: 2 },
        fullAnnotation: {
            text: 'peak',
            x: 2,
            y: null,
            font: { size: 12, color: '#444' },
            captureevents: true,
        },
        timestamp: 42,
    });
    assert.doesNotThrow(() => JSON.stringify(data));
});

test('annotationEventData drops class instances and refuses events without an index', () => {
    class Node {}
    const data = annotationEventData({
        index: 0,
        annotation: { ref: new Node(), t: [1, Infinity] },
    });
    assert.deepEqual(data.annotation, { t: [1, null] });
    assert.equal(data.fullAnnotation, null);
    assert.equal(annotationEventData(undefined), null);
    assert.equal(annotationEventData({}), null);
});

test('annotationEventData stops at a self-referencing plain object', () => {
    const loop = { text: 'a' };
    loop.self = loop;
    const data = annotationEventData({ index: 0, annotation: loop });
    assert.doesNotThrow(() => JSON.stringify(data));
    assert.equal(data.annotation.text, 'a');
});
