/**
 * Which option sizes the menu's width: the one whose text is longest (the first of equals),
 * or -1 when there is none. Pure: no React, no DOM.
 */
export function longestOption(options) {
    let longest = -1;
    let length = -1;
    for (let i = 0; i < options.length; i++) {
        if (options[i].text.length > length) {
            longest = i;
            length = options[i].text.length;
        }
    }
    return longest;
}
