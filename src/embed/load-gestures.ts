// The element ships as one self-contained module, so its gestures come with it rather than as a
// separate chunk the page loads later (src/app/load-gestures.ts, which vite.config.ts swaps for
// this file in the element's build). Named imports, not a namespace object the bundle would build.
import { select, zoom, zoomIdentity } from '../app/gestures';

export const gestures = Promise.resolve({ select, zoom, zoomIdentity });

export type Gestures = Awaited<typeof gestures>;
