// Installed before any page script (Page.addScriptToEvaluateOnNewDocument). Every time is
// performance.now() of this page; Python only reads the marks back.
(() => {
    const config = window.__benchConfig || {};
    const bench = {
        marks: {},
        events: {},
        changes: [],
        requests: [],
        armed: false,
    };
    window.__bench = bench;
    const now = () => performance.now();

    // Input events: the event's own timeStamp (when the browser got it) and when we saw it.
    for (const type of ['pointerdown', 'mousedown', 'mouseup', 'keydown']) {
        window.addEventListener(
            type,
            (event) => {
                if (bench.armed) {
                    bench.events[type] = { stamp: event.timeStamp, seen: now() };
                }
            },
            true
        );
    }

    // Load: the control in the DOM, the frame that paints it, then the first task after it.
    if (config.readySelector) {
        const check = () => {
            if (
                bench.marks.readyDom === undefined &&
                document.querySelector(config.readySelector)
            ) {
                bench.marks.readyDom = now();
                readyObserver.disconnect();
                requestAnimationFrame(() => {
                    bench.marks.readyPaint = now();
                    const channel = new MessageChannel();
                    channel.port1.onmessage = () => {
                        bench.marks.readyIdle = now();
                    };
                    channel.port2.postMessage(null);
                });
            }
        };
        const readyObserver = new MutationObserver(check);
        readyObserver.observe(document, { childList: true, subtree: true });
    }

    // Changes of the watched region (menu rows, callback output) while armed: when they
    // reached the DOM and the next animation frame (the paint that shows them).
    const touchesWatched = (record) => {
        const watch = config.watchSelector;
        const inside = (node) => {
            const element = node && (node.nodeType === 1 ? node : node.parentElement);
            return Boolean(element && element.closest && element.closest(watch));
        };
        if (inside(record.target)) {
            return true;
        }
        for (const node of record.addedNodes) {
            if (
                node.nodeType === 1 &&
                (node.matches(watch) || node.querySelector(watch))
            ) {
                return true;
            }
        }
        for (const node of record.removedNodes) {
            if (
                node.nodeType === 1 &&
                (node.matches(watch) || node.querySelector(watch))
            ) {
                return true;
            }
        }
        return false;
    };
    // What the user sees in the region, cheaply: the rows (count, first, last) or its text.
    // The first change that shows the final state is when the result reached the DOM;
    // later changes that show the same thing (re-renders) do not count.
    const signature = () => {
        const region = document.querySelector(config.watchSelector);
        if (!region) {
            return '';
        }
        const rows = region.querySelectorAll('[role=option]');
        if (rows.length) {
            return `${rows.length}|${rows[0].textContent}|${rows[rows.length - 1].textContent}`;
        }
        return region.textContent.slice(0, 200);
    };
    const changeObserver = new MutationObserver((records) => {
        if (!bench.armed || !records.some(touchesWatched)) {
            return;
        }
        const change = { dom: now(), paint: null, signature: signature() };
        bench.changes.push(change);
        requestAnimationFrame(() => {
            change.paint = now();
        });
    });
    if (config.watchSelector) {
        changeObserver.observe(document, {
            childList: true,
            subtree: true,
            characterData: true,
        });
    }

    bench.arm = () => {
        bench.events = {};
        bench.changes = [];
        bench.requests = [];
        bench.armed = true;
    };

    // Callback requests: when sent, their body (measured later, off the timed path), answered.
    const isCallback = (url) => String(url).includes('_dash-update-component');
    const originalFetch = window.fetch;
    window.fetch = function benchFetch(input, init) {
        const url = typeof input === 'string' ? input : input && input.url;
        if (!bench.armed || !isCallback(url)) {
            return originalFetch.apply(this, arguments);
        }
        const request = { sent: now(), body: init && init.body, answered: null };
        bench.requests.push(request);
        return originalFetch.apply(this, arguments).then((response) => {
            request.answered = now();
            return response;
        });
    };
    bench.requestSummary = () =>
        bench.requests.map((request) => ({
            sent: request.sent,
            answered: request.answered,
            bytes:
                typeof request.body === 'string'
                    ? new TextEncoder().encode(request.body).length
                    : null,
            selectedData:
                typeof request.body === 'string' &&
                request.body.includes('"selectedData"'),
        }));
})();
