// MathJax 3 (TeX in, SVG out): its own async chunk, loaded only for a Graph with mathjax=True.
import 'mathjax/es5/tex-svg.js';

// plotly.js typesets what it draws: MathJax must not typeset the whole page on its own
window.MathJax.config.startup.typeset = false;
