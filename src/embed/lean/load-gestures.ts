// The element ships as one self-contained module, so its gestures load with it rather than as a
// separate chunk (the page defers them; see src/app/load-gestures.ts). Named imports, not a
// namespace object, which the bundle would have to build.
import { select, zoom, zoomIdentity } from '../../app/gestures';

export const gestures = Promise.resolve({ select, zoom, zoomIdentity });
