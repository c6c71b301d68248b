// The shared table of search cases (tests/search_cases.json), answered by the browser's modules;
// tests/search/test_search_cases.py answers the same table with the Python search.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import TABLE from '../search_cases.json' with { type: 'json' };
import { menuValues } from '../search/browser_search.js';

for (const { name, options, query, search_order: order, expected } of TABLE.cases) {
    test(`search case: ${name}`, () => {
        assert.deepEqual(menuValues(options, query, order), expected);
    });
}
