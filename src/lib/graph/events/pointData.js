// plotly click, hover and selection points -> the plain JSON points a callback receives, field for
// field as dcc.Graph passes them on: no React, no DOM.

/** Whether dcc.Graph passes the field on: all but objects and arrays (typed arrays pass). */
function passesOn(value) {
    if (value === null) {
        return true;
    }
    const kind = typeof value;
    if (kind !== 'object') {
        return kind !== 'undefined' && kind !== 'function';
    }
    return (
        !Array.isArray(value) &&
        Object.prototype.toString.call(value) !== '[object Object]'
    );
}

/** The customdata dcc.Graph gives a point: read from the trace as given in the figure. */
function customdataOf(point, trace) {
    const customdata = trace && trace.customdata;
    if (customdata === undefined) {
        return undefined;
    }
    if ('pointNumber' in point) {
        if (typeof point.pointNumber === 'number') {
            return customdata[point.pointNumber];
        }
        // a click on a line or its fill: no point, so the whole trace's customdata
        const mode = point.data && point.data.mode;
        return !point.pointNumber && typeof mode === 'string' && mode.includes('lines')
            ? customdata
            : undefined;
    }
    if (Array.isArray(point.pointNumbers)) {
        return point.pointNumbers.map((n) => customdata[n]);
    }
    return undefined;
}

/**
 * A plain copy of one plotly event point: every field that is not an object or array
 * (curveNumber, pointNumber, x, y, z, text, "marker.color", lat, lon, label, value, ...), plus
 * bbox, pointNumbers (histograms) and customdata. The rest (trace, axes, layout) is circular and huge.
 * `data`: the figure's traces as plotted (gd.data), where customdata is read.
 */
export function plainPoint(point, data) {
    const out = {};
    for (const key of Object.keys(point)) {
        const value = point[key];
        if (passesOn(value)) {
            out[key] = value;
        }
    }
    if ('bbox' in point) {
        out.bbox = point.bbox;
    }
    if ('curveNumber' in point) {
        const customdata = customdataOf(point, data && data[point.curveNumber]);
        if (customdata !== undefined) {
            out.customdata = customdata;
        }
    }
    if ('pointNumbers' in point) {
        out.pointNumbers = point.pointNumbers;
    }
    return out;
}

export function plainPoints(points, data) {
    const out = new Array(points.length);
    for (let i = 0; i < points.length; i++) {
        out[i] = plainPoint(points[i], data);
    }
    return out;
}

/** Plain event data for click and hover, or null: dcc's {points: [...]} form. */
export function pointEventData(event, data) {
    if (!event || !event.points) {
        return null;
    }
    return { points: plainPoints(event.points, data) };
}
