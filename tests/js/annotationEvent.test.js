import { test } from 'node:test';
import assert from 'node:assert/strict';
import { annotationEventData } from '../../src/lib/graph/events/annotationEvent.js';

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

test('annotationEventData refuses events without an index', () => {
    assert.equal(annotationEventData(undefined), null);
    assert.equal(annotationEventData({}), null);
    assert.deepEqual(
        annotationEventData({ index: 0, annotation: { t: [1, Infinity] } }, 1),
        {
            index: 0,
            annotation: { t: [1, null] },
            fullAnnotation: null,
            timestamp: 1,
        }
    );
});

test('annotationEventData gives null for a cycle through public fields', () => {
    const loop = { text: 'a' };
    loop.self = loop;
    const data = annotationEventData({ index: 0, annotation: loop });
    assert.equal(data.annotation, null);
    assert.doesNotThrow(() => JSON.stringify(data));
});
