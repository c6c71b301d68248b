// MathJax 3 for LaTeX in figures (mathjax=True only): the page's own, else our async-mathjax
// fragment. In the main bundle beside loadPlotly: the Graph fragment gets it from the light
// component.
import { loadFragment } from './loadFragment.js';

export default async function loadMathJax() {
    if (!window.MathJax?.version) {
        await loadFragment('mathjax');
    }
    await window.MathJax.startup?.promise;
}
