// Our own copy of plotly.js, the async-plotly chunk. An ES module around the CommonJS
// package, so importing it lazily needs no namespace shim in the main bundle's runtime.
import Plotly from 'plotly.js-dist-min';

export default Plotly;
