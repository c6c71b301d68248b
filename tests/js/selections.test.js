import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import {
    carriedSelections,
    normalizeSelections,
    sameSelections,
    selectionProblem,
    splitValidSelections,
    withAxisRefs,
} from '../../src/lib/graph/selections/selectionsLayout.js';
import {
    extentOfSelections,
    pointIndices,
    sameIndices,
    selectedDataFromEvent,
} from '../../src/lib/graph/selections/selectedData.js';
import { pathVertices } from '../../src/lib/graph/selections/pathPoints.js';

// A plotly event point: plain fields plus the circular trace/axis objects plotly attaches.
function plotlyPoint(curveNumber, pointIndex, extra = {}) {
    const fullData = { index: curveNumber };
    fullData.self = fullData;
    return {
        curveNumber,
        pointNumber: pointIndex,
        pointIndex,
        x: pointIndex + 1,
        y: pointIndex + 1,
        data: { x: [] },
        fullData,
        xaxis: { _id: 'x' },
        yaxis: { _id: 'y' },
        ...extra,
    };
}

// `count` traces as given in a figure
const traces = (count) => Array.from({ length: count }, () => ({ type: 'scatter' }));

const rect = { type: 'rect', xref: 'x', yref: 'y', x0: 1, y0: 2, x1: 3, y1: 4 };

test("'points' selectedData: dcc's form plus selections", () => {
    const event = {
        points: [plotlyPoint(0, 3), plotlyPoint(1, 0)],
        range: { x: [1, 3], y: [2, 4] },
        selections: [{ ...rect, line: { width: 1 } }],
    };
    const data = selectedDataFromEvent(event, { format: 'points', data: traces(2) });
    assert.deepEqual(Object.keys(data).sort(), ['points', 'range', 'selections']);
    assert.deepEqual(
        data.points.map((p) => [p.curveNumber, p.pointIndex]),
        [
            [0, 3],
            [1, 0],
        ]
    );
    assert.deepEqual(data.selections, [rect]);
    assert.deepEqual(data.range, { x: [1, 3], y: [2, 4] });
});

test("'indices' selectedData: one list per trace, no points", () => {
    const event = {
        points: [plotlyPoint(0, 3), plotlyPoint(2, 7), plotlyPoint(0, 5)],
        lassoPoints: { x: [1, 2, 3], y: [1, 3, 1] },
        selections: [{ type: 'path', path: 'M1,1L2,3L3,1Z' }],
    };
    const data = selectedDataFromEvent(event, { format: 'indices', data: traces(3) });
    assert.deepEqual(data.indices, [[3, 5], [], [7]]);
    assert.equal(data.points, undefined);
    assert.deepEqual(data.lassoPoints, { x: [1, 2, 3], y: [1, 3, 1] });
    assert.deepEqual(data.selections, [
        { type: 'path', xref: 'x', yref: 'y', path: 'M1,1L2,3L3,1Z' },
    ]);
});

test('binned points (histogram) give all their indices', () => {
    const point = { curveNumber: 0, pointNumber: 1, pointIndices: [4, 9] };
    assert.deepEqual(pointIndices([point], 1), [[4, 9]]);
});

test('both formats select the same points (property)', () => {
    const points = fc.array(
        fc.record({ curve: fc.integer({ min: 0, max: 3 }), index: fc.nat(1000) }),
        { maxLength: 60 }
    );
    fc.assert(
        fc.property(points, (list) => {
            const event = {
                points: list.map(({ curve, index }) => plotlyPoint(curve, index)),
                range: { x: [0, 1], y: [0, 1] },
            };
            const asPoints = selectedDataFromEvent(event, {
                format: 'points',
                data: traces(4),
            });
            const asIndices = selectedDataFromEvent(event, {
                format: 'indices',
                data: traces(4),
            });
            const fromPoints = [[], [], [], []];
            for (const p of asPoints.points) {
                fromPoints[p.curveNumber].push(p.pointIndex);
            }
            assert.deepEqual(asIndices.indices, fromPoints);
        })
    );
});

test('no selections, no extent and no points: null', () => {
    assert.equal(
        selectedDataFromEvent({ points: [], selections: [] }, { data: traces(1) }),
        null
    );
    // an empty box is still a selection (dcc reports it)
    const empty = selectedDataFromEvent(
        { points: [], range: { x: [0, 1], y: [0, 1] }, selections: [rect] },
        { data: traces(1) }
    );
    assert.deepEqual(empty.points, []);
});

test('preset selections get range or lassoPoints from the last selection', () => {
    const data = selectedDataFromEvent(
        { points: [plotlyPoint(0, 1)], selections: [{ ...rect, x0: 3, x1: 1 }] },
        { data: traces(1) }
    );
    assert.deepEqual(data.range, { x: [1, 3], y: [2, 4] });
    assert.deepEqual(
        extentOfSelections([{ type: 'path', xref: 'x2', yref: 'y2', path: 'M1,2L3,4Z' }]),
        {
            lassoPoints: { x2: [1, 3], y2: [2, 4] },
        }
    );
    assert.deepEqual(extentOfSelections([]), {});
});

test('path vertices read plotly lasso paths, exponents and negatives included', () => {
    assert.deepEqual(pathVertices('M-1.5,2e3L3,-4Z'), { x: [-1.5, 3], y: [2000, -4] });
});

test('selections are normalised to where they are', () => {
    assert.deepEqual(
        normalizeSelections([
            { x0: 1, y0: 2, x1: 3, y1: 4, line: { dash: 'dot' }, opacity: null },
            null,
            { path: 'M0,0L1,1Z', xref: 'x2', yref: 'y2' },
        ]),
        [rect, { type: 'path', xref: 'x2', yref: 'y2', path: 'M0,0L1,1Z' }]
    );
    assert.deepEqual(normalizeSelections(undefined), []);
    assert.ok(sameSelections([rect], [{ ...rect, line: { width: 1 } }]));
    assert.ok(!sameSelections([rect], []));
});

test('selection entries of the wrong shape are named', () => {
    assert.equal(selectionProblem(rect), null);
    assert.equal(
        selectionProblem({ x0: '2020-01-01', x1: '2020-02-01', y0: 0, y1: 1 }),
        null
    );
    assert.equal(selectionProblem({ type: 'path', path: 'M1,1L2,2Z' }), null);
    assert.match(selectionProblem('rect'), /not a dict/);
    assert.match(selectionProblem({ type: 'rect', x0: 1 }), /y0, x1, y1/);
    assert.match(selectionProblem({ ...rect, x1: NaN }), /x1/);
    assert.match(
        selectionProblem({ type: 'circle', x0: 1, x1: 2, y0: 1, y1: 2 }),
        /circle/
    );
    assert.match(selectionProblem({ type: 'path', path: 12 }), /path/);
    assert.match(selectionProblem({ ...rect, xref: 'paper' }), /xref/);
    const { valid, problems } = splitValidSelections([rect, { type: 'rect' }, 3]);
    assert.deepEqual(valid, [rect]);
    // axis refs added where missing (plotly.js throws on a figure without axes otherwise)
    const plain = { type: 'rect', x0: 1, y0: 2, x1: 3, y1: 4 };
    assert.deepEqual(splitValidSelections([plain, { ...rect, xref: 'x2' }]).valid, [
        rect,
        { ...rect, xref: 'x2' },
    ]);
    assert.equal(problems.length, 2);
    assert.match(problems[0], /^selections\[1\]/);
    assert.deepEqual(splitValidSelections(null).valid, []);
});

test('uirevision carries the user selections like plotly would', () => {
    const current = [rect];
    const previousLayout = { uirevision: 'a' };
    assert.equal(
        carriedSelections({ previousLayout, nextLayout: { uirevision: 'a' }, current }),
        current
    );
    // a new uirevision, none at all, or new preset selections in the figure: the figure wins
    for (const nextLayout of [
        { uirevision: 'b' },
        {},
        { uirevision: 'a', selections: [{ ...rect, x0: 0 }] },
    ]) {
        assert.equal(
            carriedSelections({ previousLayout, nextLayout, current }),
            undefined
        );
    }
    assert.equal(
        carriedSelections({ previousLayout: {}, nextLayout: {}, current }),
        undefined
    );
});

test('index lists compare by value', () => {
    assert.ok(sameIndices([[1, 2], []], [[1, 2], []]));
    assert.ok(!sameIndices([[1, 2]], [[2, 1]]));
    assert.ok(!sameIndices([[1]], null));
});

test("withAxisRefs gives a figure's own selections plotly's default axes, keeping their own", () => {
    const plain = { type: 'rect', x0: 1, y0: 2, x1: 3, y1: 4 };
    const own = { path: 'M1,2L3,4Z', xref: 'x2', yref: 'y3' };
    const out = withAxisRefs([plain, own, null, 'junk']);
    assert.deepEqual(out, [{ xref: 'x', yref: 'y', ...plain }, own, null, 'junk']);
    assert.notEqual(out[0], plain, 'the figure prop is not written into');
    assert.deepEqual(plain, { type: 'rect', x0: 1, y0: 2, x1: 3, y1: 4 });
    assert.equal(withAxisRefs(undefined), undefined);
    assert.equal(withAxisRefs('not a list'), 'not a list');
});
