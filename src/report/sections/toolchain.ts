// The toolchain step: what setup did (installed, found in the tool cache, the cache restore) and the doctor's view of
// the environment it leaves. Notes carry versions and paths from the config and the machine: escaped.
import type { ToolchainStepData } from '../../core/result.ts';
import { renderDoctor } from './doctor.ts';
import { inlineText, type Style } from './style.ts';

export const toolchainSection = (d: ToolchainStepData, style: Style): string => {
  const { inline } = inlineText(style);
  return [...d.notes.map((n) => `- ${inline(n)}`), '', renderDoctor(d.doctor)].join('\n');
};
