// The element's CSS as one string. The embed build (vite.config.ts) collects the CSS of every
// component it bundles and writes it in place of this placeholder; in dev and tests it stays as is.
export const shadowCss: string = '__NEWSROOM_TIMELINE_SHADOW_CSS__';
