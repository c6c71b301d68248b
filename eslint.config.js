import js from '@eslint/js';
import react from 'eslint-plugin-react';
import globals from 'globals';
import prettier from 'eslint-config-prettier';

export default [
    {
        ignores: [
            'my_components/**',
            'node_modules/**',
            'build/**',
            'dist/**',
            '.venv*/**',
        ],
    },
    js.configs.recommended,
    {
        files: ['**/*.{js,jsx}'],
        plugins: { react },
        languageOptions: {
            ecmaVersion: 2025,
            sourceType: 'module',
            parserOptions: { ecmaFeatures: { jsx: true } },
            globals: { ...globals.browser, ...globals.node },
        },
        settings: { react: { version: '18.3' } },
        rules: {
            ...react.configs.recommended.rules,
            'react/prop-types': 'off',
            'no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
        },
    },
    prettier,
];
