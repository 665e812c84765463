// Findings as workflow-command annotations at file:line, within what GitHub shows: 10 errors, 10 warnings and 10
// notices per step of a job. The rest are counted, and the job summary says how many are not annotated (the report
// lists them all). Messages are foreign text: made inert for the log line the command is.
import type { Finding, Severity } from '../core/finding.ts';
import type { StepResult } from '../core/result.ts';
import { logSafe } from '../log-text.ts';

/** GitHub shows this many annotations of each kind per step; the runner drops the rest. */
export const ANNOTATIONS_PER_KIND = 10;

export interface AnnotationProperties {
  file: string;
  startLine?: number;
  startColumn?: number;
}

export interface Annotation {
  level: Severity;
  message: string;
  properties?: AnnotationProperties;
}

export interface Annotations {
  annotations: Annotation[];
  /** Findings of each kind beyond the cap. */
  omitted: Record<Severity, number>;
}

/** Properties for a real file, or none: a `file` that names an input ("input targets") labels a message but is no file. */
export const annotationProperties = (at: { file?: string; line?: number; column?: number }): AnnotationProperties | undefined =>
  at.file && !at.file.startsWith('input ') ? { file: at.file, startLine: at.line, startColumn: at.column } : undefined;

/** The one line of a finding: its message and what to do about it. */
export const findingText = (f: Finding): string => logSafe(f.help ? `${f.message} — ${f.help}` : f.message);

export const allFindings = (results: readonly StepResult[]): Finding[] => results.flatMap((r) => r.findings);

/** The annotations to send, in the order found, at most ANNOTATIONS_PER_KIND of each kind. */
export function annotationsOf(findings: readonly Finding[]): Annotations {
  const sent: Record<Severity, number> = { error: 0, warning: 0, notice: 0 };
  const omitted: Record<Severity, number> = { error: 0, warning: 0, notice: 0 };
  const annotations: Annotation[] = [];
  for (const f of findings) {
    if (sent[f.severity] >= ANNOTATIONS_PER_KIND) {
      omitted[f.severity]++;
      continue;
    }
    sent[f.severity]++;
    annotations.push({ level: f.severity, message: findingText(f), properties: annotationProperties(f) });
  }
  return { annotations, omitted };
}

/** The summary's note on findings left unannotated, or undefined when every one was annotated. */
export function omittedNote(omitted: Record<Severity, number>): string | undefined {
  const parts = (['error', 'warning', 'notice'] as const).filter((k) => omitted[k]).map((k) => `${omitted[k]} ${k}${omitted[k] === 1 ? '' : 's'}`);
  if (!parts.length) return undefined;
  return `${parts.join(', ')} more not annotated (GitHub shows ${ANNOTATIONS_PER_KIND} of each kind per step): the sections below list them all.`;
}

/** A finding as the terminal prints it: `warning: file:line:col: message — help`. */
export function terminalLine(f: Finding): string {
  const at = f.file ? `${f.file}${f.line ? `:${f.line}` : ''}${f.column ? `:${f.column}` : ''}: ` : '';
  return `${f.severity}: ${at}${findingText(f)}`;
}
