import { defineConfig } from 'wxt';
import { registryPlugin } from './registry-plugin.ts';

// Recount runs entirely in the reader's browser: the only permission is storage for the
// reader's choices; the content script is declared for http(s) pages (its first stage: see below).
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  webExt: { disabled: true },
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    permissions: ['storage'],
    // The content script's second stage, imported by its first stage only where a page may be
    // about AI and work, and its third (the card's UI), imported by the reader when a card is first
    // opened; reachable from the same sites the content script runs on, and in Chromium only
    // through a per-session URL, so a page cannot probe for Recount.
    web_accessible_resources: [
      { resources: ['content-reader.js', 'content-card.js'], matches: ['http://*/*', 'https://*/*'], ...(browser === 'firefox' ? {} : { use_dynamic_url: true }) },
    ],
    action: { default_title: '__MSG_extName__' },
    ...(browser === 'firefox'
      ? { browser_specific_settings: { gecko: { id: 'recount@recount.example', strict_min_version: '142.0', data_collection_permissions: { required: ['none'] } } } }
      : {}),
  }),
  hooks: {
    // The content script's first stage runs on every page: it speaks to the browser's own
    // `browser`/`chrome` object rather than carrying the polyfill (the reader still has it).
    'vite:build:extendConfig': (entrypoints, config) => {
      const alias = config.resolve?.alias;
      if (entrypoints.some((e) => e.name === 'content') && alias && !Array.isArray(alias)) delete (alias as Record<string, string>)['wxt/browser'];
    },
  },
  vite: () => ({
    esbuild: { jsx: 'automatic', jsxImportSource: 'preact' },
    plugins: [registryPlugin()],
  }),
});
