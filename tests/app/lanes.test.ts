import { describe, expect, it } from 'vitest';
import { AXIS_HEIGHT, CLUSTER_ROW, LANE_HEIGHT, RUG_HEIGHT, lanesForRoom } from '../../src/app/timeline-state.svelte';

describe('lanesForRoom', () => {
  const chrome = AXIS_HEIGHT + 10 + CLUSTER_ROW + RUG_HEIGHT;
  it.each([
    { name: 'unknown room keeps the default', room: 0, lanes: 8 },
    { name: 'a phone window below the toolbar', room: chrome + 10.5 * LANE_HEIGHT, lanes: 10 },
    { name: 'a short window still has four', room: 120, lanes: 4 },
    { name: 'a very tall window stops at fourteen', room: 3000, lanes: 14 },
  ])('$name', ({ room, lanes }) => {
    expect(lanesForRoom(room)).toBe(lanes);
  });
});
