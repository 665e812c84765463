import { runAction } from './run.ts';

await runAction('main');
