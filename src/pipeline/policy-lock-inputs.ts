// Lock files as policy inputs: the locks capability's parsers (go.mod, go.sum, go.work, requirements*.txt,
// poetry.lock, Pipfile.lock, uv.lock, pylock.toml -> the normalized lock document) handed to the policy parser
// registry once, when the policy command loads, so `policy test` reads them as it reads any config file: their names
// now, their parsers when a run reads a lock.
import { lockInputParsers } from '../locks/names.ts';
import { registerParsers } from '../policy/index.ts';

registerParsers(lockInputParsers());
