import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
    figureProblem,
    unknownTraceType,
} from '../../src/lib/graph/figure/figureProblem.js';
import {
    configFor,
    isResponsive,
    layoutOverridesFor,
    styleFor,
} from '../../src/lib/graph/figure/responsive.js';
import {
    layoutFor,
    traceUpdateArgs,
    tracesFor,
} from '../../src/lib/graph/figure/plotInput.js';
import { pointCount } from '../../src/lib/graph/figure/pointCount.js';

test('figures plotly can draw pass', () => {
    assert.equal(
        figureProblem({ data: [{ type: 'scatter', x: [1, NaN], y: [1, 2] }] }),
        null
    );
    assert.equal(figureProblem({ data: [], layout: { shapes: [{ x0: 1 }] } }), null);
    assert.equal(figureProblem(null), null);
});

test('what plotly would silently mangle is named', () => {
    assert.equal(
        figureProblem({ data: { type: 'scatter' } }),
        'figure.data is not a list'
    );
    assert.equal(figureProblem({ data: [3] }), 'figure.data[0] is not a dict');
    assert.equal(figureProblem({ layout: [] }), 'figure.layout is not a dict');
    assert.equal(figureProblem('x'), 'figure is not a dict');
    assert.equal(
        figureProblem({ data: [{ marker: { size: NaN } }] }),
        'figure.data[0].marker.size is not a finite number'
    );
    assert.equal(
        figureProblem({ data: [], layout: { shapes: [{ x0: Infinity }] } }),
        'figure.layout.shapes[0].x0 is not a finite number'
    );
});

test('an unknown trace type is found in what plotly drew', () => {
    const drawn = [
        { index: 0, type: 'scatter', _input: { type: 'scatter' } },
        { index: 1, type: 'scatter', _input: { type: 'scater' } },
    ];
    assert.match(unknownTraceType(drawn), /data\[1\]\.type "scater"/);
    assert.equal(unknownTraceType([{ index: 0, type: 'scatter', _input: {} }]), null);
});

test('responsive like dcc.Graph', () => {
    assert.equal(isResponsive({ responsive: true }), true);
    assert.equal(
        isResponsive({ responsive: 'auto', config: { responsive: true }, layout: {} }),
        true
    );
    assert.equal(
        isResponsive({
            responsive: 'auto',
            config: { responsive: true },
            layout: { width: 1, height: 1 },
        }),
        false
    );
    assert.deepEqual(configFor({ a: 1 }, false), { a: 1, responsive: false });
    assert.deepEqual(configFor(undefined, 'auto'), {});
    assert.deepEqual(layoutOverridesFor(false), { autosize: false });
    assert.deepEqual(styleFor(undefined, true), { height: '100%' });
    assert.deepEqual(styleFor({ height: 5 }, true), { height: 5 });
    assert.equal(styleFor(undefined, 'auto'), undefined);
});

test('plot input copies what plotly writes into, shares data arrays', () => {
    const x = [1, 2];
    const data = [{ x, marker: { color: 'red' } }];
    const layout = { xaxis: { range: [0, 1] } };
    const traces = tracesFor(data);
    assert.notEqual(traces[0], data[0]);
    assert.equal(traces[0].x, x);
    const copy = layoutFor(layout, true);
    copy.xaxis.range[0] = 9;
    assert.equal(layout.xaxis.range[0], 0);
    assert.equal(copy.autosize, true);
});

test('extendData forms become plotly arguments', () => {
    assert.deepEqual(traceUpdateArgs([{ y: [[1], [2]] }, [0, 1], 10]), [
        { y: [[1], [2]] },
        [0, 1],
        10,
    ]);
    assert.deepEqual(traceUpdateArgs({ y: [[1], [2]] }), [
        { y: [[1], [2]] },
        [0, 1],
        undefined,
    ]);
    assert.equal(traceUpdateArgs(null), null);
});

test('pointCount counts each trace by its longest per-point array', () => {
    assert.equal(pointCount([{ x: [1, 2, 3], y: [1, 2] }, { values: [1, 2] }]), 5);
    assert.equal(pointCount([{ x: new Float32Array(7) }]), 7);
    assert.equal(pointCount([]), 0);
    assert.equal(pointCount(undefined), 0);
    assert.equal(pointCount([null, 'junk', { type: 'scatter' }]), 0);
});

test('pointCount reads plotly.py typed array specs without decoding them', () => {
    const spec = (dtype, array) => ({
        dtype,
        bdata: Buffer.from(array.buffer).toString('base64'),
    });
    for (const n of [1, 2, 3, 1000, 1001, 1000000]) {
        assert.equal(pointCount([{ x: spec('f4', new Float32Array(n)) }]), n);
        assert.equal(pointCount([{ y: spec('f8', new Float64Array(n)) }]), n);
        assert.equal(pointCount([{ y: spec('i2', new Int16Array(n)) }]), n);
        assert.equal(pointCount([{ y: spec('u1', new Uint8Array(n)) }]), n);
    }
});
