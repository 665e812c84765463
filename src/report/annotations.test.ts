// Findings become annotations at file:line within GitHub's caps, inert on their log line; the rest are counted.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Finding, Severity } from '../core/finding.ts';
import { annotationsOf, omittedNote, terminalLine } from './annotations.ts';

const finding = (severity: Severity, i: number, extra: Partial<Finding> = {}): Finding => ({ capability: 'matrix', severity, message: `m${i}`, ...extra });

test('at most 10 of each kind, in the order found; the rest counted and named in the summary note', () => {
  const findings = [
    ...Array.from({ length: 13 }, (_, i) => finding('error', i)),
    ...Array.from({ length: 10 }, (_, i) => finding('warning', i)),
    finding('notice', 0),
  ];
  const { annotations, omitted } = annotationsOf(findings);
  assert.equal(annotations.filter((a) => a.level === 'error').length, 10);
  assert.deepEqual(
    annotations.filter((a) => a.level === 'error').map((a) => a.message),
    Array.from({ length: 10 }, (_, i) => `m${i}`),
  );
  assert.equal(annotations.filter((a) => a.level === 'warning').length, 10);
  assert.deepEqual(omitted, { error: 3, warning: 0, notice: 0 });
  assert.equal(omittedNote(omitted), '3 errors more not annotated (GitHub shows 10 of each kind per step): the sections below list them all.');
  assert.equal(omittedNote({ error: 0, warning: 0, notice: 0 }), undefined);
});

test('a file and line become the properties; an input name is no file; help follows the message', () => {
  const [at, input] = annotationsOf([
    finding('error', 1, { file: 'main.go', line: 6, column: 14, help: 'fix it' }),
    finding('warning', 2, { file: 'input canary', line: 3 }),
  ]).annotations;
  assert.deepEqual(at, { level: 'error', message: 'm1 — fix it', properties: { file: 'main.go', startLine: 6, startColumn: 14 } });
  assert.deepEqual(input, { level: 'warning', message: 'm2', properties: undefined });
  assert.equal(terminalLine(finding('error', 1, { file: 'main.go', line: 6, column: 14 })), 'error: main.go:6:14: m1');
});

test('hostile messages stay one inert line: no newline, no workflow command', () => {
  const [a] = annotationsOf([finding('error', 0, { message: 'x\n::error::pwned ##[warning]y', help: '\r\n::add-mask::z' })]).annotations;
  assert.ok(!a.message.includes('\n') && !a.message.includes('\r'));
  assert.ok(!a.message.includes('##['));
  assert.equal(a.message, 'x\\n::error::pwned #\u200b#[warning]y — \\r\\n::add-mask::z');
});
