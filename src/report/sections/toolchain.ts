// The toolchain step: what setup did (installed, found in the tool cache, the cache restore) and the doctor's view of
// the environment it leaves.
import type { ToolchainStepData } from '../../core/result.ts';
import { renderDoctor } from './doctor.ts';

export const toolchainSection = (d: ToolchainStepData): string => [...d.notes.map((n) => `- ${n}`), '', renderDoctor(d.doctor)].join('\n');
