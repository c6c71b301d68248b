// How `responsive` changes config, layout and style, like dcc.Graph: no React, no DOM.

const isNil = (value) => value === undefined || value === null;

/** Whether the graph should follow its container's size. */
export function isResponsive({ responsive, config, layout }) {
    if (typeof responsive === 'boolean') {
        return responsive;
    }
    const l = layout || {};
    return Boolean(
        config &&
            config.responsive &&
            (isNil(l.autosize) || l.autosize) &&
            (isNil(l.height) || isNil(l.width))
    );
}

/** The config plotly gets: `responsive` True or False overrides config.responsive. */
export function configFor(config, responsive) {
    const out = { ...(config || {}) };
    if (typeof responsive === 'boolean') {
        out.responsive = responsive;
    }
    return out;
}

/** Layout overrides: True sizes the plot by its container, False keeps the figure's size. */
export function layoutOverridesFor(responsive) {
    if (responsive === true) {
        return { autosize: true, height: undefined, width: undefined };
    }
    if (responsive === false) {
        return { autosize: false };
    }
    return {};
}

/** The outer div's style: a responsive graph without a height fills its parent. */
export function styleFor(style, responsive) {
    if (responsive !== true || (style && style.height)) {
        return style;
    }
    return { height: '100%', ...(style || {}) };
}
