// The plotly.js call that draws a figure: Plotly.react, or Plotly.animate when the Graph animates.
import { configFor } from './figure/responsive.js';

/**
 * Draws `traces`, `layout` and `frames` (copies, see figure/plotInput.js) into `gd` with the
 * `props` of the Graph; `plotted`: whether gd holds a plot already (animate needs one).
 */
export async function drawFigure(plotly, gd, { traces, layout, frames, props, plotted }) {
    const { config, responsive, animate, animation_options, mathjax } = props;
    if (animate && plotted && traces.length === gd.data.length) {
        if (frames) {
            // as dcc.Graph: the frames of the new figure replace the old before animating
            await plotly.deleteFrames(gd);
            await plotly.addFrames(gd, frames);
        }
        return plotly.animate(gd, { data: traces, layout }, animation_options);
    }
    return plotly.react(gd, {
        data: traces,
        layout,
        frames,
        // as dcc.Graph: LaTeX is typeset only when the Graph asks for MathJax
        config: { ...configFor(config, responsive), typesetMath: Boolean(mathjax) },
    });
}
