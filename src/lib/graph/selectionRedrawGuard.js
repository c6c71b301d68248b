// plotly.js 4 draws every WebGL trace again when a drag selection ends (it turns the outline into
// a layout.selections entry and selects once more), although the last drag move has just drawn
// the same points. Where WebGL runs in software (no GPU) that repeat holds the page as long as a
// full render of the points, the callback's request included. This guard skips the WebGL clear and
// draw calls of that repeat when every trace's selectedpoints is what the canvas already shows;
// any other drawing goes through. It wraps the contexts' draw calls and puts them back on destroy.
import { sameSelectedPoints, selectedPointsOf } from './selections/selectedPoints.js';
import { dragModeOf, hasWebGl, webGlContexts } from './plotlyInternals.js';

// The calls that change what a WebGL 1 canvas shows (regl, which plotly draws with, is WebGL 1).
const DRAW_CALLS = ['clear', 'drawArrays', 'drawElements'];
const INSTANCED_DRAW_CALLS = ['drawArraysInstancedANGLE', 'drawElementsInstancedANGLE'];
const PRESS_EVENTS = ['mousedown', 'touchstart'];
const RELEASE_EVENTS = ['mouseup', 'touchend'];

export default class SelectionRedrawGuard {
    /** Whether a guard acts on `gd`: a plot with WebGL whose drags select. */
    static actsOn(gd) {
        return /select|lasso/.test(dragModeOf(gd)) && hasWebGl(gd);
    }

    /** Guards the plotted div `gd`, from the press of a drag selection on it. */
    constructor(gd) {
        this.gd = gd;
        // a drag selection (plotly_selecting) since the last press; made on the press of one
        this.selecting = true;
        // 'idle'; 'armed' from the release of a drag selection; then 'skipping' or 'passing'
        this.state = 'idle';
        this.drawn = null;
        // [target, name, original] of every wrapped call, to put back on destroy
        this.wrapped = [];
        this.wrappedContexts = new Set();
        this.onPress = () => {
            this.selecting = false;
        };
        this.onRelease = () => this.armOnRelease();
        this.disarm = () => {
            this.state = 'idle';
            this.drawn = null;
        };
        // capture: before plotly's own release handler (on document) ends the drag
        for (const type of PRESS_EVENTS) {
            window.addEventListener(type, this.onPress, true);
        }
        for (const type of RELEASE_EVENTS) {
            window.addEventListener(type, this.onRelease, true);
        }
        gd.on('plotly_selecting', () => {
            this.selecting = true;
        });
        // plotly has drawn the end of the drag by now
        gd.on('plotly_selected', this.disarm);
        gd.on('plotly_deselect', this.disarm);
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

    /** The release of a drag selection: plotly is about to select again. */
    armOnRelease() {
        if (!this.selecting) {
            return;
        }
        this.selecting = false;
        const contexts = webGlContexts(this.gd);
        if (!contexts.length) {
            return;
        }
        for (const gl of contexts) {
            this.wrapContext(gl);
        }
        // What the last drag move drew. plotly replaces these arrays when it selects again.
        this.drawn = selectedPointsOf(this.gd.data);
        this.state = 'armed';
        // plotly ends the drag in this task (its release handler and promise callbacks)
        setTimeout(this.disarm, 0);
    }

    wrapContext(gl) {
        if (this.wrappedContexts.has(gl)) {
            return;
        }
        this.wrappedContexts.add(gl);
        this.wrapCalls(gl, DRAW_CALLS);
        const instancing = gl.getExtension('ANGLE_instanced_arrays');
        if (instancing) {
            this.wrapCalls(instancing, INSTANCED_DRAW_CALLS);
        }
    }

    wrapCalls(target, names) {
        const guard = this;
        for (const name of names) {
            const original = target[name];
            if (typeof original !== 'function') {
                continue;
            }
            target[name] = function guardedDrawCall(...args) {
                return guard.skips() ? undefined : original.apply(this, args);
            };
            this.wrapped.push([target, name, original]);
        }
    }

    /** Puts every wrapped call back and stops listening (the plot is going away). */
    destroy() {
        this.disarm();
        for (const [target, name, original] of this.wrapped) {
            target[name] = original;
        }
        this.wrapped = [];
        this.wrappedContexts.clear();
        for (const type of PRESS_EVENTS) {
            window.removeEventListener(type, this.onPress, true);
        }
        for (const type of RELEASE_EVENTS) {
            window.removeEventListener(type, this.onRelease, true);
        }
    }
}
