// MathJax 3 (TeX in, SVG out): the async-mathjax fragment, loaded only for a Graph with
// mathjax=True (src/lib/loaders/loadMathJax.js).
import 'mathjax/es5/tex-svg.js';

// plotly.js typesets what it draws: MathJax must not typeset the whole page on its own
window.MathJax.config.startup.typeset = false;

// what loadFragment resolves with
export default window.MathJax;
