// Host for a GitHub Actions runner: every side effect goes through @actions/core.
import * as core from '@actions/core';
import type { Where } from './errors.ts';
import type { Host } from './host.ts';
import { annotationProperties } from './report/annotations.ts';

/** Annotation properties for a real file, or none (an empty set would print `::error ::`). */
export const annotationProps = (w?: Where): core.AnnotationProperties | undefined => annotationProperties({ file: w?.file, line: w?.line, column: w?.col });

export function actionsHost(env: NodeJS.ProcessEnv = process.env): Host {
  return {
    kind: 'actions',
    env,
    info: (m) => core.info(m),
    debug: (m) => core.debug(m),
    warning: (m, w) => core.warning(m, annotationProps(w)),
    error: (m, w) => core.error(m, annotationProps(w)),
    setOutput: (n, v) => core.setOutput(n, v),
    exportVariable: (n, v) => core.exportVariable(n, v),
    addPath: (d) => core.addPath(d),
    saveState: (n, v) => core.saveState(n, v),
    getState: (n) => core.getState(n),
    setSecret: (v) => core.setSecret(v),
    group: (name, fn) => core.group(name, fn),
  };
}
