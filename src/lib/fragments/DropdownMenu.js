import React, {
    createContext,
    useContext,
    useLayoutEffect,
    useRef,
    useState,
} from 'react';
import { createPortal } from 'react-dom';
import { MENU_GUTTER, placeMenu, samePlace } from '../menu/menuPlacement.js';
import { menuHeightOf } from './DropdownMenuList.js';

// The portal tells the menu which side of the control it opened on.
const PlacementContext = createContext('bottom');

// react-select's default menu look (menuCSS with the default theme), as plain inline styles:
// no emotion serialising and inserting rules while the menu opens
const menuBox = {
    position: 'absolute',
    width: '100%',
    zIndex: 1,
    boxSizing: 'border-box',
    backgroundColor: 'hsl(0, 0%, 100%)',
    borderRadius: 4,
    boxShadow: '0 0 0 1px hsla(0, 0%, 0%, 0.1), 0 4px 11px hsla(0, 0%, 0%, 0.1)',
    marginTop: MENU_GUTTER,
    marginBottom: MENU_GUTTER,
};
const MENU_STYLE = {
    bottom: { ...menuBox, top: '100%' },
    top: { ...menuBox, bottom: '100%' },
};

// above tables, modals and fixed headers
const PORTAL_Z_INDEX = 10000;

/**
 * Replaces react-select's Menu. It leaves react-select's `innerRef` unattached on purpose:
 * react-select's MenuPlacer then never measures the menu (a forced layout and a second
 * render on every open); the portal below places it instead.
 */
export function LeanMenu({ innerProps, children }) {
    const placement = useContext(PlacementContext);
    return (
        <div className="my-dropdown__menu" style={MENU_STYLE[placement]} {...innerProps}>
            {children}
        </div>
    );
}

function viewportNow() {
    return {
        height: document.documentElement.clientHeight,
        scrollX: window.pageXOffset,
        scrollY: window.pageYOffset,
    };
}

/**
 * Replaces react-select's MenuPortal: the menu goes to `appendTo` (document.body), placed
 * from one measure of the control; it follows the control when the page scrolls, the window
 * resizes or the control changes size (chips wrapping), and keeps its side while open.
 */
export function LeanMenuPortal({ appendTo, controlElement, children, selectProps }) {
    const heightAtOpen = useRef(null);
    if (heightAtOpen.current === null) {
        heightAtOpen.current = menuHeightOf(selectProps.dropdownMenu);
    }
    // Measured while rendering, before this open changes the page: its layout is still
    // clean, so the read is cheap, and the menu mounts in this render. Measured after the
    // commit instead, the read forced a layout of the changed page and a second render.
    const [place, setPlace] = useState(() =>
        controlElement
            ? placeMenu(
                  controlElement.getBoundingClientRect(),
                  viewportNow(),
                  heightAtOpen.current,
                  null
              )
            : null
    );
    const placed = useRef(place);
    const wrapper = useRef(null);

    useLayoutEffect(() => {
        if (!controlElement) {
            return undefined;
        }
        let frame = 0;
        const update = () => {
            frame = 0;
            const next = placeMenu(
                controlElement.getBoundingClientRect(),
                viewportNow(),
                heightAtOpen.current,
                placed.current && placed.current.placement
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
        if (placed.current) {
            // in case this commit moved the control: read in the next frame, when the
            // browser lays the page out anyway
            later();
        } else {
            update();
        }
        window.addEventListener('scroll', later, true);
        window.addEventListener('resize', later);
        const resizes =
            typeof ResizeObserver === 'function'
                ? new ResizeObserver(() => later())
                : null;
        if (resizes) {
            resizes.observe(controlElement);
        }
        return () => {
            window.cancelAnimationFrame(frame);
            window.removeEventListener('scroll', later, true);
            window.removeEventListener('resize', later);
            if (resizes) {
                resizes.disconnect();
            }
        };
    }, [controlElement]);

    if (!place || !appendTo) {
        return null;
    }
    return createPortal(
        <PlacementContext.Provider value={place.placement}>
            <div
                ref={wrapper}
                className="my-dropdown__menu-portal"
                style={{
                    position: 'absolute',
                    top: place.top,
                    left: place.left,
                    width: place.width,
                    zIndex: PORTAL_Z_INDEX,
                }}
            >
                {children}
            </div>
        </PlacementContext.Provider>,
        appendTo
    );
}
