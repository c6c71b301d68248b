// Runs fuzz cases inside the page: one selenium round trip per batch instead of several per
// case. fuzz_helpers.py installs this file once, then calls window.__runFuzzCases(cases, kind).
// Each case: click the button that makes the server push the next generated input, wait until
// the page shows it, poke the component, ping another callback, and collect console errors.
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
const frame = () => new Promise((resolve) => requestAnimationFrame(() => resolve()));
const $ = (selector) => document.querySelector(selector);
const textOf = (selector) => ($(selector) ? $(selector).textContent : null);

async function waitFor(check, timeout) {
    const end = performance.now() + timeout;
    for (;;) {
        const found = check();
        if (found || performance.now() > end) {
            return found;
        }
        await sleep(4);
    }
}

function setInput(input, value) {
    // React listens to 'input' events and reads the value through the native setter
    const setter = Object.getOwnPropertyDescriptor(
        HTMLInputElement.prototype,
        'value'
    ).set;
    setter.call(input, value);
    input.dispatchEvent(new Event('input', { bubbles: true }));
}

const pressKey = (target, key) =>
    target.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true }));

// The text of every option row of the open menu (role=option), in order.
const optionTexts = () =>
    Array.from(
        document.querySelectorAll('.my-dropdown__menu [role=option]'),
        (row) => row.textContent
    );

async function pokeDropdown(c, result) {
    const control = $('#dd .my-dropdown__control');
    result.control = Boolean(control);
    result.selected = textOf('#dd .my-dropdown__single-value');
    if (!control) {
        return;
    }
    control.dispatchEvent(new MouseEvent('mousedown', { bubbles: true, button: 0 }));
    result.menu = Boolean(await waitFor(() => $('.my-dropdown__menu'), 2000));
    await frame();
    result.rows = optionTexts();
    const input = $('#dd input');
    if (input && c.query !== undefined) {
        setInput(input, c.query);
        await frame();
        await frame();
        result.searchRows = optionTexts();
        setInput(input, '');
    }
    if (input) {
        pressKey(input, 'Escape');
        await waitFor(() => !$('.my-dropdown__menu'), 2000);
    }
}

async function settleGraph(c, result) {
    // looked up on every check: the Graph plots into a fresh div after a failed figure
    const plotDiv = () => $('#graph .js-plotly-plot');
    const settled = () => {
        const error = $('#graph .my-graph-error');
        if (c.problem && c.problem !== 'bad selections') {
            return Boolean(error);
        }
        const gd = plotDiv();
        if (error || !gd || !gd._fullLayout || !gd.data) {
            return false;
        }
        const selections = (gd.layout.selections || []).length;
        return gd.data.length === c.traces && selections === c.selections;
    };
    result.settled = Boolean(await waitFor(settled, 8000));
    const error = $('#graph .my-graph-error');
    result.errorBox = error ? error.textContent : null;
    result.svg = Boolean($('#graph .main-svg'));
    const gd = plotDiv();
    result.traces = gd && gd.data ? gd.data.length : null;
    result.selections = gd && gd.layout ? (gd.layout.selections || []).length : null;
}

window.__runFuzzCases = async (cases, kind) => {
    const results = [];
    let pings = Number(textOf('#pong')) || 0;
    try {
        for (const c of cases) {
            const before = window.__fuzzErrors.length;
            const result = { marker: c.marker };
            $(`#${c.button}`).click();
            result.shown = Boolean(
                await waitFor(() => textOf('#case') === c.marker, 8000)
            );
            await frame();
            if (kind === 'dropdown') {
                await pokeDropdown(c, result);
            } else {
                await settleGraph(c, result);
            }
            pings += 1;
            $('#ping').click();
            result.pong = Boolean(
                await waitFor(() => textOf('#pong') === String(pings), 8000)
            );
            await frame();
            result.pageText = document.body.innerText.trim().length;
            result.errors = window.__fuzzErrors.slice(before);
            result.pwned = window.__pwned === true;
            results.push(result);
        }
        return { results };
    } catch (error) {
        return { results, crash: String((error && error.stack) || error) };
    }
};

// Every console error and uncaught error from here on, in order.
window.__fuzzErrors = [];
const originalConsoleError = console.error;
console.error = (...args) => {
    window.__fuzzErrors.push(args.map(String).join(' '));
    originalConsoleError.apply(console, args);
};
window.addEventListener('error', (event) =>
    window.__fuzzErrors.push(`uncaught: ${event.message}`)
);
window.addEventListener('unhandledrejection', (event) =>
    window.__fuzzErrors.push(`unhandled rejection: ${event.reason}`)
);
