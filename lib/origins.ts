export type Site = 'zoom' | 'brightmetrics' | 'extension';

export const ZOOM_MARKETPLACE_ORIGIN = 'https://marketplace.zoom.us';
export const BRIGHTMETRICS_ORIGIN = 'https://webapp.brightmetrics.com';

/** `scheme://host[:port]`; unlike `URL.origin` it is not "null" for extension schemes in every engine. */
export function originOf(url: URL): string {
  return `${url.protocol}//${url.host}`;
}

/** Which of our sites a URL belongs to, by exact origin (a look-alike host is nobody's). */
export function siteOfUrl(url: string | undefined, extensionOrigin: string): Site | undefined {
  if (!url) return undefined;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return undefined;
  }
  if (originOf(parsed) === extensionOrigin) return 'extension';
  if (parsed.protocol !== 'https:' || parsed.port !== '') return undefined;
  if (parsed.origin === BRIGHTMETRICS_ORIGIN) return 'brightmetrics';
  if (parsed.origin === ZOOM_MARKETPLACE_ORIGIN) return 'zoom';
  const isZoomPortal = parsed.hostname === 'zoom.us' || parsed.hostname.endsWith('.zoom.us');
  if (isZoomPortal && parsed.pathname.startsWith('/role')) return 'zoom';
  return undefined;
}
