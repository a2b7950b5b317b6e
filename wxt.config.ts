import { defineConfig } from 'wxt';

export const GECKO_ID = 'zoom-setup-assistant@brightmetrics.com';

export default defineConfig({
  modules: ['@wxt-dev/module-react'],
  // The panel and popup are written against React's API; Preact's compatibility layer renders them
  // at a tenth of react-dom's size, which keeps each content script under its 90 kB (gzip) budget.
  vite: () => ({
    resolve: {
      alias: [
        { find: /^react-dom\/client$/, replacement: 'preact/compat/client' },
        { find: /^react-dom$/, replacement: 'preact/compat' },
        { find: /^react\/jsx-runtime$/, replacement: 'preact/jsx-runtime' },
        { find: /^react\/jsx-dev-runtime$/, replacement: 'preact/jsx-dev-runtime' },
        { find: /^react$/, replacement: 'preact/compat' },
      ],
    },
  }),
  manifest: ({ browser }) => ({
    name: 'Brightmetrics Zoom Setup Assistant',
    description: 'Guides a Zoom admin through creating the Brightmetrics Server-to-Server OAuth app and connecting it to Brightmetrics.',
    permissions: ['storage'],
    host_permissions: [
      'https://marketplace.zoom.us/*',
      'https://zoom.us/role*',
      'https://*.zoom.us/role*',
      'https://webapp.brightmetrics.com/*',
    ],
    action: { default_title: 'Brightmetrics Zoom Setup Assistant' },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: GECKO_ID,
              strict_min_version: '140.0',
              data_collection_permissions: { required: ['none'] },
            },
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : {}),
  }),
});
