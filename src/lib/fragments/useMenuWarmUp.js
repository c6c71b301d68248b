import { useEffect, useRef, useState } from 'react';
import { copyDropdownStyles } from './dropdownStyles.js';
import { whenIdle } from '../dropdown/whenIdle.js';

// once per page: what it warms (compiled code) is shared by every Dropdown
let warmedUp = false;

// Each pass opens the menu as a click does, draws it as after one and two typed letters,
// then closes it as a blur does.
const STEPS_PER_PASS = 4;
// One pass only compiles the code; a few more let V8 optimise the paths an open and a
// keystroke take (the first real ones otherwise run them slowly, compiling as they go).
const PASSES = 3;

/**
 * Where the warm-up Select is drawn: in the page, so that its open is styled, laid out and
 * painted as a real one is (a detached menu warmed the code, not the browser's style,
 * layout and paint of a first menu), yet never seen, hit, focused nor read out (transparent,
 * inert, aria-hidden, its layout contained), and inside a shadow root: the page's
 * querySelector and MutationObservers, and what its events reach, stop at its edge.
 */
function makeWarmUpPlace() {
    const host = document.createElement('div');
    host.setAttribute('aria-hidden', 'true');
    host.inert = true;
    host.style.cssText =
        'position:fixed;left:0;top:0;width:300px;height:400px;z-index:-1;' +
        'opacity:0;pointer-events:none;contain:strict';
    const root = host.attachShadow({ mode: 'open' });
    copyDropdownStyles(root);
    const container = document.createElement('div');
    root.appendChild(container);
    return { host, container };
}

/**
 * The press and the focus a click on the control brings, sent into the warm-up's tree:
 * React hands them to react-select's handlers as it does a real click's, so the open runs
 * the very code a real first open runs (the press, the focus, react-select's state and our
 * open, rendered together). Not composed: they stay inside the shadow root.
 */
function pressControl(container) {
    const control = container.querySelector('.my-dropdown__control');
    const input = container.querySelector('input');
    if (control && input) {
        control.dispatchEvent(new MouseEvent('mousedown', { bubbles: true, button: 0 }));
        input.dispatchEvent(new FocusEvent('focusin', { bubbles: true }));
    }
}

function blurInput(container) {
    const input = container.querySelector('input');
    if (input) {
        input.dispatchEvent(new FocusEvent('focusout', { bubbles: true }));
    }
}

/**
 * The warm-up menu, one step per idle slot after the first Dropdown mounts: null, or
 * { container, open, typed, onMenuOpen }: a second Select to draw into `container` (see
 * makeWarmUpPlace), its menu open or not, with `typed` letters typed; it must call
 * `onMenuOpen` from its own onMenuOpen. The first real open and keystroke otherwise run
 * the menu's code (react-select's open path and re-render, the virtual list, the rows) for
 * the first time, V8 compiling it as they go, and the browser styles, lays out and paints a
 * menu for the first time: the first open took about twice as long as the next ones.
 */
export function useMenuWarmUp() {
    const [step, setStep] = useState(null);
    const opened = useRef(false);
    useEffect(
        () =>
            whenIdle(() => {
                if (!warmedUp) {
                    warmedUp = true;
                    const place = makeWarmUpPlace();
                    document.body.appendChild(place.host);
                    setStep({ index: 0, ...place });
                }
            }),
        []
    );
    // a Dropdown gone before its warm-up ended takes the warm-up's place with it
    const host = step && step.host;
    useEffect(() => () => host && host.remove(), [host]);
    useEffect(() => {
        if (!step) {
            return undefined;
        }
        return whenIdle(() => {
            const index = step.index + 1;
            if (index > STEPS_PER_PASS * PASSES) {
                performance.mark('my-dropdown:menu-warm');
                step.host.remove();
                setStep(null);
                return;
            }
            const next = { ...step, index };
            if (index % STEPS_PER_PASS === 1) {
                // opened as a click opens it; drawn open even where the press reached no
                // handler (React 16 listens on the document, beyond the shadow root's edge)
                opened.current = false;
                pressControl(step.container);
                if (!opened.current) {
                    setStep(next);
                }
            } else {
                if (index % STEPS_PER_PASS === 0) {
                    blurInput(step.container);
                }
                setStep(next);
            }
        });
    }, [step]);
    if (!step) {
        return null;
    }
    const phase = step.index % STEPS_PER_PASS;
    return {
        container: step.container,
        open: step.index > 0 && phase !== 0,
        typed: phase === 0 ? 0 : phase - 1,
        onMenuOpen: () => {
            if (!opened.current && step.index % STEPS_PER_PASS === 0) {
                opened.current = true;
                setStep({ ...step, index: step.index + 1 });
            }
        },
    };
}
