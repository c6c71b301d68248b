/**
 * plotly_clickannotation -> clickAnnotationData, as plain JSON. plotly's full annotation keeps
 * private `_` fields that point into the plot (axes, layout): only the public fields are
 * copied. Pure: no React, no DOM.
 */

// nested public fields of an annotation (font, hoverlabel.font) are a few levels deep at most
const MAX_DEPTH = 6;

function plainCopy(value, depth) {
    if (value === null || typeof value === 'string' || typeof value === 'boolean') {
        return value;
    }
    if (typeof value === 'number') {
        return Number.isFinite(value) ? value : null;
    }
    if (typeof value !== 'object' || depth > MAX_DEPTH) {
        return undefined;
    }
    if (Array.isArray(value)) {
        return value.map((item) => {
            const copied = plainCopy(item, depth + 1);
            return copied === undefined ? null : copied;
        });
    }
    if (Object.getPrototypeOf(value) !== Object.prototype) {
        return undefined; // DOM nodes, events, class instances
    }
    const copy = {};
    for (const key of Object.keys(value)) {
        if (key[0] !== '_') {
            const copied = plainCopy(value[key], depth + 1);
            if (copied !== undefined) {
                copy[key] = copied;
            }
        }
    }
    return copy;
}

/** {index, annotation, fullAnnotation, timestamp} of a click on an annotation, or null. */
export function annotationEventData(event, now = Date.now()) {
    if (!event || typeof event.index !== 'number') {
        return null;
    }
    return {
        index: event.index,
        annotation: plainCopy(event.annotation, 0) ?? null,
        fullAnnotation: plainCopy(event.fullAnnotation, 0) ?? null,
        timestamp: now,
    };
}
