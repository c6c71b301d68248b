// The page style behind selection_outline=False (the Graph's `my-graph--no-outline` class).

// Hides drawn selections (and the handles of the active one).
const NO_OUTLINE_CSS =
    '.my-graph--no-outline .selectionlayer,.my-graph--no-outline .outline-controllers' +
    '{display:none}';

/** Adds the style to the page once. */
export function addNoOutlineStyle() {
    if (!document.getElementById('my-graph-styles')) {
        const style = document.createElement('style');
        style.id = 'my-graph-styles';
        style.textContent = NO_OUTLINE_CSS;
        document.head.appendChild(style);
    }
}
