import { test } from 'node:test';
import assert from 'node:assert/strict';
import { plainPoint, pointEventData } from '../../src/lib/graph/events/pointData.js';
import {
    editsShapes,
    figureWithShapes,
    plainShapes,
} from '../../src/lib/graph/events/shapes.js';

// A plotly event point: plain fields plus the circular trace/axis objects plotly attaches.
function plotlyPoint(extra = {}) {
    const fullData = { index: 0 };
    fullData.self = fullData;
    return {
        curveNumber: 0,
        pointNumber: 2,
        pointIndex: 2,
        x: 3,
        y: 30,
        data: { mode: 'markers' },
        fullData,
        xaxis: { _id: 'x' },
        ...extra,
    };
}

test('a point keeps every field that is not an object or array, as dcc.Graph', () => {
    const point = plotlyPoint({
        'marker.color': 'red',
        text: null,
        colors: new Float64Array([1]),
        pointIndices: [2],
        bbox: { x0: 1, x1: 2, y0: 3, y1: 4 },
        handler() {},
    });
    assert.deepEqual(plainPoint(point, [{}]), {
        curveNumber: 0,
        pointNumber: 2,
        pointIndex: 2,
        x: 3,
        y: 30,
        'marker.color': 'red',
        text: null,
        colors: new Float64Array([1]),
        bbox: { x0: 1, x1: 2, y0: 3, y1: 4 },
    });
    assert.doesNotThrow(() => JSON.stringify(pointEventData({ points: [point] }, [{}])));
});

test('customdata is read from the trace as given, by pointNumber', () => {
    const data = [{ customdata: ['a', 'b', ['c', 1]] }];
    assert.deepEqual(plainPoint(plotlyPoint(), data).customdata, ['c', 1]);
    // the point's own customdata array does not count: dcc reads the figure's
    assert.equal(
        plainPoint(plotlyPoint({ customdata: ['x'] }), [{}]).customdata,
        undefined
    );
});

test('a line or fill without a point number gets the whole customdata', () => {
    const data = [{ customdata: ['obj-1'] }];
    const fill = { curveNumber: 0, pointNumber: undefined, data: { mode: 'lines' } };
    assert.deepEqual(plainPoint(fill, data), { curveNumber: 0, customdata: ['obj-1'] });
    const noMode = { curveNumber: 0, pointNumber: undefined, data: {} };
    assert.deepEqual(plainPoint(noMode, data), { curveNumber: 0 });
});

test('binned points (histogram) keep pointNumbers and their customdata', () => {
    const data = [{ customdata: ['a', 'b', 'c'] }];
    const bin = { curveNumber: 0, pointNumbers: [0, 2], x: 1, y: 2 };
    assert.deepEqual(plainPoint(bin, data), {
        curveNumber: 0,
        x: 1,
        y: 2,
        pointNumbers: [0, 2],
        customdata: ['a', 'c'],
    });
});

test('no event or no points: null', () => {
    assert.equal(pointEventData(undefined, []), null);
    assert.equal(pointEventData({}, []), null);
});

test('shape edits are recognised by their relayout keys', () => {
    assert.equal(editsShapes({ shapes: [] }), true);
    assert.equal(editsShapes({ 'shapes[1].x0': 2 }), true);
    assert.equal(editsShapes({ 'xaxis.range[0]': 2 }), false);
    assert.equal(editsShapes(undefined), false);
});

test('shapes written back: plain JSON in a new figure, null when unchanged', () => {
    const shapes = plainShapes([{ type: 'rect', x0: 1, _private: { big: true } }]);
    assert.deepEqual(shapes, [{ type: 'rect', x0: 1 }]);
    const figure = { data: [1], layout: { title: 't' } };
    const next = figureWithShapes(figure, shapes);
    assert.deepEqual(next, { data: [1], layout: { title: 't', shapes } });
    assert.equal(next.data, figure.data);
    assert.equal(figureWithShapes(next, plainShapes(shapes)), null);
    assert.deepEqual(figureWithShapes(null, shapes), { layout: { shapes } });
    assert.equal(plainShapes(undefined), null);
});
