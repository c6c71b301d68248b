import { test } from 'node:test';
import assert from 'node:assert/strict';
import { hasCartesianAxes } from '../../src/lib/graph/figure/cartesianAxes.js';

test('a trace without a type is a scatter, on x/y axes', () => {
    assert.equal(hasCartesianAxes([{ x: [1], y: [2] }]), true);
});

test('bars, heatmaps and WebGL scatters are on x/y axes', () => {
    for (const type of ['bar', 'heatmap', 'scattergl', 'histogram', 'box']) {
        assert.equal(hasCartesianAxes([{ type }]), true, type);
    }
});

test('pies, maps, 3D and polar traces alone have no x/y axes', () => {
    for (const type of ['pie', 'scattermap', 'scatter3d', 'scatterpolar', 'sunburst']) {
        assert.equal(hasCartesianAxes([{ type }]), false, type);
    }
});

test('one trace on x/y axes beside a pie is enough', () => {
    assert.equal(hasCartesianAxes([{ type: 'pie' }, { type: 'bar' }]), true);
});

test('no traces, or no list, means no axes', () => {
    assert.equal(hasCartesianAxes([]), false);
    assert.equal(hasCartesianAxes(undefined), false);
    assert.equal(hasCartesianAxes([null, 3]), false);
});
