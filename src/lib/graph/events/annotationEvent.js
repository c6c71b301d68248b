/**
 * plotly_clickannotation -> clickAnnotationData, as plain JSON. plotly's full annotation keeps
 * private `_` fields that point into the plot (axes, layout): they are left out. Pure.
 */

const publicOnly = (key, value) => (key[0] === '_' ? undefined : value);

function plainCopy(value) {
    try {
        return value === undefined ? null : JSON.parse(JSON.stringify(value, publicOnly));
    } catch {
        return null; // a cycle through public fields: nothing plotly itself makes
    }
}

/** {index, annotation, fullAnnotation, timestamp} of a click on an annotation, or null. */
export function annotationEventData(event, now = Date.now()) {
    if (!event || typeof event.index !== 'number') {
        return null;
    }
    return {
        index: event.index,
        annotation: plainCopy(event.annotation),
        fullAnnotation: plainCopy(event.fullAnnotation),
        timestamp: now,
    };
}
