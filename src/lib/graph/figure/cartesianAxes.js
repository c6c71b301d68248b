// Whether a figure draws x/y axes, from its trace types alone: no React, no DOM.

// plotly.js trace types drawn on their own kind of subplot, never on x/y axes
const NOT_ON_XY_AXES = new Set([
    'pie',
    'sunburst',
    'treemap',
    'icicle',
    'funnelarea',
    'sankey',
    'table',
    'indicator',
    'parcoords',
    'parcats',
    'scatter3d',
    'surface',
    'mesh3d',
    'cone',
    'streamtube',
    'volume',
    'isosurface',
    'scattergeo',
    'choropleth',
    'scattermap',
    'choroplethmap',
    'densitymap',
    'scattermapbox',
    'choroplethmapbox',
    'densitymapbox',
    'scatterpolar',
    'scatterpolargl',
    'barpolar',
    'scatterternary',
    'scattersmith',
]);

/**
 * True when some trace sits on x/y axes (a trace without a type is a scatter). A figure of only
 * pies, maps, 3D scenes... or without traces has no axes for a box or lasso selection.
 */
export function hasCartesianAxes(traces) {
    if (!Array.isArray(traces)) {
        return false;
    }
    return traces.some(
        (trace) =>
            trace !== null &&
            typeof trace === 'object' &&
            !NOT_ON_XY_AXES.has(trace.type ?? 'scatter')
    );
}
