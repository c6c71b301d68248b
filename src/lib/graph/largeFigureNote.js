// The note a Graph shows before plotly.js holds the page for seconds drawing a large figure.

// a hidden tab runs no animation frames: go on after this long regardless
const PAINT_WAIT_MS = 100;

/** Resolves once what was rendered before the call has been painted (or after a short wait). */
function afterPaint() {
    return new Promise((resolve) => {
        requestAnimationFrame(() => setTimeout(resolve, 0));
        setTimeout(resolve, PAINT_WAIT_MS);
    });
}

/** Shows "Drawing N points…" in `host`; resolves with the note (to remove) once it is painted. */
export async function showLargeFigureNote(host, points) {
    const note = host.appendChild(document.createElement('div'));
    note.className = 'my-graph-busy';
    note.setAttribute('role', 'status');
    note.style.cssText = 'position:absolute;top:0;padding:4px;background:#fff';
    note.textContent = `Drawing ${points.toLocaleString('en-US')} points…`;
    await afterPaint();
    return note;
}
