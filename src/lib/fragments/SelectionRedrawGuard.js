// plotly.js 4 draws every WebGL trace again when a drag selection ends: it turns the outline into
// a layout.selections entry and selects once more, although the last drag move has just drawn the
// same points. Without a GPU (software WebGL) that repeat holds the page as long as a full render
// of the points (0.5 s or more at 100,000) before anything else, the callback's request included,
// can run. The guard skips the WebGL clear and draw calls of that repeat when every trace's
// selectedpoints is what the canvas already shows; any other drawing goes through.
import { sameSelectedPoints, selectedPointsOf } from '../selections/selectedPoints.js';

// The calls that change what a WebGL 1 canvas shows (regl, which plotly draws with, is WebGL 1).
const DRAW_CALLS = ['clear', 'drawArrays', 'drawElements'];
const INSTANCED_DRAW_CALLS = ['drawArraysInstancedANGLE', 'drawElementsInstancedANGLE'];

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

export default class SelectionRedrawGuard {
    constructor(gd) {
        this.gd = gd;
        // a drag selection (plotly_selecting) since the last press
        this.selecting = false;
        // 'idle'; 'armed' from the release of a drag selection; then 'skipping' or 'passing'
        this.state = 'idle';
        this.drawn = null;
        this.onPress = () => {
            this.selecting = false;
        };
        this.onRelease = () => this.arm();
        // capture: before plotly's own release handler (on document) ends the drag
        for (const type of ['mousedown', 'touchstart']) {
            window.addEventListener(type, this.onPress, true);
        }
        for (const type of ['mouseup', 'touchend']) {
            window.addEventListener(type, this.onRelease, true);
        }
    }

    /** plotly_selecting on this plot: the next release ends a drag selection. */
    selectingSeen() {
        this.selecting = true;
    }

    arm() {
        if (!this.selecting || this.destroyed) {
            return;
        }
        this.selecting = false;
        const contexts = plotlyContexts(this.gd);
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
            guardOf.set(gl, this);
        }
        // What the last drag move drew. plotly replaces these arrays when it selects again.
        this.drawn = selectedPointsOf(this.gd.data);
        this.state = 'armed';
        // plotly ends the drag in this task (its release handler and promise callbacks)
        setTimeout(() => this.disarm(), 0);
    }

    /** Back to drawing everything (the drag ended, or something else is being plotted). */
    disarm() {
        this.state = 'idle';
        this.drawn = null;
    }

    /** Whether a draw call now would only repeat what the canvas shows. */
    skips() {
        if (this.state === 'armed') {
            // first draw call since the release: plotly has selected again by now
            const same = sameSelectedPoints(this.drawn, selectedPointsOf(this.gd.data));
            this.state = same ? 'skipping' : 'passing';
        }
        return this.state === 'skipping';
    }

    destroy() {
        this.destroyed = true;
        this.disarm();
        for (const type of ['mousedown', 'touchstart']) {
            window.removeEventListener(type, this.onPress, true);
        }
        for (const type of ['mouseup', 'touchend']) {
            window.removeEventListener(type, this.onRelease, true);
        }
    }
}
