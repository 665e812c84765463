// The host checks (noexec mounts, cgo compilers, WSL, binfmt_misc, SELinux) in the doctor's table of findings.
import type { HostFinding } from '../../emulation/host-checks.ts';
import { fromCapabilityFinding } from '../../toolchain/doctor.ts';
import { findingsTable } from './doctor.ts';

export const hostCheckTable = (findings: HostFinding[]): string[] => findingsTable(findings.map(fromCapabilityFinding));
