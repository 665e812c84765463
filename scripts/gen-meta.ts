// Writes action.yml and schema/go-xenv.schema.json from the input table (src/config/inputs.ts), and the CLI's list of
// commands from the command table. A unit test fails when the committed files differ from what this prints.
import { mkdirSync, writeFileSync } from 'node:fs';
import { commandListTs } from '../src/cli/help.ts';
import { actionYaml, schemaJson } from '../src/config/meta.ts';
import { loadCommandTable } from '../src/pipeline/registry.ts';

writeFileSync('action.yml', actionYaml());
mkdirSync('schema', { recursive: true });
writeFileSync('schema/go-xenv.schema.json', schemaJson());
writeFileSync('src/cli/command-list.ts', commandListTs(await loadCommandTable()));
