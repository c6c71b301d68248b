// Reads the vertices of a selection path ("M1,2L3,4L5,6Z"), as plotly writes lasso selections.

const NUMBER = /[-+]?(?:\d+\.?\d*|\.\d+)(?:e[-+]?\d+)?/gi;

/** Vertices of an SVG path made of M/L segments, as {x: [...], y: [...]} in data units. */
export function pathVertices(path) {
    const x = [];
    const y = [];
    for (const segment of String(path).split(/[MLZ]/i)) {
        const numbers = segment.match(NUMBER);
        if (numbers && numbers.length >= 2) {
            x.push(Number(numbers[0]));
            y.push(Number(numbers[1]));
        }
    }
    return { x, y };
}
