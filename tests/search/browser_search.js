// What the Dropdown's menu shows for some options and a query, as the values of its option rows,
// computed by the browser's own modules (normalizeOptions, the search index, the menu rows).
// Imported by tests/js/searchCases.test.js; run by tests/search/ as
//   node tests/search/browser_search.js < cases.json
// with a JSON list of {options, query, search_order}: prints the JSON list of their answers;
// or with {"fold": [texts]}: prints the JSON list of their folds.
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { normalizeOptions } from '../../src/lib/dropdown/options/normalizeOptions.js';
import { buildMenuRows, isHeadingRow } from '../../src/lib/dropdown/options/menuRows.js';
import { foldText } from '../../src/lib/search/foldText.js';
import { buildSearchIndex, searchIndex } from '../../src/lib/search/searchIndex.js';

export function menuValues(options, query, searchOrder) {
    const normalized = normalizeOptions(options);
    const index = buildSearchIndex(
        normalized.options.map((option) => option.search),
        normalized.options.map((option) => option.value)
    );
    const hits = searchIndex(index, query, { order: searchOrder });
    return buildMenuRows(hits, normalized.options, normalized.groups.length)
        .filter((row) => !isHeadingRow(row))
        .map((row) => normalized.options[row].value);
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
    const input = JSON.parse(readFileSync(0, 'utf8'));
    const answers = Array.isArray(input.fold)
        ? input.fold.map(foldText)
        : input.map(({ options, query, search_order: order }) =>
              menuValues(options, query, order)
          );
    process.stdout.write(JSON.stringify(answers));
}
