// Writes action.yml and schema/go-xenv.schema.json from the input table (src/config/inputs.ts).
// A unit test fails when the committed files differ from what this prints.
import { mkdirSync, writeFileSync } from 'node:fs';
import { actionYaml, schemaJson } from '../src/config/meta.ts';

writeFileSync('action.yml', actionYaml());
mkdirSync('schema', { recursive: true });
writeFileSync('schema/go-xenv.schema.json', schemaJson());
