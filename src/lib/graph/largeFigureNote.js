// The note a Graph shows before plotly.js holds the page for seconds drawing a large figure.

// plotly.js holds the page for seconds drawing this many points (far longer without a GPU)
const LARGE_FIGURE_POINTS = 250000;
// a hidden tab runs no animation frames: go on after this long regardless
const PAINT_WAIT_MS = 100;

/** Resolves once what was rendered before the call has been painted (or after a short wait). */
function afterPaint() {
    return new Promise((resolve) => {
        requestAnimationFrame(() => setTimeout(resolve, 0));
        setTimeout(resolve, PAINT_WAIT_MS);
    });
}

/**
 * Shows "Drawing N points…" in `host` for a figure of that many `points`; resolves with the note
 * (to remove) once it is painted, or with null for a figure that draws quickly.
 */
export async function showLargeFigureNote(host, points) {
    if (points < LARGE_FIGURE_POINTS) {
        return null;
    }
    const note = host.appendChild(document.createElement('div'));
    note.className = 'my-graph-busy';
    note.setAttribute('role', 'status');
    note.style.cssText = 'position:absolute;top:0;padding:4px;background:#fff';
    note.textContent = `Drawing ${points.toLocaleString('en-US')} points…`;
    await afterPaint();
    return note;
}
