// About how many points a figure's traces carry, to warn before plotly.js blocks the page drawing
// them. No React, no DOM. Kept tiny: it ships in the Graph chunk.

/** Base64 characters of data in `text`, its trailing "=" padding left out (no copy made). */
function base64DataLength(text) {
    let length = text.length;
    while (length > 0 && text.charCodeAt(length - 1) === 61) {
        length--;
    }
    return length;
}

/** Items in a data array: a list, a typed array, or plotly.py's {dtype: 'f4', bdata} (base64). */
const itemCount = (value) =>
    !value
        ? 0
        : typeof value.bdata === 'string'
          ? Math.floor(
                (base64DataLength(value.bdata) * 0.75) /
                    (parseInt(String(value.dtype).slice(1)) || 1)
            )
          : value.length || 0;

/** The points of all traces, each counted by the longest of x, y, z, lat, values. */
export const pointCount = (traces) =>
    (traces || []).reduce(
        (total, trace) =>
            total +
            (trace && typeof trace === 'object'
                ? Math.max(
                      ...['x', 'y', 'z', 'lat', 'values'].map((k) => itemCount(trace[k]))
                  )
                : 0),
        0
    );
