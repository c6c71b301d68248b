/**
 * The plain text of an option label, whatever form Dash hands it in: a string or number, a list,
 * a Dash component as layout JSON, or a React element rendered by Dash from that JSON.
 * Pure: no React import, elements are recognised by shape.
 */

/** True for a React element (Dash-rendered label), recognised without importing React. */
export function isReactElement(node) {
    return typeof node === 'object' && node !== null && '$$typeof' in node;
}

/** True for a Dash component given as layout JSON ({type, namespace, props}). */
export function isLayoutComponent(node) {
    return (
        typeof node === 'object' &&
        node !== null &&
        !Array.isArray(node) &&
        !isReactElement(node) &&
        typeof node.type === 'string' &&
        typeof node.namespace === 'string'
    );
}

/**
 * The layout JSON behind an element rendered by Dash: Dash 2 passes it as
 * props._dashprivate_layout, Dash 3/4 wrap it in a DashWrapper with props._passedComponent.
 */
export function layoutOfElement(element) {
    const props = element.props || {};
    return props._dashprivate_layout || props._passedComponent || null;
}

function collectText(node, parts) {
    if (node === null || node === undefined || typeof node === 'boolean') {
        return;
    }
    if (typeof node === 'string' || typeof node === 'number') {
        parts.push(String(node));
        return;
    }
    if (Array.isArray(node)) {
        for (const child of node) {
            collectText(child, parts);
        }
        return;
    }
    if (typeof node !== 'object') {
        return;
    }
    if (isReactElement(node)) {
        const layout = layoutOfElement(node);
        collectText(
            layout ? layout.props && layout.props.children : node.props?.children,
            parts
        );
        return;
    }
    if (node.props && typeof node.props === 'object') {
        collectText(node.props.children, parts);
    }
    // Any other object carries no text: never "[object Object]".
}

/** The label's visible text, words separated by single spaces. */
export function labelText(label) {
    const parts = [];
    collectText(label, parts);
    return parts.join(' ').replace(/\s+/g, ' ').trim();
}
