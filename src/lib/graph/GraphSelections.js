// The selections of one plot: draws the `selections` prop, reports what the user selects as
// `selectedData` and `selections`, and keeps what was reported so nothing is sent twice.
import {
    carriedSelections,
    normalizeSelections,
    sameSelections,
    splitValidSelections,
    withAxisRefs,
} from './selections/selectionsLayout.js';
import {
    pointIndices,
    sameIndices,
    selectedDataFromEvent,
} from './selections/selectedData.js';

export const LOG_PREFIX = 'my_components.Graph:';

/** The selected indices plotly holds now, one list per trace. */
function currentIndices(gd) {
    return gd.data.map((trace) => Array.from(trace.selectedpoints || []));
}

export default class GraphSelections {
    /** `graph`: the GraphController (its gd, plotly, props, changing() and setProps). */
    constructor(graph) {
        this.graph = graph;
        this.reportedSelections = undefined;
        this.reportedIndices = null;
        this.reportedHasSelectedData = undefined;
        // the figure has no x/y axes: selections are kept in the prop but not drawn
        this.axesless = false;
    }

    /** The valid entries of a `selections` prop; one console error names the others. */
    valid(selections) {
        const { valid, problems } = splitValidSelections(selections);
        if (problems.length) {
            console.error(LOG_PREFIX, `ignored: ${problems.join('; ')}`);
        }
        return valid;
    }

    /**
     * The layout.selections a new figure is plotted with: `override` (the prop, set with it),
     * else those on the plot when the figure keeps its uirevision, else the figure's own.
     */
    forFigure({ previousLayout, nextLayout, override, plotted }) {
        if (override !== undefined) {
            return this.valid(override);
        }
        const current = plotted ? this.graph.gd.layout.selections : undefined;
        const carried = carriedSelections({ previousLayout, nextLayout, current });
        if (carried) {
            return carried.map((s) => ({ ...s }));
        }
        return withAxisRefs(nextLayout.selections);
    }

    /**
     * Makes plotly report the selection again when what it selects changed without an event:
     * preset selections on the first plot, new data under kept selections, a new format.
     */
    async reselect(always) {
        const { gd, plotly } = this.graph;
        const selections = gd.layout.selections || [];
        if (!selections.length) {
            if (this.reportedSelections && this.reportedSelections.length) {
                // the new figure dropped them; selectedData stays, as with dcc.Graph
                this.report({ selections: [] });
            }
            return;
        }
        if (!always && sameIndices(currentIndices(gd), this.reportedIndices)) {
            return;
        }
        // plotly reports selections only when they change: take them off (unreported), put them back
        const copies = selections.map((s) => ({ ...s }));
        await this.graph.changing('silent', () =>
            plotly.relayout(gd, { selections: [] })
        );
        await this.graph.changing('reselect', () =>
            plotly.relayout(gd, { selections: copies })
        );
    }

    /** Draws the `selections` prop. */
    async apply(selections) {
        if (this.axesless) {
            return;
        }
        const { gd, plotly } = this.graph;
        const valid = this.valid(selections);
        if (sameSelections(valid, gd.layout.selections)) {
            this.report({ selections: normalizeSelections(valid) });
        } else if (valid.length) {
            await this.graph.changing('selections', () =>
                plotly.relayout(gd, { selections: valid })
            );
        } else {
            await this.clear();
        }
    }

    async clear() {
        const { gd, plotly } = this.graph;
        // plotly keeps the points highlighted when only the selections go
        const none = gd.data.map(() => null);
        await this.graph.changing('selections', () =>
            plotly.update(gd, { selectedpoints: none }, { selections: [] })
        );
        this.onDeselect();
    }

    /** plotly_selected, from the user or from our own relayouts. */
    onSelected(event) {
        const { gd, source, props } = this.graph;
        if (source === 'silent' || this.axesless) {
            return;
        }
        const selections = normalizeSelections(event.selections ?? gd.layout.selections);
        if (source === 'figure' && !selections.length) {
            // a new figure without selections: say so, but keep selectedData like dcc.Graph
            this.report({ selections });
            return;
        }
        const format = props.selected_data_format;
        const selectedData = selectedDataFromEvent(event, {
            format,
            data: gd.data,
            selections,
        });
        if (!selectedData) {
            this.onDeselect();
            return;
        }
        this.reportedIndices =
            format === 'indices'
                ? selectedData.indices
                : pointIndices(event.points, gd.data.length);
        this.report({ selectedData, selections });
    }

    onDeselect() {
        if (this.axesless) {
            return;
        }
        this.reportedIndices = null;
        this.report({ selectedData: null, selections: [] });
    }

    /** Whether `selections` (a new prop value) is what we reported: our own echo. */
    isOwnEcho(selections) {
        return selections === this.reportedSelections;
    }

    /** Sends what changed; `selections` only when it differs from the prop. */
    report(changes) {
        const { props } = this.graph;
        const out = { ...changes };
        if ('selections' in out) {
            const same =
                sameSelections(out.selections, props.selections) &&
                Array.isArray(props.selections);
            this.reportedSelections = out.selections;
            if (same) {
                delete out.selections;
            }
        }
        if ('selectedData' in out) {
            const had = this.reportedHasSelectedData ?? Boolean(props.selectedData);
            this.reportedHasSelectedData = out.selectedData !== null;
            if (out.selectedData === null && !had) {
                delete out.selectedData;
            }
        }
        if (Object.keys(out).length) {
            this.graph.setProps(out);
        }
    }
}
