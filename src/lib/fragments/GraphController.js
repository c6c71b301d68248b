// Drives one plotly.js graph div: plots figures, applies `selections`, reports selections back.
// Plain JS (no React) so the plotting order is explicit: every change runs through one queue.
import { bindEvents } from './GraphEvents.js';
import SelectionRedrawGuard from './SelectionRedrawGuard.js';
import { figureProblem, unknownTraceType } from '../figure/figureProblem.js';
import { configFor, isResponsive } from '../figure/responsive.js';
import { layoutFor, traceUpdateArgs, tracesFor } from '../figure/plotInput.js';
import { pointCount } from '../figure/pointCount.js';
import {
    carriedSelections,
    normalizeSelections,
    sameSelections,
    splitValidSelections,
    withAxisRefs,
} from '../selections/selectionsLayout.js';
import {
    pointIndices,
    sameIndices,
    selectedDataFromEvent,
} from '../selections/selectedData.js';

const LOG_PREFIX = 'my_components.Graph:';
// plotly.js holds the page for seconds drawing this many points (no GPU: far longer): say so first
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

/** The div plotly draws into: the controller's own, inside the host div React renders. */
function newPlotDiv() {
    const div = document.createElement('div');
    div.style.width = '100%';
    div.style.height = '100%';
    return div;
}

export default class GraphController {
    // loadMathJax: from the light component, which holds the loaders (src/lib/loaders/)
    constructor(host, { setProps, onError, loadMathJax }) {
        this.host = host;
        host.style.position = 'relative'; // for the "Drawing N points…" note
        this.gd = host.appendChild(newPlotDiv());
        this.props = {};
        this.setPropsToDash = setProps;
        this.onError = onError;
        this.loadMathJax = loadMathJax;
        this.queue = Promise.resolve();
        this.plotly = null;
        this.plotted = false;
        this.error = null;
        // the figure layout last plotted, as given: uirevision and preset selections are read there
        this.figureLayout = null;
        // what was last reported, so nothing is sent twice and our own echoes are recognised
        this.reported = {
            selections: undefined,
            indices: null,
            hasSelectedData: undefined,
        };
        // who is changing the plot: 'figure', 'selections' (the prop), 'reselect', 'silent' (a step
        // whose events are ignored), or null (the user)
        this.source = null;
    }

    setProps(changes) {
        this.setPropsToDash(changes);
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
            .catch((error) => this.fail(String((error && error.message) || error)));
    }

    /** Called on mount (previous null) and on every prop change. */
    update(props, previous) {
        this.props = props;
        if (!this.plotly) {
            return;
        }
        const first = !previous;
        const changed = (key) => first || props[key] !== previous[key];
        const selectionsChanged =
            changed('selections') &&
            props.selections !== undefined &&
            props.selections !== null &&
            props.selections !== this.reported.selections;
        if (
            changed('figure') ||
            changed('config') ||
            changed('responsive') ||
            changed('mathjax')
        ) {
            const override = selectionsChanged ? props.selections : undefined;
            this.enqueue(() => this.plotFigure(props, override));
        } else if (selectionsChanged) {
            this.enqueue(() => this.applySelections(props.selections));
        } else if (changed('selected_data_format')) {
            this.enqueue(() => this.reselect(true));
        }
        for (const [key, method] of [
            ['prependData', 'prependTraces'],
            ['extendData', 'extendTraces'],
        ]) {
            if (changed(key) && props[key]) {
                this.enqueue(() => this.mergeTraces(method, props[key]));
            }
        }
    }

    start(plotly) {
        this.plotly = plotly;
        this.update(this.props, null);
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
        this.redrawGuard?.destroy();
        this.redrawGuard = null;
        const fresh = newPlotDiv();
        this.host.replaceChild(fresh, this.gd);
        this.gd = fresh;
        this.plotted = false;
        this.onError(message);
    }

    validSelections(selections) {
        const { valid, problems } = splitValidSelections(selections);
        if (problems.length) {
            console.error(LOG_PREFIX, `ignored: ${problems.join('; ')}`);
        }
        return valid;
    }

    async plotFigure(props, override) {
        const { figure, config, responsive, animate, animation_options, mathjax } = props;
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
        const { data, layout: figureLayout, frames } = figure || {};
        const traces = tracesFor(data);
        const layout = layoutFor(figureLayout, responsive);
        if (override !== undefined) {
            layout.selections = this.validSelections(override);
        } else {
            const carried = carriedSelections({
                previousLayout: this.figureLayout,
                nextLayout: figureLayout || {},
                current: this.plotted ? this.gd.layout.selections : null,
            });
            if (carried) {
                layout.selections = carried.map((s) => ({ ...s }));
            } else if (layout.selections !== undefined) {
                layout.selections = withAxisRefs(layout.selections);
            }
        }
        this.figureLayout = figureLayout || {};
        const Plotly = this.plotly;

        const points = pointCount(traces);
        let note;
        if (points >= LARGE_FIGURE_POINTS) {
            note = this.host.appendChild(document.createElement('div'));
            note.className = 'my-graph-busy';
            note.setAttribute('role', 'status');
            note.style.cssText = 'position:absolute;top:0;padding:4px;background:#fff';
            note.textContent = `Drawing ${points.toLocaleString('en-US')} points…`;
            await afterPaint();
        }
        if (mathjax) {
            await this.loadMathJax();
        }
        this.source = 'figure';
        try {
            if (animate && this.plotted && traces.length === this.gd.data.length) {
                await Plotly.animate(
                    this.gd,
                    { data: traces, layout },
                    animation_options
                );
            } else {
                await Plotly.react(this.gd, {
                    data: traces,
                    layout,
                    frames,
                    // as dcc.Graph: LaTeX is typeset only when the Graph asks for MathJax
                    config: {
                        ...configFor(config, responsive),
                        typesetMath: Boolean(mathjax),
                    },
                });
            }
        } finally {
            this.source = null;
            note?.remove();
        }
        if (!this.plotted) {
            this.redrawGuard?.destroy();
            this.redrawGuard = new SelectionRedrawGuard(this.gd);
            bindEvents(this.gd, this);
            this.plotted = true;
        }
        const unknown = unknownTraceType(this.gd._fullData);
        if (unknown) {
            this.fail(unknown);
            return;
        }
        if (override !== undefined && !layout.selections.length) {
            await this.clearSelections();
        } else {
            await this.reselect(false);
        }
        this.resize();
    }

    /** The selected indices plotly holds now, one list per trace. */
    currentIndices() {
        return this.gd.data.map((trace) => Array.from(trace.selectedpoints || []));
    }

    /**
     * Makes plotly report the selection again when what it selects changed without an event:
     * preset selections on the first plot, new data under kept selections, a new format.
     */
    async reselect(always) {
        const selections = this.gd.layout.selections || [];
        if (!selections.length) {
            if (this.reported.selections && this.reported.selections.length) {
                // the new figure dropped them; selectedData stays, as with dcc.Graph
                this.report({ selections: [] });
            }
            return;
        }
        if (!always && sameIndices(this.currentIndices(), this.reported.indices)) {
            return;
        }
        // plotly reports selections only when they change: take them off (unreported), put them back
        const copies = selections.map((s) => ({ ...s }));
        try {
            this.source = 'silent';
            await this.plotly.relayout(this.gd, { selections: [] });
            this.source = 'reselect';
            await this.plotly.relayout(this.gd, { selections: copies });
        } finally {
            this.source = null;
        }
    }

    async applySelections(selections) {
        if (!this.plotted) {
            return;
        }
        const valid = this.validSelections(selections);
        if (sameSelections(valid, this.gd.layout.selections)) {
            this.report({ selections: normalizeSelections(valid) });
            return;
        }
        if (!valid.length) {
            await this.clearSelections();
            return;
        }
        this.source = 'selections';
        try {
            await this.plotly.relayout(this.gd, { selections: valid });
        } finally {
            this.source = null;
        }
    }

    async clearSelections() {
        this.source = 'selections';
        try {
            // plotly keeps the points highlighted when only the selections go
            const none = this.gd.data.map(() => null);
            await this.plotly.update(
                this.gd,
                { selectedpoints: none },
                { selections: [] }
            );
        } finally {
            this.source = null;
        }
        this.onDeselect();
    }

    async mergeTraces(method, value) {
        const args = traceUpdateArgs(value);
        if (!this.plotted || !args) {
            return;
        }
        await this.plotly[method](this.gd, ...args);
    }

    onSelected(event) {
        if (this.source === 'silent') {
            return;
        }
        const selections = normalizeSelections(
            event.selections ?? this.gd.layout.selections
        );
        if (this.source === 'figure' && !selections.length) {
            // a new figure without selections: say so, but keep selectedData like dcc.Graph
            this.report({ selections });
            return;
        }
        const format = this.props.selected_data_format;
        const traceCount = this.gd.data.length;
        const selectedData = selectedDataFromEvent(event, {
            format,
            traceCount,
            selections,
        });
        if (!selectedData) {
            this.onDeselect();
            return;
        }
        this.reported.indices =
            format === 'indices'
                ? selectedData.indices
                : pointIndices(event.points, traceCount);
        this.report({ selectedData, selections });
    }

    onDeselect() {
        this.reported.indices = null;
        this.report({ selectedData: null, selections: [] });
    }

    /** Sends what changed; `selections` only when it differs from the prop. */
    report(changes) {
        const out = { ...changes };
        if ('selections' in out) {
            const same =
                sameSelections(out.selections, this.props.selections) &&
                Array.isArray(this.props.selections);
            this.reported.selections = out.selections;
            if (same) {
                delete out.selections;
            }
        }
        if ('selectedData' in out) {
            const had = this.reported.hasSelectedData ?? Boolean(this.props.selectedData);
            this.reported.hasSelectedData = out.selectedData !== null;
            if (out.selectedData === null && !had) {
                delete out.selectedData;
            }
        }
        if (Object.keys(out).length) {
            this.setProps(out);
        }
    }

    resize() {
        if (
            !this.plotted ||
            !isResponsive({ ...this.props, layout: this.figureLayout })
        ) {
            return;
        }
        this.plotly.Plots.resize(this.gd).catch(() => {});
    }

    destroy() {
        this.destroyed = true;
        this.redrawGuard?.destroy();
        if (this.plotted && this.plotly) {
            this.plotly.purge(this.gd);
        }
    }
}
