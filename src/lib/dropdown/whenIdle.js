// useOptionSearch.js moved here from src/lib/fragments/, where its idle-time helper stays.
export * from '../fragments/whenIdle.js';
