import React, { useLayoutEffect, useRef, useState } from 'react';
import { createPortal } from 'react-dom';
import { placeMenu, samePlace } from './menu/menuPlacement.js';
import { MenuList, menuHeightOf } from './MenuList.js';

// above tables, modals and fixed headers
const PORTAL_Z_INDEX = 10000;

function viewportNow() {
    return {
        width: document.documentElement.clientWidth,
        height: document.documentElement.clientHeight,
        scrollX: window.pageXOffset,
        scrollY: window.pageYOffset,
    };
}

// a press in the menu must not take the focus from the search input (it would close the menu)
const keepFocus = (event) => event.preventDefault();

/**
 * The open menu, portalled to <body> so that no ancestor's overflow clips it, and placed
 * from one measure of `anchor` (the Dropdown's element): below it, or above when it fits only
 * there. It follows its anchor when the page scrolls, the window resizes or the anchor changes
 * size (chips wrapping), and keeps its side while open.
 */
export function DropdownMenu({ anchor, menu }) {
    const heightAtOpen = useRef(null);
    if (heightAtOpen.current === null) {
        heightAtOpen.current = menuHeightOf(menu);
    }
    // Measured while rendering, before this open changes the page: its layout is still clean,
    // so the read is cheap and the menu mounts in this very render.
    const [place, setPlace] = useState(() =>
        placeMenu(
            anchor.getBoundingClientRect(),
            viewportNow(),
            heightAtOpen.current,
            null
        )
    );
    const placed = useRef(place);
    const wrapper = useRef(null);

    useLayoutEffect(() => {
        let frame = 0;
        const update = () => {
            frame = 0;
            const next = placeMenu(
                anchor.getBoundingClientRect(),
                viewportNow(),
                heightAtOpen.current,
                placed.current.placement
            );
            if (!samePlace(placed.current, next)) {
                placed.current = next;
                setPlace(next);
            }
        };
        const later = (event) => {
            // the menu's own list scrolling moves nothing
            if (
                event &&
                event.target instanceof Node &&
                wrapper.current?.contains(event.target)
            ) {
                return;
            }
            if (!frame) {
                frame = window.requestAnimationFrame(update);
            }
        };
        // in case this commit moved the anchor: read in the next frame, when the browser
        // lays the page out anyway
        later();
        window.addEventListener('scroll', later, true);
        window.addEventListener('resize', later);
        const resizes =
            typeof ResizeObserver === 'function'
                ? new ResizeObserver(() => later())
                : null;
        if (resizes) {
            resizes.observe(anchor);
        }
        return () => {
            window.cancelAnimationFrame(frame);
            window.removeEventListener('scroll', later, true);
            window.removeEventListener('resize', later);
            if (resizes) {
                resizes.disconnect();
            }
        };
    }, [anchor]);

    return createPortal(
        <div
            ref={wrapper}
            className="my-dropdown__menu-portal"
            // a landmark: the menu sits at the end of <body>, outside the page's own
            role="region"
            aria-label={menu.labels.search}
            style={{
                position: 'absolute',
                top: place.top,
                left: place.left,
                width: place.width,
                zIndex: PORTAL_Z_INDEX,
            }}
            onMouseDown={keepFocus}
        >
            <div
                className={`my-dropdown__menu my-dropdown__menu--${place.placement}`}
                style={{ maxWidth: place.maxWidth }}
            >
                <MenuList menu={menu} />
            </div>
        </div>,
        document.body
    );
}
