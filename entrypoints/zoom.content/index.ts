import { runAssistant } from '@/features/runtime';
import { ZOOM_FEATURES } from '@/features/zoom';

export default defineContentScript({
  matches: ['https://marketplace.zoom.us/*', 'https://zoom.us/role*', 'https://*.zoom.us/role*'],
  cssInjectionMode: 'ui',
  allFrames: false,
  main: (ctx) => runAssistant(ctx, ZOOM_FEATURES),
});
