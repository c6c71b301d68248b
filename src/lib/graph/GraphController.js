// Drives one plotly.js graph div: plots figures, applies `selections`, reports events back.
// Plain JS (no React) so the plotting order is explicit: every change runs through one queue.
import GraphSelections, { LOG_PREFIX } from './GraphSelections.js';
import SelectionRedrawGuard from './selectionRedrawGuard.js';
import { bindEvents } from './graphEvents.js';
import { figureProblem, unknownTraceType } from './figure/figureProblem.js';
import { isResponsive } from './figure/responsive.js';
import { drawFigure } from './drawFigure.js';
import { layoutFor, traceUpdateArgs, tracesFor } from './figure/plotInput.js';
import { pointCount } from './figure/pointCount.js';
import { hasCartesianAxes } from './figure/cartesianAxes.js';
import { showLargeFigureNote } from './largeFigureNote.js';
import { drawnTraces } from './plotlyInternals.js';

// dcc.Graph's class on the plot while plotly draws or resizes it
const PENDING_CLASS = 'dash-graph--pending';
const TRACE_UPDATES = [
    ['prependData', 'prependTraces'],
    ['extendData', 'extendTraces'],
];

/** The div plotly draws into: the controller's own, inside the host div React renders. */
function newPlotDiv() {
    const div = document.createElement('div');
    div.style.width = '100%';
    div.style.height = '100%';
    return div;
}

export default class GraphController {
    /**
     * The controller of the plot in `host`. setProps and onError(message or null) go to the
     * React component; loadMathJax comes from the light component, which holds the loaders.
     */
    constructor(host, { setProps, onError, loadMathJax }) {
        this.host = host;
        host.style.position = 'relative'; // for the "Drawing N points…" note
        this.gd = host.appendChild(newPlotDiv());
        this.setProps = setProps;
        this.onError = onError;
        this.loadMathJax = loadMathJax;
        this.props = {};
        this.queue = Promise.resolve();
        this.plotly = null;
        this.plotted = false;
        this.destroyed = false;
        this.error = null;
        // the figure layout last plotted, as given: uirevision and preset selections are read there
        this.figureLayout = null;
        // the figure we wrote shapes back into: already on the plot when it comes back as a prop
        this.writtenBack = null;
        this.redrawGuard = null;
        this.selections = new GraphSelections(this);
        // who is changing the plot: 'figure', 'selections' (the prop), 'reselect', 'silent' (a
        // step whose events are ignored), or null (the user)
        this.source = null;
        this.onPointerDown = () => this.guardWebGlSelection();
        // pointerdown (mouse or touch) comes before plotly's mousedown and touchstart handlers
        host.addEventListener('pointerdown', this.onPointerDown);
    }

    /** Runs `step` with `source` set to who is changing the plot. */
    async changing(who, step) {
        this.source = who;
        try {
            return await step();
        } finally {
            this.source = null;
        }
    }

    enqueue(task) {
        this.queue = this.queue
            .then(() => {
                if (this.destroyed) {
                    return undefined;
                }
                // whatever we plot must be drawn
                this.redrawGuard?.disarm();
                return task();
            })
            .catch((reason) => this.fail(String((reason && reason.message) || reason)));
    }

    fail(message) {
        console.error(LOG_PREFIX, message);
        this.error = message;
        // A plot that failed half-way can leave plotly's state on the div broken for every later
        // figure (even purge may throw): plot the next figure into a fresh div.
        if (this.plotly) {
            try {
                this.plotly.purge(this.gd);
            } catch {
                // the div is replaced below
            }
        }
        this.dropRedrawGuard();
        const fresh = newPlotDiv();
        this.host.replaceChild(fresh, this.gd);
        this.gd = fresh;
        this.plotted = false;
        this.onError(message);
    }

    dropRedrawGuard() {
        this.redrawGuard?.destroy();
        this.redrawGuard = null;
    }

    /** On the press that starts a drag selection on a plot with WebGL, the only drag it acts on. */
    guardWebGlSelection() {
        if (this.plotted && !this.redrawGuard && SelectionRedrawGuard.actsOn(this.gd)) {
            this.redrawGuard = new SelectionRedrawGuard(this.gd);
        }
    }

    /** Plots the figure of `props` with `override` (a new `selections` prop) as selections. */
    async plotFigure(props, override) {
        const { figure, responsive, mathjax } = props;
        const problem = figureProblem(figure);
        if (problem) {
            this.fail(problem);
            return;
        }
        if (this.error) {
            this.error = null;
            this.onError(null);
            // React may show the div after plotly measured it: show it now
            this.host.style.display = 'block';
        }
        const { data, layout: nextLayout, frames } = figure || {};
        const traces = tracesFor(data);
        const layout = layoutFor(nextLayout, responsive);
        const selections = this.selections.forFigure({
            previousLayout: this.figureLayout,
            nextLayout: nextLayout || {},
            override,
            plotted: this.plotted,
        });
        if (selections !== undefined) {
            layout.selections = selections;
        }
        // without x/y axes plotly.js would add axes to draw the selections on: draw none, keep the prop
        this.selections.axesless = !hasCartesianAxes(traces);
        if (this.selections.axesless) {
            layout.selections = [];
        }
        this.figureLayout = nextLayout || {};

        const note = await showLargeFigureNote(this.host, pointCount(traces));
        if (mathjax) {
            await this.loadMathJax();
        }
        const { gd, plotly } = this;
        gd.classList.add(PENDING_CLASS);
        await this.changing('figure', async () => {
            try {
                const drawing = { traces, layout, frames, props, plotted: this.plotted };
                await drawFigure(plotly, gd, drawing);
            } finally {
                note?.remove();
                gd.classList.remove(PENDING_CLASS);
            }
        });
        const firstPlot = !this.plotted;
        if (firstPlot) {
            bindEvents(gd, this);
            this.plotted = true;
        }
        const unknown = unknownTraceType(drawnTraces(gd));
        if (unknown) {
            this.fail(unknown);
            return;
        }
        if (this.selections.axesless) {
            // nothing drawn, nothing to report: the prop and selectedData stay as they are
        } else if (override !== undefined && !layout.selections.length) {
            await this.selections.clear();
        } else {
            await this.selections.reselect(false);
        }
        // as dcc.Graph, a first plot is resized (and reports relayoutData {autosize: true})
        this.resize(firstPlot);
    }

    async mergeTraces(method, value) {
        const args = traceUpdateArgs(value);
        if (this.plotted && args) {
            await this.plotly[method](this.gd, ...args);
        }
    }

    /**
     * Fits the plot to its container when it is responsive, or `always` (as dcc.Graph on a first
     * plot and on every container resize) unless `responsive` is False.
     */
    resize(always = false) {
        const { gd, plotly, props } = this;
        const wanted = always
            ? props.responsive !== false
            : isResponsive({ ...props, layout: this.figureLayout });
        if (!this.plotted || !wanted) {
            return;
        }
        gd.classList.add(PENDING_CLASS);
        plotly.Plots.resize(gd)
            .catch(() => {})
            .finally(() => gd.classList.remove(PENDING_CLASS));
    }

    /** The figure with the user's shapes written back: it is on the plot already. */
    figureWrittenBack(figure) {
        this.writtenBack = figure;
    }

    /** Called on mount (previous null) and on every prop change. */
    update(props, previous) {
        this.props = props;
        if (!this.plotly) {
            return;
        }
        const changed = (key) => !previous || props[key] !== previous[key];
        const { selections } = props;
        const selectionsChanged =
            changed('selections') &&
            selections !== undefined &&
            selections !== null &&
            !this.selections.isOwnEcho(selections);
        const figureChanged = changed('figure') && props.figure !== this.writtenBack;
        if (
            figureChanged ||
            changed('config') ||
            changed('responsive') ||
            changed('mathjax')
        ) {
            const override = selectionsChanged ? selections : undefined;
            this.enqueue(() => this.plotFigure(props, override));
        } else if (selectionsChanged) {
            this.enqueue(() => this.plotted && this.selections.apply(selections));
        } else if (changed('selected_data_format')) {
            this.enqueue(() => this.selections.reselect(true));
        }
        for (const [key, method] of TRACE_UPDATES) {
            const value = props[key];
            if (changed(key) && value) {
                this.enqueue(() => this.mergeTraces(method, value));
            }
        }
    }

    start(plotly) {
        this.plotly = plotly;
        this.update(this.props, null);
    }

    destroy() {
        this.destroyed = true;
        this.host.removeEventListener('pointerdown', this.onPointerDown);
        this.dropRedrawGuard();
        if (this.plotted && this.plotly) {
            this.plotly.purge(this.gd);
        }
    }
}
