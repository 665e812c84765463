// The post step (runs after the job): saves caches. Each capability that has post work adds it here.
import type { Config } from '../config/config.ts';
import type { Host } from '../host.ts';
import { saveCachePostTask } from './toolchain.ts';

export type PostTask = (config: Config, host: Host) => Promise<void>;

export const POST_TASKS: PostTask[] = [saveCachePostTask];

export async function runPost(config: Config, host: Host): Promise<void> {
  for (const task of POST_TASKS) await task(config, host);
}
