import { test } from 'node:test';
import assert from 'node:assert/strict';
import { drawFigure } from '../../src/lib/graph/drawFigure.js';

// A stand-in for plotly.js that records the calls it gets.
function recordingPlotly() {
    const calls = [];
    const record =
        (name) =>
        (...args) => {
            calls.push([name, ...args.slice(1)]);
            return Promise.resolve();
        };
    const plotly = {};
    for (const name of ['react', 'animate', 'deleteFrames', 'addFrames']) {
        plotly[name] = record(name);
    }
    return { plotly, calls };
}

const gd = { data: [{}] };
const traces = [{ type: 'scatter' }];

test('a figure is drawn with Plotly.react, the config with typesetMath', async () => {
    const { plotly, calls } = recordingPlotly();
    const props = { config: { displaylogo: false }, responsive: true, mathjax: false };
    await drawFigure(plotly, gd, {
        traces,
        layout: {},
        frames: [],
        props,
        plotted: true,
    });
    assert.deepEqual(calls, [
        [
            'react',
            {
                data: traces,
                layout: {},
                frames: [],
                config: { displaylogo: false, responsive: true, typesetMath: false },
            },
        ],
    ]);
});

test('animate: the new frames replace the old first, as dcc.Graph', async () => {
    const { plotly, calls } = recordingPlotly();
    const props = { animate: true, animation_options: { frame: { redraw: false } } };
    const frames = [{ name: 'f1' }];
    await drawFigure(plotly, gd, { traces, layout: {}, frames, props, plotted: true });
    assert.deepEqual(
        calls.map(([name]) => name),
        ['deleteFrames', 'addFrames', 'animate']
    );
    assert.deepEqual(calls[1], ['addFrames', frames]);
});

test('animate needs a plot with as many traces: else Plotly.react', async () => {
    const { plotly, calls } = recordingPlotly();
    const props = { animate: true };
    await drawFigure(plotly, gd, { traces, layout: {}, props, plotted: false });
    await drawFigure(plotly, gd, { traces: [], layout: {}, props, plotted: true });
    assert.deepEqual(
        calls.map(([name]) => name),
        ['react', 'react']
    );
});
