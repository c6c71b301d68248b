// Builds the main bundle (light components) and one async chunk per heavy fragment.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { readFileSync } from 'node:fs';
import TerserPlugin from 'terser-webpack-plugin';
import webpack from 'webpack';

const root = path.dirname(fileURLToPath(import.meta.url));
const packageJson = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8'));
const dashLibraryName = packageJson.name.replace(/-/g, '_');

// plotly.js and MathJax arrive minified: parsing, re-minifying or source-mapping them costs
// ~50 s.
const prebuiltDist = /plotly\.js-dist-min|mathjax[\\/]es5/;
const distChunks = /async-(plotly|mathjax)/;

export default (env, argv) => {
    const mode = argv.mode || 'production';
    return {
        mode,
        entry: { main: './src/lib/index.js' },
        output: {
            path: path.join(root, dashLibraryName),
            filename: `${dashLibraryName}.min.js`,
            chunkFilename: 'async-[name].js',
            // Chunks load from wherever Dash served the main bundle.
            publicPath: 'auto',
            library: { name: dashLibraryName, type: 'window' },
            clean: { keep: /\.(py|json|txt)$/ },
        },
        devtool: false,
        externals: {
            react: 'React',
            'react-dom': 'ReactDOM',
            'prop-types': 'PropTypes',
        },
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
            // One chunk per lazy fragment, named by its webpackChunkName, so _js_dist can list them.
            splitChunks: false,
            minimizer: [
                new TerserPlugin({
                    exclude: distChunks,
                    extractComments: false,
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
            // The plotly chunk is large by nature and loads only where a Graph is used.
            assetFilter: (file) => !distChunks.test(file) && !file.endsWith('.map'),
            maxAssetSize: 150 * 1024,
            maxEntrypointSize: 150 * 1024,
            hints: 'error',
        },
    };
};
