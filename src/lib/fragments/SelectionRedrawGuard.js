// plotly.js 4 draws every WebGL trace again when a drag selection ends: it turns the outline into
// a layout.selections entry and selects once more, although the last drag move has just drawn the
// same points. Without a GPU (software WebGL) that repeat holds the page as long as a full render
// of the points (0.5 s or more at 100,000) before anything else, the callback's request included,
// can run. The guard skips the WebGL clear and draw calls of that repeat when every trace's
// selectedpoints is what the canvas already shows; any other drawing goes through.
// A fragment of its own (async-redrawGuard.js): the Graph loads it when a drag selection starts on
// a plot with WebGL.
import { sameSelectedPoints, selectedPointsOf } from '../selections/selectedPoints.js';

// The calls that change what a WebGL 1 canvas shows (regl, which plotly draws with, is WebGL 1).
const DRAW_CALLS = ['clear', 'drawArrays', 'drawElements'];
const INSTANCED_DRAW_CALLS = ['drawArraysInstancedANGLE', 'drawElementsInstancedANGLE'];
const PRESS_EVENTS = ['mousedown', 'touchstart'];
const RELEASE_EVENTS = ['mouseup', 'touchend'];

// context -> the guard of the plot that owns it (a context is wrapped once)
const guardOf = new WeakMap();

function wrapDrawCalls(target, names, gl) {
    for (const name of names) {
        const original = target[name];
        if (typeof original !== 'function') {
            continue;
        }
        target[name] = function guardedDrawCall() {
            const guard = guardOf.get(gl);
            return guard && guard.skips() ? undefined : original.apply(this, arguments);
        };
    }
}

/** The WebGL contexts plotly draws its regl traces (scattergl, splom, ...) into, if any. */
function plotlyContexts(gd) {
    const canvases = gd._fullLayout && gd._fullLayout._glcanvas;
    if (!canvases || typeof canvases.data !== 'function') {
        return [];
    }
    return canvases
        .data()
        .map((layer) => layer && layer.regl && layer.regl._gl)
        .filter(Boolean);
}

/** Guards the plotted div `gd`; returns {disarm, destroy} (a new plot disarms it first). */
export default function attachRedrawGuard(gd) {
    // a drag selection (plotly_selecting) since the last press; loaded on the press of one, which
    // may have moved already
    let selecting = true;
    // 'idle'; 'armed' from the release of a drag selection; then 'skipping' or 'passing'
    let state = 'idle';
    let drawn = null;
    let destroyed = false;

    const guard = {
        /** Back to drawing everything (the drag ended, or something else is being plotted). */
        disarm() {
            state = 'idle';
            drawn = null;
        },

        /** Whether a draw call now would only repeat what the canvas shows. */
        skips() {
            if (state === 'armed') {
                // first draw call since the release: plotly has selected again by now
                const same = sameSelectedPoints(drawn, selectedPointsOf(gd.data));
                state = same ? 'skipping' : 'passing';
            }
            return state === 'skipping';
        },

        destroy() {
            destroyed = true;
            guard.disarm();
            for (const type of PRESS_EVENTS) {
                window.removeEventListener(type, onPress, true);
            }
            for (const type of RELEASE_EVENTS) {
                window.removeEventListener(type, onRelease, true);
            }
        },
    };

    const onPress = () => {
        selecting = false;
    };

    // the release of a drag selection: plotly is about to select again
    const onRelease = () => {
        if (!selecting || destroyed) {
            return;
        }
        selecting = false;
        const contexts = plotlyContexts(gd);
        if (!contexts.length) {
            return;
        }
        for (const gl of contexts) {
            if (!guardOf.has(gl)) {
                wrapDrawCalls(gl, DRAW_CALLS, gl);
                const instancing = gl.getExtension('ANGLE_instanced_arrays');
                if (instancing) {
                    wrapDrawCalls(instancing, INSTANCED_DRAW_CALLS, gl);
                }
            }
            guardOf.set(gl, guard);
        }
        // What the last drag move drew. plotly replaces these arrays when it selects again.
        drawn = selectedPointsOf(gd.data);
        state = 'armed';
        // plotly ends the drag in this task (its release handler and promise callbacks)
        setTimeout(guard.disarm, 0);
    };

    // capture: before plotly's own release handler (on document) ends the drag
    for (const type of PRESS_EVENTS) {
        window.addEventListener(type, onPress, true);
    }
    for (const type of RELEASE_EVENTS) {
        window.addEventListener(type, onRelease, true);
    }
    gd.on('plotly_selecting', () => {
        selecting = true;
    });
    // plotly has drawn the end of the drag by now
    gd.on('plotly_selected', guard.disarm);
    gd.on('plotly_deselect', guard.disarm);
    return guard;
}
