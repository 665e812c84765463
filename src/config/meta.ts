// The text of action.yml and of the config file's JSON schema, derived from the input table.
import { stringify } from 'yaml';
import { declaresDefault, inputDescription, INPUTS, OUTPUTS, type InputSpec } from './inputs.ts';
import { configFileSchema } from './schema.ts';

export function actionYaml(): string {
  const doc = {
    name: 'go-xenv',
    description: 'Pinned, verified Go toolchains, QEMU emulation, the cross-compile matrix, Rego policies, baselines and canary gating in one step.',
    author: 'go-xenv',
    branding: { icon: 'package', color: 'blue' },
    inputs: Object.fromEntries(INPUTS.map((s) => [s.name, actionInput(s)])),
    outputs: Object.fromEntries(OUTPUTS.map((o) => [o.name, { description: o.description }])),
    runs: { using: 'node24', main: 'dist/index.js', post: 'dist/post.js', 'post-if': 'success()' },
  };
  return `# Generated from src/config/inputs.ts by \`npm run build\`; edit the table, not this file.\n${stringify(doc, { lineWidth: 0 })}`;
}

export const schemaJson = (): string => `${JSON.stringify(configFileSchema(), null, 2)}\n`;

function actionInput(s: InputSpec) {
  return { description: inputDescription(s), required: false, ...(declaresDefault(s) ? { default: s.default } : {}) };
}
