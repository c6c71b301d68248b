// Builds the main bundle (light components) and each heavy fragment as its own script.
// Fragments are not webpack chunks: the main bundle loads them with a few lines
// (src/lib/loaders/loadFragment.js) instead of webpack's chunk runtime, which every page would load.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { readdirSync, readFileSync } from 'node:fs';
import TerserPlugin from 'terser-webpack-plugin';
import webpack from 'webpack';

const root = path.dirname(fileURLToPath(import.meta.url));
const packageJson = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8'));
const dashLibraryName = packageJson.name.replace(/-/g, '_');
const lightComponents = path.join(root, 'src/lib/components');

// plotly.js and MathJax arrive minified: parsing, re-minifying or source-mapping them would make
// the build many times slower.
const prebuiltDist = /plotly\.js-dist-min|mathjax[\\/]es5/;
const distChunks = /async-(plotly|mathjax)/;

// name -> module; each becomes async-<name>.js, registered in window.<lib>_fragments.<name>
const fragments = {
    dropdown: './src/lib/dropdown/Dropdown.react.js',
    graph: './src/lib/graph/PlotlyGraph.react.js',
    plotly: './src/lib/graph/plotlyDist.js',
    mathjax: './src/lib/graph/mathjaxDist.js',
};

// The entries are written out here as tiny modules that put what they build on window, not by
// webpack's `library`, whose exports object costs each script a runtime of its own.
// (Their imports are resolved from the project root.)
const dataModule = (code) => `data:text/javascript,${encodeURIComponent(code)}`;

// Dash finds the components at window.<lib>.<Component>: the light files, as
// dash-generate-components sees them.
const componentNames = readdirSync(lightComponents)
    .filter((file) => file.endsWith('.react.js'))
    .map((file) => file.replace(/\.react\.js$/, ''))
    .join(', ');
const mainEntry = dataModule(
    `import { ${componentNames} } from './src/lib/index.js';\n` +
        `window.${dashLibraryName} = { ${componentNames} };\n`
);

// A fragment's script registers its module ({default}, as React.lazy wants) for loadFragment.
const fragmentEntry = (name, file) =>
    dataModule(
        `import fragment from '${file}';\n` +
            `const fragments = (window.${dashLibraryName}_fragments =\n` +
            `    window.${dashLibraryName}_fragments || {});\n` +
            `fragments.${name} = { default: fragment };\n`
    );

const shared = (mode) => ({
    mode,
    devtool: false,
    module: {
        noParse: prebuiltDist,
        rules: [
            {
                test: /\.jsx?$/,
                exclude: /node_modules/,
                use: { loader: 'babel-loader' },
            },
        ],
    },
    resolve: { extensions: ['.js', '.jsx'] },
    optimization: {
        minimizer: [
            // terser's safe options only
            new TerserPlugin({
                exclude: distChunks,
                extractComments: false,
                terserOptions: { ecma: 2020, compress: { passes: 2 } },
            }),
        ],
    },
    plugins: [
        new webpack.SourceMapDevToolPlugin({
            filename: '[file].map',
            exclude: distChunks,
        }),
    ],
    performance: {
        // plotly.js and MathJax are large by nature and load only where a Graph needs them.
        assetFilter: (file) => !distChunks.test(file) && !file.endsWith('.map'),
        maxAssetSize: 150 * 1024,
        maxEntrypointSize: 150 * 1024,
        hints: 'error',
    },
});

const externals = {
    react: 'React',
    'react-dom': 'ReactDOM',
    'prop-types': 'PropTypes',
};

export default (env, argv) => {
    const mode = argv.mode || 'production';
    const main = {
        ...shared(mode),
        name: 'main',
        entry: { main: mainEntry },
        output: {
            path: path.join(root, dashLibraryName),
            filename: `${dashLibraryName}.min.js`,
            clean: { keep: /\.(py|json|txt)$/ },
        },
        externals,
    };
    const fragmentBuild = {
        ...shared(mode),
        name: 'fragments',
        dependencies: ['main'],
        entry: Object.fromEntries(
            Object.entries(fragments).map(([name, file]) => [
                name,
                fragmentEntry(name, file),
            ])
        ),
        output: {
            path: path.join(root, dashLibraryName),
            filename: 'async-[name].js',
        },
        externals,
    };
    return [main, fragmentBuild];
};
