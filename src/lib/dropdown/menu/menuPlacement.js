/**
 * Where the open menu goes: below the control, or above it when it fits only there.
 * Computed from one measure of the control, so opening the menu forces a single layout.
 * Pure: no React, no DOM.
 */

// the gap between the control and the menu: .my-dropdown__menu's margin in dropdown.css
export const MENU_GUTTER = 8;
// the room a menu wider than its control leaves at the window's right edge
export const EDGE_GAP = 8;

/**
 * @param rect the control's bounding client rect ({top, bottom, left, width})
 * @param viewport {width, height, scrollX, scrollY}
 * @param menuHeight the menu's height when it opens (the placement is kept while it is open)
 * @param placement a placement already chosen ('top'/'bottom'), or null to choose one
 * @returns {placement, top, left, width, maxWidth}: document coordinates of the menu's anchor
 *   line (the control's bottom edge for 'bottom', its top edge for 'top'), the control's
 *   width (the menu's least) and the most the menu may grow to the right in the window
 */
export function placeMenu(rect, viewport, menuHeight, placement = null) {
    let chosen = placement;
    if (chosen !== 'top' && chosen !== 'bottom') {
        const needed = menuHeight + MENU_GUTTER;
        const below = viewport.height - rect.bottom;
        chosen = below < needed && rect.top >= needed ? 'top' : 'bottom';
    }
    return {
        placement: chosen,
        top: (chosen === 'top' ? rect.top : rect.bottom) + viewport.scrollY,
        left: rect.left + viewport.scrollX,
        width: rect.width,
        maxWidth: Math.max(rect.width, viewport.width - rect.left - EDGE_GAP),
    };
}

export function samePlace(a, b) {
    return (
        a !== null &&
        b !== null &&
        a.placement === b.placement &&
        a.top === b.top &&
        a.left === b.left &&
        a.width === b.width &&
        a.maxWidth === b.maxWidth
    );
}
