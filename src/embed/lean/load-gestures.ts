// The element ships as one self-contained module, so its gestures load with it rather than as a
// separate chunk (the page defers them; see src/app/load-gestures.ts).
import * as eager from '../../app/gestures';

export const gestures = Promise.resolve(eager);
