import Dropdown from './components/Dropdown.react.js';
import Graph from './components/Graph.react.js';

export { Dropdown, Graph };
