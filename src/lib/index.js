import Dropdown from './components/Dropdown.react.js';

export { Dropdown };
