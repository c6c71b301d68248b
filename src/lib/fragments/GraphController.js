// Drives one plotly.js graph div: plots figures, applies `selections`, reports selections back.
// Plain JS (no React) so the plotting order is explicit: every change runs through one queue.
// Closures rather than a class: the minifier can shorten local names, not `this.` members.
import { bindEvents } from './GraphEvents.js';
import { figureProblem, unknownTraceType } from '../figure/figureProblem.js';
import { configFor, isResponsive } from '../figure/responsive.js';
import { layoutFor, tracesFor } from '../figure/plotInput.js';
import { pointCount } from '../figure/pointCount.js';
import {
    normalizeSelections,
    sameSelections,
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

/** The div plotly draws into: the controller's own, inside the host div React renders. */
function newPlotDiv() {
    const div = document.createElement('div');
    div.style.width = '100%';
    div.style.height = '100%';
    return div;
}

/**
 * The controller of the plot in `host`: {update, start, fail, resize, destroy}.
 * loadMathJax and loadFragment: from the light component, which holds the loaders.
 */
export default function createGraphController(
    host,
    { setProps, onError, loadMathJax, loadFragment }
) {
    host.style.position = 'relative'; // for the "Drawing N points…" note
    let gd = host.appendChild(newPlotDiv());
    let props = {};
    let queue = Promise.resolve();
    let plotly = null;
    let plotted = false;
    let destroyed = false;
    let error = null;
    // the figure layout last plotted, as given: uirevision and preset selections are read there
    let figureLayout = null;
    // the WebGL redraw guard of the plotted div, once loaded (only a plot with WebGL needs one)
    let redrawGuard = null;
    let guardRequested = false; // for the plotted div
    // GraphExtras (what only some Graphs need), once asked for
    let extras;
    // what was last reported, so nothing is sent twice and our own echoes are recognised
    let reportedSelections;
    let reportedIndices = null;
    let reportedHasSelectedData;
    // who is changing the plot: 'figure', 'selections' (the prop), 'reselect', 'silent' (a step
    // whose events are ignored), or null (the user)
    let source = null;

    /** Runs `step` with `source` set to who is changing the plot. */
    async function changing(who, step) {
        source = who;
        try {
            return await step();
        } finally {
            source = null;
        }
    }

    function enqueue(task) {
        queue = queue
            .then(() => {
                if (destroyed) {
                    return undefined;
                }
                // whatever we plot must be drawn
                redrawGuard?.disarm();
                return task();
            })
            .catch((reason) => fail(String((reason && reason.message) || reason)));
    }

    function fail(message) {
        console.error(LOG_PREFIX, message);
        error = message;
        // A plot that failed half-way can leave plotly's state on the div broken for every later
        // figure (even purge may throw): plot the next figure into a fresh div.
        if (plotly) {
            try {
                plotly.purge(gd);
            } catch {
                // the div is replaced below
            }
        }
        dropRedrawGuard();
        const fresh = newPlotDiv();
        host.replaceChild(fresh, gd);
        gd = fresh;
        plotted = false;
        onError(message);
    }

    function dropRedrawGuard() {
        redrawGuard?.destroy();
        redrawGuard = null;
        guardRequested = false;
    }

    /**
     * Loads the redraw guard on the press that starts a drag selection on a plot with WebGL, the
     * only drag it acts on: the local script is in place long before that drag's release.
     */
    function guardWebGlSelection() {
        const layout = gd._fullLayout;
        if (
            guardRequested ||
            !layout?._glcanvas ||
            !/select|lasso/.test(layout.dragmode)
        ) {
            return;
        }
        guardRequested = true;
        const plottedDiv = gd;
        loadFragment('redrawGuard').then(
            ({ default: attachRedrawGuard }) => {
                // not if the Graph is gone, or the plot failed (a fresh div) while it loaded
                if (!destroyed && gd === plottedDiv) {
                    redrawGuard = attachRedrawGuard(gd);
                }
            },
            // without it every drag selection on WebGL is drawn twice: slower, still right
            () => {}
        );
    }
    // pointerdown (mouse or touch) comes before plotly's mousedown and touchstart handlers
    host.addEventListener('pointerdown', guardWebGlSelection);

    /** The GraphExtras fragment, loaded on first use (its script once per page). */
    function loadExtras() {
        extras = extras || loadFragment('graphExtras').then((module) => module.default);
        return extras;
    }

    async function validSelections(selections) {
        const { splitValidSelections } = await loadExtras();
        const { valid, problems } = splitValidSelections(selections);
        if (problems.length) {
            console.error(LOG_PREFIX, `ignored: ${problems.join('; ')}`);
        }
        return valid;
    }

    /** Plots the figure of `current` (the props it changed in) with `override` as selections. */
    async function plotFigure(current, override) {
        const { figure, config, responsive, animate, animation_options, mathjax } =
            current;
        const problem = figureProblem(figure);
        if (problem) {
            fail(problem);
            return;
        }
        if (error) {
            error = null;
            onError(null);
            // React may show the div after plotly measured it: show it now
            host.style.display = 'block';
        }
        const { data, layout: nextLayout, frames } = figure || {};
        const traces = tracesFor(data);
        const layout = layoutFor(nextLayout, responsive);
        if (override !== undefined) {
            layout.selections = await validSelections(override);
        } else {
            // the selections on the plot (drawn by the user, mostly): whether they stay is
            // decided in GraphExtras, loaded by the first new figure that meets some
            const current = plotted && gd.layout.selections;
            const carried =
                current &&
                current.length &&
                (await loadExtras()).carriedSelections({
                    previousLayout: figureLayout,
                    nextLayout: nextLayout || {},
                    current,
                });
            if (carried) {
                layout.selections = carried.map((s) => ({ ...s }));
            } else if (layout.selections !== undefined) {
                layout.selections = withAxisRefs(layout.selections);
            }
        }
        figureLayout = nextLayout || {};

        const points = pointCount(traces);
        let note;
        if (points >= LARGE_FIGURE_POINTS) {
            note = await (await loadExtras()).showLargeFigureNote(host, points);
        }
        if (mathjax) {
            await loadMathJax();
        }
        await changing('figure', async () => {
            try {
                if (animate && plotted && traces.length === gd.data.length) {
                    await plotly.animate(gd, { data: traces, layout }, animation_options);
                } else {
                    await plotly.react(gd, {
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
                note?.remove();
            }
        });
        if (!plotted) {
            bindEvents(gd, {
                props: () => props,
                busy: () => source,
                setProps,
                onSelected,
                onDeselect,
                loadExtras,
            });
            plotted = true;
        }
        const unknown = unknownTraceType(gd._fullData);
        if (unknown) {
            fail(unknown);
            return;
        }
        if (override !== undefined && !layout.selections.length) {
            await clearSelections();
        } else {
            await reselect(false);
        }
        resize();
    }

    /** The selected indices plotly holds now, one list per trace. */
    function currentIndices() {
        return gd.data.map((trace) => Array.from(trace.selectedpoints || []));
    }

    /**
     * Makes plotly report the selection again when what it selects changed without an event:
     * preset selections on the first plot, new data under kept selections, a new format.
     */
    async function reselect(always) {
        const selections = gd.layout.selections || [];
        if (!selections.length) {
            if (reportedSelections && reportedSelections.length) {
                // the new figure dropped them; selectedData stays, as with dcc.Graph
                report({ selections: [] });
            }
            return;
        }
        if (!always && sameIndices(currentIndices(), reportedIndices)) {
            return;
        }
        // plotly reports selections only when they change: take them off (unreported), put them back
        const copies = selections.map((s) => ({ ...s }));
        await changing('silent', () => plotly.relayout(gd, { selections: [] }));
        await changing('reselect', () => plotly.relayout(gd, { selections: copies }));
    }

    async function applySelections(selections) {
        if (!plotted) {
            return;
        }
        const valid = await validSelections(selections);
        if (sameSelections(valid, gd.layout.selections)) {
            report({ selections: normalizeSelections(valid) });
        } else if (valid.length) {
            await changing('selections', () =>
                plotly.relayout(gd, { selections: valid })
            );
        } else {
            await clearSelections();
        }
    }

    async function clearSelections() {
        // plotly keeps the points highlighted when only the selections go
        const none = gd.data.map(() => null);
        await changing('selections', () =>
            plotly.update(gd, { selectedpoints: none }, { selections: [] })
        );
        onDeselect();
    }

    async function mergeTraces(method, value) {
        const args = (await loadExtras()).traceUpdateArgs(value);
        if (plotted && args) {
            await plotly[method](gd, ...args);
        }
    }

    function onSelected(event) {
        if (source === 'silent') {
            return;
        }
        const selections = normalizeSelections(event.selections ?? gd.layout.selections);
        if (source === 'figure' && !selections.length) {
            // a new figure without selections: say so, but keep selectedData like dcc.Graph
            report({ selections });
            return;
        }
        const format = props.selected_data_format;
        const traceCount = gd.data.length;
        const selectedData = selectedDataFromEvent(event, {
            format,
            traceCount,
            selections,
        });
        if (!selectedData) {
            onDeselect();
            return;
        }
        reportedIndices =
            format === 'indices'
                ? selectedData.indices
                : pointIndices(event.points, traceCount);
        report({ selectedData, selections });
    }

    function onDeselect() {
        reportedIndices = null;
        report({ selectedData: null, selections: [] });
    }

    /** Sends what changed; `selections` only when it differs from the prop. */
    function report(changes) {
        const out = { ...changes };
        if ('selections' in out) {
            const same =
                sameSelections(out.selections, props.selections) &&
                Array.isArray(props.selections);
            reportedSelections = out.selections;
            if (same) {
                delete out.selections;
            }
        }
        if ('selectedData' in out) {
            const had = reportedHasSelectedData ?? Boolean(props.selectedData);
            reportedHasSelectedData = out.selectedData !== null;
            if (out.selectedData === null && !had) {
                delete out.selectedData;
            }
        }
        if (Object.keys(out).length) {
            setProps(out);
        }
    }

    function resize() {
        if (plotted && isResponsive({ ...props, layout: figureLayout })) {
            plotly.Plots.resize(gd).catch(() => {});
        }
    }

    /** Called on mount (previous null) and on every prop change. */
    function update(nextProps, previous) {
        props = nextProps;
        const changed = (key) => !previous || props[key] !== previous[key];
        if (changed('selections') && props.selections) {
            // fetched while plotly.js loads (on mount), ready when the selections are drawn
            loadExtras().catch(() => {}); // the queue reports a failure
        }
        if (changed('selection_outline') && !props.selection_outline) {
            // the style of Graph.react's no-outline class (added before anything is drawn)
            loadExtras().then((extras) => extras.addNoOutlineStyle(), console.error);
        }
        if (!plotly) {
            return;
        }
        const { selections } = props;
        const selectionsChanged =
            changed('selections') &&
            selections !== undefined &&
            selections !== null &&
            selections !== reportedSelections;
        if (
            changed('figure') ||
            changed('config') ||
            changed('responsive') ||
            changed('mathjax')
        ) {
            const override = selectionsChanged ? selections : undefined;
            enqueue(() => plotFigure(props, override));
        } else if (selectionsChanged) {
            enqueue(() => applySelections(selections));
        } else if (changed('selected_data_format')) {
            enqueue(() => reselect(true));
        }
        for (const [key, method] of [
            ['prependData', 'prependTraces'],
            ['extendData', 'extendTraces'],
        ]) {
            const value = props[key];
            if (changed(key) && value) {
                enqueue(() => mergeTraces(method, value));
            }
        }
    }

    return {
        update,
        start(plotlyJs) {
            plotly = plotlyJs;
            update(props, null);
        },
        fail,
        resize,
        destroy() {
            destroyed = true;
            redrawGuard?.destroy();
            if (plotted && plotly) {
                plotly.purge(gd);
            }
        },
    };
}
