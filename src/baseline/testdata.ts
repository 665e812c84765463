// Small snapshots and states for the baseline's unit tests.
import type { Snapshot, State } from './snapshot.ts';

export const SHA_A = 'a'.repeat(64);
export const SHA_B = 'b'.repeat(64);
export const SHA_C = 'c'.repeat(64);

export function state(over: Partial<State> = {}): State {
  return { configs: [], verdicts: [], dependencies: [], toolchain: { version: '1.26.8', source: 'go-version' }, binaries: [], ...over };
}

export function snapshot(over: Partial<Snapshot> = {}): Snapshot {
  return { schema: 1, configs: [], verdicts: [], dependencies: [], toolchain: { version: '1.26.8', source: 'go-version' }, binaries: [], ...over };
}
